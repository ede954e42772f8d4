package io.gazette.warehouse;

import io.gazette.analysis.AnalysedArticle;
import io.gazette.analysis.AnalysedEdition;
import java.util.List;
import java.util.Objects;

/**
 * An edition with the keys its rows carry: what {@link FactTable.Rows} turns into rows.
 *
 * @param edition the analysed edition
 * @param sourceKey its source's key
 * @param dateKey its date's key (yyyymmdd)
 * @param articles its articles with their keys, in page and position order
 * @param keys the dimension keys of authors and entities
 */
public record EditionRows(AnalysedEdition edition, int sourceKey, int dateKey, List<Keyed> articles, Keys keys) {

    public EditionRows {
        Objects.requireNonNull(edition, "edition");
        articles = List.copyOf(articles);
        Objects.requireNonNull(keys, "keys");
    }

    /**
     * An article with its warehouse identity.
     *
     * @param key the article key (key_article)
     * @param uid source/yyyy-mm-dd/page/seq
     * @param article the analysed article
     */
    public record Keyed(long key, String uid, AnalysedArticle article) {
    }
}
