package io.gazette.analysis;

import java.util.List;

/**
 * The text stages' output for one edition.
 *
 * @param articles the analysed articles in page and position order
 * @param pageCredits the credits printed for pages, in page order
 */
public record AnalysedPages(List<AnalysedArticle> articles, List<PageCredit> pageCredits) {
}
