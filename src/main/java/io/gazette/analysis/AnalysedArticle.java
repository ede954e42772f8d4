package io.gazette.analysis;

import io.gazette.article.Article;
import io.gazette.nlp.TextAnalysis;
import io.gazette.normalize.DateMention;
import io.gazette.normalize.Quantity;
import io.gazette.text.Coded;
import java.time.LocalDate;
import java.util.List;

/**
 * One article with everything the analysis found in it. Entity offsets are into {@link #analysedText()}: the
 * headline, the subtitle and the body, one line each; quantity and date offsets are into the body.
 *
 * @param pageNo page number within the edition
 * @param entryName archive entry of the page
 * @param article the split article
 * @param eventDate the date its dateline reports on, else null
 * @param quantities amounts in the body
 * @param dates dates in the body
 * @param analysis entities, titles and terms of the headline, subtitle and body
 */
public record AnalysedArticle(int pageNo, String entryName, Article article, LocalDate eventDate, List<Quantity> quantities,
                              List<DateMention> dates, TextAnalysis analysis) {

    /** A field of the article that an entity is named in, and where it starts in {@link #analysedText()}. */
    public enum Field implements Coded {
        HEADLINE, SUBTITLE, BODY
    }

    /**
     * A position in the article: the field and the offset within its text as stored in {@code fact_article}.
     *
     * @param field headline, subtitle or body
     * @param offset offset within that field
     */
    public record Position(Field field, int offset) {
    }

    /** The text the entity offsets refer to: headline, subtitle and body, each on its own line. */
    public String analysedText() {
        return analysedText(article);
    }

    /** Headline, subtitle and body of {@code article}, each on its own line (an absent title is an empty line). */
    public static String analysedText(Article article) {
        return titleLine(article.headline()) + "\n" + titleLine(article.subtitle()) + "\n" + article.body();
    }

    /** Where an offset into {@link #analysedText()} stands in the article. */
    public Position position(int offset) {
        int headline = length(article.headline());
        int subtitle = length(article.subtitle());
        if (offset <= headline) {
            return new Position(Field.HEADLINE, offset);
        }
        if (offset <= headline + 1 + subtitle) {
            return new Position(Field.SUBTITLE, offset - headline - 1);
        }
        return new Position(Field.BODY, offset - headline - subtitle - 2);
    }

    /**
     * Where an offset into {@link #analysedText()} stands, counted in characters (Unicode code points) of its field, as
     * the warehouse stores it: DuckDB's {@code substr} counts the same way, also after characters outside the
     * Basic Multilingual Plane (𠀾, rare in names), which Java counts twice.
     */
    public Position characterPosition(int offset) {
        Position at = position(offset);
        return new Position(at.field(), characters(fieldText(at.field()), at.offset()));
    }

    /** The text of one field as it stands in the warehouse (titles on one line). */
    public String fieldText(Field field) {
        return switch (field) {
            case HEADLINE -> titleLine(article.headline());
            case SUBTITLE -> titleLine(article.subtitle());
            case BODY -> article.body();
        };
    }

    /** The number of characters (code points) before a Java offset into {@code text}. */
    public static int characters(String text, int javaOffset) {
        return text.codePointCount(0, Math.min(Math.max(0, javaOffset), text.length()));
    }

    private static int length(String title) {
        return title == null ? 0 : title.length();
    }

    private static String titleLine(String title) {
        return title == null ? "" : title.replace('\n', ' ');
    }
}
