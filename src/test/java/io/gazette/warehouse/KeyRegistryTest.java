package io.gazette.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.archive.SourceInfo;
import io.gazette.nlp.EntityType;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys are found again, never reused, and a rolled-back transaction's keys are forgotten. */
class KeyRegistryTest {

    @TempDir
    Path dir;

    @Test
    void keysAreStableAcrossRegistriesAndNeverReused() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            KeyRegistry keys = new KeyRegistry(w.connection());
            int person = keys.entity("张立新", EntityType.PERSON);
            int place = keys.entity("张立新", EntityType.PLACE);
            assertThat(place).isNotEqualTo(person);
            assertThat(keys.entity("张立新", EntityType.PERSON)).isEqualTo(person);
            long article = keys.article("paper/2024-06-01/1/1");
            int source = keys.source(new SourceInfo("paper", "某某日报", "江苏省"));

            KeyRegistry fresh = new KeyRegistry(w.connection());
            assertThat(fresh.entity("张立新", EntityType.PERSON)).isEqualTo(person);
            assertThat(fresh.article("paper/2024-06-01/1/1")).isEqualTo(article);
            assertThat(fresh.article("paper/2024-06-01/1/2")).isEqualTo(article + 1);
            assertThat(fresh.source(new SourceInfo("paper", "某某日报（新名）", "江苏省"))).isEqualTo(source);
            assertThat(value(w, "select source_name from dim_source")).isEqualTo("某某日报（新名）");
        }
    }

    @Test
    void aliasesAreRecordedOnceAndForgottenKeysAreLookedUpAgain() throws Exception {
        try (Warehouse w = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            KeyRegistry keys = new KeyRegistry(w.connection());
            int org = keys.entity("滨江经济技术开发区", EntityType.ORG);
            keys.alias("滨江开发区", org);
            keys.alias("滨江开发区", org);
            keys.forget();
            keys.alias("滨江开发区", org);
            assertThat(value(w, "select count(*) from dim_entity_alias")).isEqualTo("1");
            assertThat(keys.entity("滨江经济技术开发区", EntityType.ORG)).isEqualTo(org);
        }
    }

    private static String value(Warehouse w, String sql) throws Exception {
        try (Statement s = w.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
