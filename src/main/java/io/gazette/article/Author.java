package io.gazette.article;

/**
 * A person credited in a byline, a credit line or a page credit.
 *
 * @param name the name with the spaces of justified print removed
 * @param role reporter, correspondent, photographer, editor (page credits: layout, graphics, page editor) or
 *     writer (the signed author of an essay or commentary)
 */
public record Author(String name, String role) {

    public static final String REPORTER = "reporter";
    public static final String CORRESPONDENT = "correspondent";
    public static final String PHOTOGRAPHER = "photographer";
    public static final String EDITOR = "editor";
    public static final String WRITER = "writer";
}
