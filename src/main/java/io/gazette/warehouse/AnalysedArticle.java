package io.gazette.warehouse;

import io.gazette.article.Article;
import io.gazette.nlp.TextAnalysis;
import io.gazette.normalize.DateMention;
import io.gazette.normalize.Quantity;
import java.time.LocalDate;
import java.util.List;

/**
 * One article with everything the analysis found in it. Offsets are into {@link #analysedText()}.
 *
 * @param pageNo page number within the edition
 * @param entryName archive entry of the page
 * @param article the split article
 * @param eventDate the date its dateline reports on, else null
 * @param quantities amounts in the body
 * @param dates dates in the body
 * @param analysis entities, titles and terms
 */
public record AnalysedArticle(int pageNo, String entryName, Article article, LocalDate eventDate, List<Quantity> quantities,
                              List<DateMention> dates, TextAnalysis analysis) {

    /** The text the offsets refer to: the body. */
    public String analysedText() {
        return article.body();
    }
}
