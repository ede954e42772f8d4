package io.gazette.archive;

/**
 * Page text and the charset it was found to be in.
 *
 * @param text the decoded text, BOM removed
 * @param charset the charset name used
 */
public record DecodedText(String text, String charset) {
}
