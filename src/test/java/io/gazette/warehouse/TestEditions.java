package io.gazette.warehouse;

import io.gazette.analysis.AnalysedArticle;
import io.gazette.analysis.AnalysedEdition;
import io.gazette.analysis.PageCredit;
import io.gazette.archive.ArchiveFormat;
import io.gazette.archive.Edition;
import io.gazette.archive.SkippedEntry;
import io.gazette.archive.SourceInfo;
import io.gazette.article.Article;
import io.gazette.article.Author;
import io.gazette.nlp.EntityMention;
import io.gazette.nlp.EntityType;
import io.gazette.nlp.PersonTitle;
import io.gazette.nlp.Term;
import io.gazette.nlp.TextAnalysis;
import io.gazette.normalize.DateMention;
import io.gazette.normalize.Quantity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A one-article edition written for the warehouse tests: a headline naming a place, a body with an amount, an
 * organisation by its short form, a titled person, a term, a date, an author, a page credit and a skipped entry.
 */
final class TestEditions {

    static final LocalDate DATE = LocalDate.of(2024, 1, 10);

    private TestEditions() {
    }

    static AnalysedEdition edition(String body) {
        return editionWith(body, List.of(new Quantity("480亿元", new BigDecimal("48000000000"), null, "CNY",
            new BigDecimal("48000000000"), Quantity.Qualifier.EXACT, "地区生产总值", 6, 12)));
    }

    static AnalysedEdition withQuantity(Quantity q) {
        return editionWith("地区生产总值480亿元", List.of(q));
    }

    static AnalysedEdition editionWith(String body, List<Quantity> quantities) {
        return editionWith(body, quantities, List.of(new Author("周立", Author.Role.CORRESPONDENT)));
    }

    static AnalysedEdition editionWith(String body, List<Quantity> quantities, List<Author> authors) {
        return editionOn(DATE, body, quantities, authors);
    }

    /** The same edition on another date. */
    static AnalysedEdition editionOn(LocalDate date, String body) {
        return editionOn(date, body, List.of(new Quantity("480亿元", new BigDecimal("48000000000"), null, "CNY",
            new BigDecimal("48000000000"), Quantity.Qualifier.EXACT, "地区生产总值", 6, 12)),
            List.of(new Author("周立", Author.Role.CORRESPONDENT)));
    }

    private static AnalysedEdition editionOn(LocalDate date, String body, List<Quantity> quantities, List<Author> authors) {
        Article article = new Article(1, "淮安", List.of("副题"), authors, "■通讯员 周 立", List.of(body), List.of(), "本报", "淮安");
        TextAnalysis analysis = new TextAnalysis(
            // Offsets into headline, subtitle and body, one line each: the body starts at 6; 淮安 is in the headline.
            List.of(new EntityMention("淮安", EntityType.PLACE, "淮安", 0, 2, "3208"),
                new EntityMention("经开区", EntityType.ORG, "淮安经济技术开发区", 6, 9, "320871")),
            List.of(new PersonTitle("王志明", "淮安经济技术开发区党工委", "书记")),
            List.of(new Term("生产总值", "n", 1)));
        AnalysedArticle analysed = new AnalysedArticle(1, "page-01.txt", article, date,
            quantities, List.of(new DateMention("今年", date.withDayOfYear(1), DateMention.Granularity.YEAR, 0, 2)), analysis);
        Edition edition = new Edition("paper", date, Path.of("paper/" + date + ".zip"), ArchiveFormat.ZIP);
        return new AnalysedEdition(edition, new SourceInfo("paper", "报纸", null), "paper/" + date + ".zip", "abc", 1,
            List.of(analysed), List.of(new SkippedEntry("img.jpg", "not_text", "only *.txt")), Instant.now(),
            List.of(new PageCredit(1, new Author("赵明", Author.Role.EDITOR), "版式设计:赵明")), "v-test");
    }
}
