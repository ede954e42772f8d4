package io.gazette.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gazette.analysis.AnalysedEdition;
import io.gazette.nlp.EntityType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The row mapping of every fact table, with keys handed out in memory: no database. */
class FactTablesTest {

    private final MemoryKeys keys = new MemoryKeys();

    @Test
    void everyRowHasOneValuePerColumn() throws Exception {
        EditionRows input = input(TestEditions.edition("地区生产总值480亿元"));
        for (FactTable table : FactTables.ALL) {
            List<Object[]> rows = table.rows().of(input);
            assertThat(rows).as(table.name()).isNotEmpty();
            rows.forEach(row -> assertThat(row).as(table.name()).hasSize(table.columns().size()));
        }
    }

    @Test
    void codesAreStoredInLowerCaseAndAmountsAtTheColumnsScale() throws Exception {
        EditionRows input = input(TestEditions.edition("地区生产总值480亿元"));
        Map<String, Object> quantity = row(FactTables.QUANTITIES, input);
        assertThat(quantity.get("quantity_key")).isEqualTo(7L * 10_000);
        assertThat(quantity.get("qualifier")).isEqualTo("exact");
        assertThat(quantity.get("value")).isEqualTo(new BigDecimal("48000000000.000000"));
        assertThat(quantity.get("value_high")).isNull();
        assertThat(row(FactTables.DATE_MENTIONS, input).get("granularity")).isEqualTo("year");
        assertThat(row(FactTables.AUTHORS, input).get("role")).isEqualTo("correspondent");
        assertThat(row(FactTables.ARTICLES, input)).containsEntry("kind", "news").containsEntry("article_uid", "paper/2024-01-10/1/1")
            .containsEntry("source_key", 3).containsEntry("date_key", 20240110);
    }

    @Test
    void aNameInTheHeadlineOnlyHasNoBodyOffset() throws Exception {
        EditionRows input = input(TestEditions.edition("地区生产总值480亿元"));
        List<Map<String, Object>> mentions = rows(FactTables.ENTITY_MENTIONS, input);
        int place = keys.entity("淮安", EntityType.PLACE);
        int org = keys.entity("淮安经济技术开发区", EntityType.ORG);
        assertThat(mentions).anySatisfy(m -> assertThat(m).containsEntry("entity_key", place).containsEntry("in_title", true)
            .containsEntry("first_offset", null));
        assertThat(mentions).anySatisfy(m -> assertThat(m).containsEntry("entity_key", org).containsEntry("in_title", false)
            .containsEntry("first_offset", 0));
        assertThat(rows(FactTables.ENTITY_OCCURRENCES, input)).extracting(m -> m.get("surface") + "@" + m.get("field") + ":"
            + m.get("char_offset")).containsExactlyInAnyOrder("淮安@headline:0", "经开区@body:0");
        assertThat(keys.aliases).contains("淮安经济技术开发区\t" + org, "经开区\t" + org);
    }

    @Test
    void offsetsCountCharactersAsDuckDbDoesNotJavaUnits() throws Exception {
        // 𠀾 is one character outside the Basic Multilingual Plane: two Java units, one for DuckDB's substr.
        String body = "𠀾区生产总值480亿元";
        int javaStart = body.indexOf("480");
        EditionRows input = input(TestEditions.editionWith(body, List.of(new io.gazette.normalize.Quantity("480亿元",
            new BigDecimal("48000000000"), null, "CNY", new BigDecimal("48000000000"), io.gazette.normalize.Quantity.Qualifier.EXACT,
            null, javaStart, javaStart + 5))));
        assertThat(javaStart).isEqualTo(7);
        assertThat(row(FactTables.QUANTITIES, input).get("char_offset")).isEqualTo(6);
    }

    @Test
    void aRowTheInputGivesTwiceIsWrittenOnce() throws Exception {
        io.gazette.article.Author twice = new io.gazette.article.Author("周立", io.gazette.article.Author.Role.CORRESPONDENT);
        EditionRows input = input(TestEditions.editionWith("地区生产总值480亿元", List.of(), List.of(twice, twice)));
        assertThat(rows(FactTables.AUTHORS, input)).hasSize(1);
    }

    @Test
    void aDescriptionMustNameItsEditionColumnsAndKnowItsGrain() {
        assertThatThrownBy(() -> new FactTable("fact_x", List.of("article_key", "date_key"), List.of(), Map.of(), e -> List.of()))
            .hasMessageContaining("source_key and date_key");
        assertThatThrownBy(() -> new FactTable("fact_x", List.of("source_key", "date_key"), List.of("x"), Map.of(), e -> List.of()))
            .hasMessageContaining("grain");
    }

    private EditionRows input(AnalysedEdition edition) {
        return new EditionRows(edition, 3, 20240110, List.of(new EditionRows.Keyed(7L, "paper/2024-01-10/1/1",
            edition.articles().get(0))), keys);
    }

    private static Map<String, Object> row(FactTable table, EditionRows input) throws Exception {
        List<Map<String, Object>> rows = rows(table, input);
        assertThat(rows).as(table.name()).hasSize(1);
        return rows.get(0);
    }

    private static List<Map<String, Object>> rows(FactTable table, EditionRows input) throws Exception {
        List<Map<String, Object>> named = new ArrayList<>();
        for (Object[] row : table.rows().of(input)) {
            Map<String, Object> byColumn = new LinkedHashMap<>();
            for (int i = 0; i < row.length; i++) {
                byColumn.put(table.columns().get(i), row[i]);
            }
            named.add(byColumn);
        }
        return named;
    }

    /** Keys numbered in order of first sight. */
    private static final class MemoryKeys implements Keys {

        private final Map<String, Integer> keys = new HashMap<>();
        private final Set<String> aliases = new TreeSet<>();

        @Override
        public int author(String name) {
            return keys.computeIfAbsent("author\t" + name, k -> keys.size() + 1);
        }

        @Override
        public int entity(String canonical, EntityType type) {
            return keys.computeIfAbsent(type + "\t" + canonical, k -> keys.size() + 1);
        }

        @Override
        public void alias(String alias, int entityKey) {
            aliases.add(alias + "\t" + entityKey);
        }
    }
}
