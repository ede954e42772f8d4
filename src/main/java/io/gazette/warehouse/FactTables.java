package io.gazette.warehouse;

import io.gazette.analysis.AnalysedArticle;
import io.gazette.analysis.PageCredit;
import io.gazette.article.Article;
import io.gazette.article.Author;
import io.gazette.nlp.EntityMention;
import io.gazette.nlp.EntityType;
import io.gazette.nlp.PersonTitle;
import io.gazette.nlp.Term;
import io.gazette.normalize.DateMention;
import io.gazette.normalize.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The fact tables of the warehouse and how an edition fills them. The columns of each entry are those of
 * {@code sql/schema} in their order ({@link Warehouse} refuses to open a warehouse whose tables differ).
 */
public final class FactTables {

    private static final int DECIMAL_SCALE = 6;
    private static final String ARTICLE = "fact_article.article_key";
    private static final String ENTITY = "dim_entity.entity_key";
    private static final String AUTHOR = "dim_author.author_key";

    public static final FactTable ARTICLES = new FactTable("fact_article",
        List.of("article_key", "article_uid", "source_key", "date_key", "page_no", "seq_no", "headline", "subtitle", "byline",
            "event_date", "body", "char_count", "paragraph_count", "archive_path", "entry_name", "kind", "caption", "agency",
            "dateline_place"),
        List.of("article_key"), Map.of("source_key", "dim_source.source_key"), FactTables::articles);

    public static final FactTable AUTHORS = new FactTable("bridge_article_author",
        List.of("article_key", "author_key", "role", "source_key", "date_key"),
        List.of("article_key", "author_key", "role"), Map.of("article_key", ARTICLE, "author_key", AUTHOR), FactTables::authors);

    public static final FactTable PAGE_CREDITS = new FactTable("fact_page_credit",
        List.of("source_key", "date_key", "page_no", "author_key", "role", "credit_line"),
        List.of("source_key", "date_key", "page_no", "author_key", "role", "credit_line"), Map.of("author_key", AUTHOR),
        FactTables::pageCredits);

    public static final FactTable ENTITY_MENTIONS = new FactTable("fact_entity_mention",
        List.of("article_key", "entity_key", "source_key", "date_key", "mention_count", "first_offset", "in_title", "place_code"),
        List.of("article_key", "entity_key"), Map.of("article_key", ARTICLE, "entity_key", ENTITY, "place_code", "dim_place.place_code"),
        FactTables::entityMentions);

    public static final FactTable ENTITY_OCCURRENCES = new FactTable("fact_entity_occurrence",
        List.of("article_key", "entity_key", "source_key", "date_key", "surface", "char_offset", "field"),
        List.of("article_key", "entity_key", "field", "char_offset"), Map.of("article_key", ARTICLE, "entity_key", ENTITY),
        FactTables::entityOccurrences);

    public static final FactTable QUANTITIES = new FactTable("fact_quantity",
        List.of("quantity_key", "article_key", "source_key", "date_key", "text", "value", "value_high", "unit_code", "base_value",
            "qualifier", "indicator", "char_offset"),
        List.of("quantity_key"), Map.of("article_key", ARTICLE, "unit_code", "dim_unit.unit_code"), FactTables::quantities);

    public static final FactTable DATE_MENTIONS = new FactTable("fact_date_mention",
        List.of("article_key", "source_key", "date_key", "text", "resolved_date", "granularity", "char_offset"),
        List.of("article_key", "char_offset"), Map.of("article_key", ARTICLE), FactTables::dateMentions);

    public static final FactTable PERSON_TITLES = new FactTable("fact_person_title",
        List.of("article_key", "person_entity_key", "org_entity_key", "title", "date_key", "source_key"),
        List.of("article_key", "person_entity_key", "org_entity_key", "title"),
        Map.of("article_key", ARTICLE, "person_entity_key", ENTITY, "org_entity_key", ENTITY), FactTables::personTitles);

    public static final FactTable TERMS = new FactTable("fact_term",
        List.of("article_key", "date_key", "term", "pos", "term_count", "source_key"),
        List.of("article_key", "term", "pos"), Map.of("article_key", ARTICLE), FactTables::terms);

    /** Every fact table, fact_article first. */
    public static final List<FactTable> ALL = List.of(ARTICLES, AUTHORS, PAGE_CREDITS, ENTITY_MENTIONS, ENTITY_OCCURRENCES, QUANTITIES,
        DATE_MENTIONS, PERSON_TITLES, TERMS);

    private FactTables() {
    }

    private static List<Object[]> articles(EditionRows e) {
        List<Object[]> rows = new ArrayList<>();
        for (EditionRows.Keyed k : e.articles()) {
            AnalysedArticle a = k.article();
            Article article = a.article();
            String body = article.body();
            rows.add(new Object[] {k.key(), k.uid(), e.sourceKey(), e.dateKey(), a.pageNo(), article.seqNo(), article.headline(),
                article.subtitle(), article.byline(), a.eventDate(), body, body.codePointCount(0, body.length()),
                article.paragraphs().size(), e.edition().archivePath(), a.entryName(), article.kind().code(),
                article.captions().isEmpty() ? null : String.join("\n", article.captions()), article.agency(), article.datelinePlace()});
        }
        return rows;
    }

    private static List<Object[]> authors(EditionRows e) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        for (EditionRows.Keyed k : e.articles()) {
            for (Author author : k.article().article().authors()) {
                rows.add(List.of(k.key(), e.keys().author(author.name()), author.role().code(), e.sourceKey(), e.dateKey()));
            }
        }
        return distinct(rows);
    }

    private static List<Object[]> pageCredits(EditionRows e) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        for (PageCredit credit : e.edition().pageCredits()) {
            rows.add(List.of(e.sourceKey(), e.dateKey(), credit.pageNo(), e.keys().author(credit.author().name()),
                credit.author().role().code(), credit.line()));
        }
        return distinct(rows);
    }

    private static List<Object[]> entityMentions(EditionRows e) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (EditionRows.Keyed k : e.articles()) {
            for (var entity : occurrences(k.article(), e.keys()).entrySet()) {
                Integer firstInBody = null;
                boolean inTitle = false;
                for (AnalysedArticle.Position at : entity.getValue().values()) {
                    if (at.field() != AnalysedArticle.Field.BODY) {
                        inTitle = true;
                    } else if (firstInBody == null || at.offset() < firstInBody) {
                        firstInBody = at.offset();
                    }
                }
                String placeCode = entity.getValue().keySet().stream().map(EntityMention::placeCode).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
                rows.add(new Object[] {k.key(), entity.getKey(), e.sourceKey(), e.dateKey(), entity.getValue().size(), firstInBody,
                    inTitle, placeCode});
            }
        }
        return rows;
    }

    private static List<Object[]> entityOccurrences(EditionRows e) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (EditionRows.Keyed k : e.articles()) {
            for (var entity : occurrences(k.article(), e.keys()).entrySet()) {
                for (var o : entity.getValue().entrySet()) {
                    rows.add(new Object[] {k.key(), entity.getKey(), e.sourceKey(), e.dateKey(), o.getKey().text(), o.getValue().offset(),
                        o.getValue().field().code()});
                }
            }
        }
        return rows;
    }

    /**
     * An article's entity mentions by entity key, each with where it stands. Two readings of one span (a place
     * inside an organisation and the same place on its own) are one occurrence. Registers every surface form as
     * an alias of its entity.
     */
    private static Map<Integer, Map<EntityMention, AnalysedArticle.Position>> occurrences(AnalysedArticle a, Keys keys)
        throws SQLException {
        Map<Integer, Map<EntityMention, AnalysedArticle.Position>> byEntity = new LinkedHashMap<>();
        for (EntityMention m : a.analysis().entities()) {
            int key = keys.entity(m.canonical(), m.type());
            keys.alias(m.text(), key);
            if (!m.text().equals(m.canonical())) {
                keys.alias(m.canonical(), key);
            }
            Map<EntityMention, AnalysedArticle.Position> seen = byEntity.computeIfAbsent(key, x -> new LinkedHashMap<>());
            if (seen.keySet().stream().noneMatch(o -> o.start() == m.start())) {
                seen.put(m, a.characterPosition(m.start()));
            }
        }
        return byEntity;
    }

    private static List<Object[]> quantities(EditionRows e) {
        List<Object[]> rows = new ArrayList<>();
        for (EditionRows.Keyed k : e.articles()) {
            int position = 0;
            for (Quantity q : k.article().quantities()) {
                rows.add(new Object[] {k.key() * 10_000 + position++, k.key(), e.sourceKey(), e.dateKey(), q.text(), scaled(q.value()),
                    q.valueHigh() == null ? null : scaled(q.valueHigh()), q.unitCode(), scaled(q.baseValue()), q.qualifier().code(),
                    q.indicator(), AnalysedArticle.characters(k.article().article().body(), q.start())});
            }
        }
        return rows;
    }

    private static List<Object[]> dateMentions(EditionRows e) {
        List<Object[]> rows = new ArrayList<>();
        for (EditionRows.Keyed k : e.articles()) {
            for (DateMention d : k.article().dates()) {
                rows.add(new Object[] {k.key(), e.sourceKey(), e.dateKey(), d.text(), d.date(), d.granularity().code(),
                    AnalysedArticle.characters(k.article().article().body(), d.start())});
            }
        }
        return rows;
    }

    private static List<Object[]> personTitles(EditionRows e) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        for (EditionRows.Keyed k : e.articles()) {
            for (PersonTitle t : k.article().analysis().titles()) {
                Integer org = t.organisation() == null ? null : e.keys().entity(t.organisation(), EntityType.ORG);
                // Arrays.asList, not List.of: the organisation may be null.
                rows.add(Arrays.asList(k.key(), e.keys().entity(t.person(), EntityType.PERSON), org, t.title(), e.dateKey(),
                    e.sourceKey()));
            }
        }
        return distinct(rows);
    }

    /** Rows without repeats, in first-seen order: the input may give a row of the grain twice (one author credited twice). */
    private static List<Object[]> distinct(List<List<Object>> rows) {
        return new LinkedHashSet<>(rows).stream().map(List::toArray).toList();
    }

    private static List<Object[]> terms(EditionRows e) {
        List<Object[]> rows = new ArrayList<>();
        for (EditionRows.Keyed k : e.articles()) {
            for (Term t : k.article().analysis().terms()) {
                rows.add(new Object[] {k.key(), e.dateKey(), t.word(), t.pos(), t.count(), e.sourceKey()});
            }
        }
        return rows;
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(DECIMAL_SCALE, RoundingMode.HALF_UP);
    }
}
