package io.gazette.nlp;

/**
 * A person, organisation or place named in text.
 *
 * @param text the surface form
 * @param type PERSON, ORG or PLACE
 * @param canonical the canonical name the surface form resolves to
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record EntityMention(String text, String type, String canonical, int start, int end) {
}
