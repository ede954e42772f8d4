package io.gazette.archive;

import java.util.List;

/**
 * Everything read from one archive.
 *
 * @param edition the archive
 * @param sha256 checksum of the archive's bytes (of names and contents for a folder)
 * @param pages the text pages in natural name order
 * @param skipped entries that are not pages
 */
public record EditionContent(Edition edition, String sha256, List<PageText> pages, List<SkippedEntry> skipped) {
}
