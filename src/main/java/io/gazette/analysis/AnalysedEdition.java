package io.gazette.analysis;

import io.gazette.archive.Edition;
import io.gazette.archive.SkippedEntry;
import io.gazette.archive.SourceInfo;
import java.time.Instant;
import java.util.List;

/**
 * An edition ready to load.
 *
 * @param edition the archive
 * @param source the newspaper
 * @param archivePath path relative to the inbox
 * @param sha256 archive checksum
 * @param pages number of text pages
 * @param articles the analysed articles in page and position order
 * @param skipped archive entries that were not pages
 * @param startedAt when work on this edition began
 * @param pageCredits credits printed for pages rather than articles (版式设计, 本版责编)
 * @param analyzerVersion the version of the analysis that made it ({@link AnalyzerVersion})
 */
public record AnalysedEdition(Edition edition, SourceInfo source, String archivePath, String sha256, int pages,
                              List<AnalysedArticle> articles, List<SkippedEntry> skipped, Instant startedAt,
                              List<PageCredit> pageCredits, String analyzerVersion) {
}
