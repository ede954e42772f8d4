package io.gazette.article;

/**
 * One paragraph-like line of a cleaned page.
 *
 * @param text the text, markers removed
 * @param level the number of {@code #} title markers it carried, 0 for none
 */
public record Block(String text, int level) {

    public boolean marked() {
        return level > 0;
    }
}
