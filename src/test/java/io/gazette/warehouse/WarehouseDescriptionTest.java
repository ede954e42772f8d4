package io.gazette.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.analysis.AnalysedArticle;
import io.gazette.article.Article;
import io.gazette.article.Author;
import io.gazette.nlp.EntityType;
import io.gazette.normalize.DateMention;
import io.gazette.normalize.Quantity;
import io.gazette.text.Coded;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse explains itself: a comment on every table and column, and every code the loader writes in dim_code. */
class WarehouseDescriptionTest {

    @TempDir
    Path dir;

    @Test
    void everyTableAndColumnSaysWhatItHolds() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            String own = "NOT internal AND schema_name = 'main' AND coalesce(comment, '') = ''";
            assertThat(strings(w, "SELECT table_name FROM duckdb_tables() WHERE " + own)).isEmpty();
            assertThat(strings(w, "SELECT table_name || '.' || column_name FROM duckdb_columns() WHERE " + own
                + " AND table_name NOT LIKE 'v\\_%' ESCAPE '\\'")).isEmpty();
        }
    }

    @Test
    void anAliasCanOnlyNameAnEntityThatExists() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb")); Statement s = w.connection().createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("INSERT INTO dim_entity_alias VALUES ('某地', 999)"))
                .isInstanceOf(SQLException.class).hasMessageContaining("foreign key");
        }
    }

    @Test
    void everyCodeTheLoaderWritesIsExplained() throws Exception {
        List<String> codes = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            codes.add("dim_entity.entity_type." + t.name());
        }
        codes.addAll(codes("fact_article.kind", Article.Kind.values()));
        codes.addAll(codes("bridge_article_author.role", Author.Role.values()));
        codes.addAll(codes("fact_quantity.qualifier", Quantity.Qualifier.values()));
        codes.addAll(codes("fact_date_mention.granularity", DateMention.Granularity.values()));
        codes.addAll(codes("fact_entity_occurrence.field", AnalysedArticle.Field.values()));
        codes.addAll(codes("etl_archive.status", ArchiveOutcome.Status.values()));
        codes.addAll(codes("etl_reject.stage", RejectStage.values()));
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            assertThat(strings(w, "SELECT table_name || '.' || column_name || '.' || code FROM dim_code")).containsAll(codes);
            new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1")).load(TestEditions.edition("地区生产总值480亿元"));
            // Every value of a coded column (parts of speech are HanLP's open set: its frequent ones are explained).
            for (String coded : strings(w, "SELECT DISTINCT table_name || '.' || column_name FROM dim_code WHERE column_name <> 'pos'")) {
                String[] tc = coded.split("\\.");
                String values = "SELECT DISTINCT CAST(%2$s AS VARCHAR) FROM %1$s WHERE %2$s IS NOT NULL".formatted(tc[0], tc[1]);
                String known = "SELECT code FROM dim_code WHERE table_name = '%s' AND column_name = '%s'".formatted(tc[0], tc[1]);
                assertThat(strings(w, values + " AND CAST(%s AS VARCHAR) NOT IN (%s)".formatted(tc[1], known))).as(coded).isEmpty();
            }
        }
    }

    @Test
    void analystViewsResolveNamesAndShowTheSentenceOfAnAmount() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            String body = "去年增长较快。全年地区生产总值480亿元，比上年增长。";
            int at = body.indexOf("480");
            new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1")).load(TestEditions.editionWith(body,
                List.of(new Quantity("480亿元", new java.math.BigDecimal("48000000000"), null, "CNY", new java.math.BigDecimal("48000000000"),
                    Quantity.Qualifier.EXACT, "地区生产总值", at, at + 5))));
            assertThat(strings(w, "SELECT sentence || '|' || dimension || '|' || source_code || '|' || edition_date FROM v_quantity"))
                .containsExactly("全年地区生产总值480亿元，比上年增长。|money|paper|2024-01-10");
            assertThat(strings(w, "SELECT canonical_name || '|' || entity_type FROM v_entity_mention"))
                .containsExactlyInAnyOrder("淮安经济技术开发区|ORG", "淮安|PLACE");
            assertThat(strings(w, "SELECT person || '|' || title || '|' || organisation FROM v_person_title"))
                .containsExactly("王志明|书记|淮安经济技术开发区党工委");
            assertThat(strings(w, "SELECT source_name || '|' || year FROM v_article")).containsExactly("报纸|2024");
            assertThat(strings(w, "SELECT view_name FROM duckdb_views() WHERE NOT internal AND coalesce(comment, '') = ''")).isEmpty();
        }
    }

    private static List<String> codes(String column, Coded[] values) {
        return java.util.Arrays.stream(values).map(v -> column + "." + v.code()).toList();
    }

    private static List<String> strings(Warehouse w, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = w.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
