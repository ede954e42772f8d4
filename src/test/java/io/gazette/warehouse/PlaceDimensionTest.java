package io.gazette.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.place.Gazetteer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dim_place holds the gazetteer with each division's province, city and county; linked mentions roll up the hierarchy. */
class PlaceDimensionTest {

    @TempDir
    Path dir;

    @Test
    void everyDivisionIsThereWithTheDivisionsItLiesIn() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            assertThat(rows(w, "SELECT count(*) FROM dim_place")).containsExactly(String.valueOf(Gazetteer.bundled().divisions().size()));
            assertThat(rows(w, "SELECT name, level_name, province_name, city_name, county_name FROM dim_place "
                + "WHERE place_code = '150124100'"))
                .containsExactly("城关镇|township|内蒙古自治区|呼和浩特市|清水河县");
            assertThat(rows(w, "SELECT name, level_name, province_name, city_code, county_code FROM dim_place WHERE place_code = '32'"))
                .containsExactly("江苏省|province|江苏省|null|null");
        }
    }

    @Test
    void aLinkedMentionIsCountedAtItsDivisionAndEveryDivisionAbove() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1")).load(TestEditions.edition("地区生产总值480亿元"));
            assertThat(rows(w, "SELECT canonical_name, place_code, place_name, level_name FROM v_place_mention ORDER BY 1"))
                .containsExactly("淮安|3208|淮安市|city", "淮安经济技术开发区|320871|淮安经济技术开发区|county");
            assertThat(rows(w, "SELECT level_name, place_name, count(*) FROM v_place_rollup GROUP BY ALL ORDER BY 1"))
                .containsExactly("city|淮安市|2", "county|淮安经济技术开发区|1", "province|江苏省|2");
            assertThat(rows(w, "SELECT canonical_name, place_code FROM dim_entity WHERE entity_type <> 'PERSON' ORDER BY 1"))
                .as("an entity's division when its name alone says which").containsExactly("淮安|3208", "淮安经济技术开发区|320871",
                    "淮安经济技术开发区党工委|320871");
            assertThat(new DataChecks().run(w.connection())).allSatisfy(r -> assertThat(r.passed()).as(r.name()).isTrue());
        }
    }

    @Test
    void aVillageAnEditionLinksToJoinsDimPlaceAndStaysWhenTheGazetteerIsRewritten() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            PlaceDimension.ensureVillages(w.connection(), List.of("320826114200"));
            PlaceDimension.fill(w.connection());
            assertThat(rows(w, "SELECT name, level_name, county_name, city_name FROM dim_place WHERE place_code = '320826114200'"))
                .containsExactly("龙兴村|village|涟水县|淮安市");
        }
    }

    @Test
    void everyStartingReportRunsOnALoadedWarehouse() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1")).load(TestEditions.edition("地区生产总值480亿元"));
            try (var reports = java.nio.file.Files.list(Path.of("sql", "reports"))) {
                for (Path report : reports.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                    assertThat(rows(w, java.nio.file.Files.readString(report))).as(report.toString()).isNotNull();
                }
            }
            assertThat(rows(w, java.nio.file.Files.readString(Path.of("sql", "reports", "most_mentioned_counties_per_month.sql"))))
                .containsExactly("2024|1|320871|淮安经济技术开发区|江苏省|1|1");
        }
    }

    private static List<String> rows(Warehouse w, String sql) throws Exception {
        return io.gazette.WarehouseReader.rows(w.connection(), sql);
    }
}
