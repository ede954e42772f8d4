package io.gazette.article;

/**
 * One paragraph-like line of a cleaned page.
 *
 * @param text the text, markers and indentation removed
 * @param level the number of {@code #} title markers it carried, 0 for none
 * @param indented true when the line was printed indented (a leading full-width or double space), as body
 *     paragraphs and section heads are on papers that indent, and titles never are
 * @param joined true when no blank line separates it from the block before (lines of one title block are printed
 *     so on pages that put blank lines between blocks)
 */
public record Block(String text, int level, boolean indented, boolean joined) {

    public Block(String text, int level) {
        this(text, level, false, false);
    }

    public boolean marked() {
        return level > 0;
    }
}
