package io.gazette.archive;

/**
 * One page of an edition, decoded.
 *
 * @param pageNo 1-based position in natural name order
 * @param entryName the entry's name inside the archive
 * @param text the page text
 * @param charset the charset it was decoded from
 */
public record PageText(int pageNo, String entryName, String text, String charset) {
}
