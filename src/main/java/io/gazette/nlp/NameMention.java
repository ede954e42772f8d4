package io.gazette.nlp;

/**
 * A name a recogniser found, before Gazette's rules and identity resolution.
 *
 * @param text the surface form
 * @param type its kind
 * @param start offset of the first character (UTF-16, into the analysed text)
 * @param end offset after the last character
 */
public record NameMention(String text, EntityType type, int start, int end) {

    public NameMention {
        if (text == null || text.isEmpty() || type == null || start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("bad name mention: " + text + " " + type + " " + start + "-" + end);
        }
    }
}
