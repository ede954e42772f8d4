package io.gazette.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing brings the previous snapshot up to date instead of copying the whole history, and falls back to the
 * copy whenever the update could not give the warehouse's exact content. (An analyst still reading the spare is a
 * lock held by another process: {@code OperationsIntegrationTest} holds it from a real second process.)
 */
class SnapshotPublisherTest {

    @TempDir
    Path dir;

    @Test
    void theThirdPublishUpdatesTheSnapshotItReplacedTwoPublishesAgo() throws Exception {
        Path file = dir.resolve("w.duckdb");
        SnapshotPublisher publisher = new SnapshotPublisher();
        load(file, "run-1", TestEditions.editionOn(LocalDate.of(2024, 1, 10), "地区生产总值480亿元"));
        SnapshotPublisher.Published first = publisher.publish(file);
        assertThat(first.method()).isEqualTo("copied");
        load(file, "run-2", TestEditions.editionOn(LocalDate.of(2024, 1, 11), "地区生产总值490亿元"));
        assertThat(publisher.publish(file).method()).as("no spare yet: the first snapshot becomes it").isEqualTo("copied");
        load(file, "run-3", TestEditions.editionOn(LocalDate.of(2024, 1, 10), "地区生产总值500亿元"),
            TestEditions.editionOn(LocalDate.of(2024, 1, 12), "地区生产总值510亿元"));
        SnapshotPublisher.Published third = publisher.publish(file);
        assertThat(third.method()).as(third.detail()).isEqualTo("updated");
        assertThat(third.detail()).as("2024-01-11 of run 2, 2024-01-10 and 2024-01-12 of run 3").isEqualTo("3 editions replaced");
        assertThat(content(third.snapshot())).isEqualTo(content(file));
        assertThat(Files.getPosixFilePermissions(third.snapshot())).doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        load(file, "run-4", TestEditions.editionOn(LocalDate.of(2024, 1, 11), "地区生产总值520亿元"));
        SnapshotPublisher.Published fourth = publisher.publish(file);
        assertThat(fourth.method()).isEqualTo("updated");
        assertThat(content(fourth.snapshot())).isEqualTo(content(file));
    }

    @Test
    void aWarehouseRebuiltSinceTheSpareIsCopiedWhole() throws Exception {
        Path file = dir.resolve("w.duckdb");
        SnapshotPublisher publisher = new SnapshotPublisher();
        load(file, "run-1", TestEditions.editionOn(LocalDate.of(2024, 1, 10), "地区生产总值480亿元"));
        publisher.publish(file);
        publisher.publish(file);
        Files.delete(file);
        load(file, "run-9", TestEditions.editionOn(LocalDate.of(2024, 2, 1), "地区生产总值530亿元"));
        SnapshotPublisher.Published rebuilt = publisher.publish(file);
        assertThat(rebuilt.method()).isEqualTo("copied");
        assertThat(rebuilt.detail()).contains("rebuilt or restored");
        assertThat(content(rebuilt.snapshot())).isEqualTo(content(file));
    }

    @Test
    void aWarehouseWhoseSchemaScriptsChangedIsCopiedWhole() throws Exception {
        Path file = dir.resolve("w.duckdb");
        SnapshotPublisher publisher = new SnapshotPublisher();
        load(file, "run-1", TestEditions.editionOn(LocalDate.of(2024, 1, 10), "地区生产总值480亿元"));
        publisher.publish(file);
        publisher.publish(file);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            // what a newer Gazette's open does: other views, other comments, a new checksum
            s.execute("CREATE OR REPLACE VIEW v_article AS SELECT article_uid FROM fact_article");
            s.execute("UPDATE etl_schema SET scripts_sha256 = 'another'");
        }
        SnapshotPublisher.Published published = publisher.publish(file);
        assertThat(published.method()).isEqualTo("copied");
        assertThat(published.detail()).contains("schema scripts changed");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + published.snapshot(), readOnly());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM v_article")) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(1);
        }
    }

    private static Properties readOnly() {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return readOnly;
    }

    private static void load(Path file, String run, io.gazette.analysis.AnalysedEdition... editions) throws Exception {
        try (Warehouse w = Warehouse.openForWriting(file)) {
            for (var edition : editions) {
                new EditionLoader(w.connection(), new RunLog(w.connection(), run)).load(edition);
            }
            w.checkpoint();
        }
    }

    /** Every table's rows, sorted, etl tables included. */
    private static List<String> content(Path file) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        List<String> content = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT CAST(t AS VARCHAR) FROM %s t ORDER BY 1".formatted(table))) {
                    while (rs.next()) {
                        content.add(table + " " + rs.getString(1));
                    }
                }
            }
        }
        return content;
    }
}
