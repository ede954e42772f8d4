package io.gazette.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gazette.analysis.AnalysedEdition;
import io.gazette.normalize.Quantity;
import io.gazette.normalize.UnitTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real DuckDB files, the schema of sql/schema. */
class EditionLoaderTest {

    @TempDir
    Path dir;

    @Test
    void reloadReplacesTheEditionWithoutDuplicates() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            EditionLoader loader = new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1"));
            loader.load(TestEditions.edition("地区生产总值480亿元"));
            loader.load(TestEditions.edition("地区生产总值480亿元"));
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
            new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1")).load(TestEditions.edition("地区生产总值480亿元"));
            assertThat(count(w, "select count(*) from fact_article where dateline_place = '淮安'")).isEqualTo(1);
        }
    }

    @Test
    void failedReloadLeavesThePreviousRows() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            EditionLoader loader = new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1"));
            loader.load(TestEditions.edition("地区生产总值480亿元"));
            AnalysedEdition broken = TestEditions.withQuantity(
                new Quantity("1", new BigDecimal("1e35"), null, "CNY", BigDecimal.ONE, Quantity.Qualifier.EXACT, null, 0, 1));
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
        long applied;
        try (Warehouse w = Warehouse.openForWriting(file)) {
            applied = count(w, "select epoch_us(applied_at) from etl_schema");
        }
        try (Warehouse w = Warehouse.openForWriting(file)) {
            assertThat(count(w, "select epoch_us(applied_at) from etl_schema")).as("the same scripts are not applied again")
                .isEqualTo(applied);
            assertThat(count(w, "select count(*) from dim_date")).isEqualTo(109938);
            assertThat(count(w, "select count(*) from dim_date where date_key = 20240229 and day_of_week = 4")).isEqualTo(1);
        }
    }

    private static long count(Warehouse w, String sql) throws SQLException {
        try (Statement s = w.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
