package io.gazette.nlp;

/**
 * A post held by a person as the text states it.
 *
 * @param person canonical name of the person
 * @param organisation canonical name of the organisation the post belongs to, null if none is named
 * @param title the post, such as 党工委书记
 */
public record PersonTitle(String person, String organisation, String title) {
}
