package io.gazette.nlp;

/**
 * A segmented word and how often it occurs in one text.
 *
 * @param word the word
 * @param pos its part-of-speech tag
 * @param count occurrences
 */
public record Term(String word, String pos, int count) {
}
