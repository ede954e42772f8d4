package io.gazette.nlp;

/**
 * A person, organisation or place named in text.
 *
 * @param text the surface form
 * @param type person, organisation or place
 * @param canonical the canonical name the surface form resolves to
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record EntityMention(String text, EntityType type, String canonical, int start, int end) {

    public EntityMention {
        java.util.Objects.requireNonNull(type, "type");
        if (text == null || text.isEmpty() || canonical == null || canonical.isEmpty() || start < 0 || end < start) {
            throw new IllegalArgumentException("not a mention: " + text + " " + type + " " + canonical + " [" + start + "," + end + ")");
        }
    }
}
