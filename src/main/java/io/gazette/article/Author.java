package io.gazette.article;

/**
 * A person credited in a byline.
 *
 * @param name the name with the spaces of justified print removed
 * @param role reporter, correspondent or photographer
 */
public record Author(String name, String role) {

    public static final String REPORTER = "reporter";
    public static final String CORRESPONDENT = "correspondent";
    public static final String PHOTOGRAPHER = "photographer";
}
