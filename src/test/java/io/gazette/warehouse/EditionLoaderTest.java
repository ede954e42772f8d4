package io.gazette.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.gazette.normalize.UnitTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real DuckDB files, the schema of sql/schema. */
class EditionLoaderTest {

    private static final LocalDate DATE = LocalDate.of(2024, 1, 10);

    @TempDir
    Path dir;

    @Test
    void reloadReplacesTheEditionWithoutDuplicates() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            EditionLoader loader = new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1"));
            loader.load(edition("地区生产总值480亿元"));
            loader.load(edition("地区生产总值480亿元"));
            assertThat(count(w, "select count(*) from fact_article")).isEqualTo(1);
            assertThat(count(w, "select count(*) from fact_quantity")).isEqualTo(1);
            assertThat(count(w, "select count(*) from bridge_article_author")).isEqualTo(1);
            assertThat(count(w, "select count(*) from fact_entity_mention")).isEqualTo(2);
            assertThat(count(w, "select count(*) from fact_entity_occurrence where surface = '经开区' and char_offset = 0 "
                + "and field = 'body'")).isEqualTo(1);
            assertThat(count(w, "select count(*) from fact_entity_occurrence where surface = '淮安' and char_offset = 0 "
                + "and field = 'headline'")).isEqualTo(1);
            assertThat(count(w, "select count(*) from fact_entity_mention where first_offset is null and in_title")).isEqualTo(1);
            assertThat(count(w, "select count(*) from fact_entity_mention where first_offset = 0 and not in_title")).isEqualTo(1);
            assertThat(count(w, "select count(*) from fact_person_title where org_entity_key is not null")).isEqualTo(1);
            assertThat(count(w, "select count(*) from dim_entity_alias")).isEqualTo(3);
            assertThat(count(w, "select count(*) from etl_archive where status = 'loaded'")).isEqualTo(2);
            assertThat(count(w, "select count(*) from etl_reject where reason = 'not_text'")).isEqualTo(2);
            assertThat(count(w, "select count(distinct article_key) from fact_article")).isEqualTo(1);
            assertThat(count(w, "select count(*) from fact_article where agency = '本报' and dateline_place = '淮安'")).isEqualTo(1);
            assertThat(count(w, "select count(*) from fact_page_credit c join dim_author using (author_key) "
                + "where name = '赵明' and role = 'editor' and page_no = 1")).isEqualTo(1);
        }
    }

    @Test
    void aWarehouseOfAnEarlierVersionGainsTheNewColumnsOnOpen() throws Exception {
        Path file = dir.resolve("old.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE fact_article (article_key BIGINT NOT NULL, article_uid VARCHAR NOT NULL, source_key INTEGER NOT NULL, "
                + "date_key INTEGER NOT NULL, page_no INTEGER NOT NULL, seq_no INTEGER NOT NULL, headline VARCHAR, subtitle VARCHAR, "
                + "byline VARCHAR, event_date DATE, body VARCHAR NOT NULL, char_count INTEGER NOT NULL, paragraph_count INTEGER NOT NULL, "
                + "archive_path VARCHAR NOT NULL, entry_name VARCHAR NOT NULL, kind VARCHAR NOT NULL, caption VARCHAR)");
        }
        try (Warehouse w = Warehouse.openForWriting(file)) {
            new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1")).load(edition("地区生产总值480亿元"));
            assertThat(count(w, "select count(*) from fact_article where dateline_place = '淮安'")).isEqualTo(1);
        }
    }

    @Test
    void failedReloadLeavesThePreviousRows() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            EditionLoader loader = new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1"));
            loader.load(edition("地区生产总值480亿元"));
            AnalysedEdition broken = editionWithQuantity(
                new Quantity(null, BigDecimal.ONE, null, "CNY", BigDecimal.ONE, "exact", null, 0, 1));
            assertThatThrownBy(() -> loader.load(broken)).isInstanceOf(SQLException.class);
            assertThat(count(w, "select count(*) from fact_article")).isEqualTo(1);
            assertThat(count(w, "select count(*) from fact_quantity where text = '480亿元'")).isEqualTo(1);
            assertThat(count(w, "select count(*) from etl_archive")).isEqualTo(1);
        }
    }

    @Test
    void unitTableAgreesWithDimUnit() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"));
             Statement s = w.connection().createStatement();
             ResultSet rs = s.executeQuery("select unit_code, dimension, factor_to_base from dim_unit")) {
            Map<String, String> sql = new HashMap<>();
            while (rs.next()) {
                sql.put(rs.getString(1), rs.getString(2) + " " + rs.getBigDecimal(3).stripTrailingZeros().toPlainString());
            }
            Map<String, String> java = new HashMap<>();
            UnitTable.bundled().units().forEach((code, unit) ->
                java.put(code, unit.dimension() + " " + unit.factorToBase().stripTrailingZeros().toPlainString()));
            assertThat(sql).isEqualTo(java);
        }
    }

    @Test
    void schemaIsIdempotent() throws Exception {
        Path file = dir.resolve("w.duckdb");
        Warehouse.openForWriting(file).close();
        try (Warehouse w = Warehouse.openForWriting(file)) {
            assertThat(count(w, "select count(*) from dim_date")).isEqualTo(109938);
            assertThat(count(w, "select count(*) from dim_date where date_key = 20240229 and day_of_week = 4")).isEqualTo(1);
        }
    }

    private AnalysedEdition edition(String body) {
        return editionWith(body, List.of(new Quantity("480亿元", new BigDecimal("48000000000"), null, "CNY",
            new BigDecimal("48000000000"), "exact", "地区生产总值", 6, 12)));
    }

    private AnalysedEdition editionWithQuantity(Quantity q) {
        return editionWith("地区生产总值480亿元", List.of(q));
    }

    private AnalysedEdition editionWith(String body, List<Quantity> quantities) {
        Article article = new Article(1, "淮安", List.of("副题"), List.of(new Author("李侃", Author.CORRESPONDENT)), "■通讯员 李 侃",
            List.of(body), List.of(), "本报", "淮安");
        TextAnalysis analysis = new TextAnalysis(
            // Offsets into headline, subtitle and body, one line each: the body starts at 6; 淮安 is in the headline.
            List.of(new EntityMention("淮安", EntityType.PLACE, "淮安", 0, 2), new EntityMention("经开区", EntityType.ORG, "淮安经济技术开发区", 6, 9)),
            List.of(new PersonTitle("王志明", "淮安经济技术开发区党工委", "书记")),
            List.of(new Term("生产总值", "n", 1)));
        AnalysedArticle analysed = new AnalysedArticle(1, "page-01.txt", article, DATE,
            quantities, List.of(new DateMention("今年", DATE.withDayOfYear(1), "year", 0, 2)), analysis);
        Edition edition = new Edition("paper", DATE, Path.of("paper/2024-01-10.zip"), ArchiveFormat.ZIP);
        return new AnalysedEdition(edition, new SourceInfo("paper", "报纸", null), "paper/2024-01-10.zip", "abc", 1,
            List.of(analysed), List.of(new SkippedEntry("img.jpg", "not_text", "only *.txt")), Instant.now(),
            List.of(new PageCredit(1, new Author("赵明", Author.EDITOR), "版式设计:赵明")));
    }

    private static long count(Warehouse w, String sql) throws SQLException {
        try (Statement s = w.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
