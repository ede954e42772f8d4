package io.gazette.nlp;

/**
 * A person, organisation or place named in text.
 *
 * @param text the surface form
 * @param type person, organisation or place
 * @param canonical the canonical name the surface form resolves to
 * @param start offset of the first character
 * @param end offset after the last character
 * @param placeCode the administrative division a place names, or an organisation is named after (see
 *     {@code io.gazette.place.PlaceLinker}); null when there is none or the name stays ambiguous
 */
public record EntityMention(String text, EntityType type, String canonical, int start, int end, String placeCode) {

    /** A mention not linked to a division. */
    public EntityMention(String text, EntityType type, String canonical, int start, int end) {
        this(text, type, canonical, start, end, null);
    }

    /** The same mention linked to a division. */
    public EntityMention withPlaceCode(String code) {
        return new EntityMention(text, type, canonical, start, end, code);
    }

    public EntityMention {
        java.util.Objects.requireNonNull(type, "type");
        if (text == null || text.isEmpty() || canonical == null || canonical.isEmpty() || start < 0 || end < start) {
            throw new IllegalArgumentException("not a mention: " + text + " " + type + " " + canonical + " [" + start + "," + end + ")");
        }
    }
}
