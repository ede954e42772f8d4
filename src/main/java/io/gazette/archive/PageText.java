package io.gazette.archive;

/**
 * One page of an edition, decoded.
 *
 * @param pageNo the printed page number its entry name carries (page-10.txt, A03.txt), else the 1-based position in natural name order
 * @param entryName the entry's name inside the archive
 * @param text the page text
 * @param charset the charset it was decoded from
 */
public record PageText(int pageNo, String entryName, String text, String charset) {
}
