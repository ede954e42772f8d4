package io.gazette.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks every fact table gets from its description, and a schema that drifted from the descriptions. */
class DataChecksTest {

    @TempDir
    Path dir;

    @Test
    void aLoadedEditionPassesEveryCheck() throws Exception {
        try (Warehouse w = loaded()) {
            assertThat(new DataChecks().run(w.connection())).allSatisfy(r -> assertThat(r.passed()).as(r.name() + ": " + r.example())
                .isTrue());
        }
    }

    @Test
    void duplicatesOrphansAndFactsOfAnotherDateAreEachNamed() throws Exception {
        try (Warehouse w = loaded(); Statement s = w.connection().createStatement()) {
            s.execute("INSERT INTO fact_term SELECT * FROM fact_term");
            s.execute("UPDATE fact_date_mention SET date_key = 20240111");
            s.execute("DELETE FROM dim_author");
            List<String> failed = new DataChecks().run(w.connection()).stream().filter(r -> !r.passed()).map(DataChecks.Result::name)
                .toList();
            assertThat(failed).containsExactlyInAnyOrder("fact_term: unique grain",
                "fact_date_mention: same source and date as its article",
                "bridge_article_author.author_key: points at dim_author.author_key",
                "fact_page_credit.author_key: points at dim_author.author_key");
        }
    }

    @Test
    void aRunsChecksReadOnlyTheEditionsItLoaded() throws Exception {
        try (Warehouse w = loaded(); Statement s = w.connection().createStatement()) {
            s.execute("INSERT INTO fact_term SELECT * FROM fact_term");
            assertThat(failed(new DataChecks().runForRun(w.connection(), "run-1"))).containsExactly("fact_term: unique grain");
            assertThat(failed(new DataChecks().runForRun(w.connection(), "a-later-run"))).isEmpty();
            assertThat(failed(new DataChecks().run(w.connection()))).containsExactly("fact_term: unique grain");
            assertThat(failed(new DataChecks().runForRun(w.connection(), "run-1"))).as("the run's views are dropped after use")
                .containsExactly("fact_term: unique grain");
        }
    }

    private static List<String> failed(List<DataChecks.Result> results) {
        return results.stream().filter(r -> !r.passed()).map(DataChecks.Result::name).toList();
    }

    @Test
    void aTableThatDiffersFromItsDescriptionIsRefusedOnOpen() throws Exception {
        Path file = dir.resolve("w.duckdb");
        Warehouse.openForWriting(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE fact_term ADD COLUMN weight DOUBLE");
        }
        assertThatThrownBy(() -> Warehouse.openForWriting(file).close()).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(file.toString()).hasMessageContaining("fact_term").hasMessageContaining("weight");
    }

    private Warehouse loaded() throws Exception {
        Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"));
        new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1")).load(TestEditions.edition("地区生产总值480亿元"));
        return w;
    }
}
