package io.gazette.warehouse;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One fact table, described once: its columns in the order of {@code sql/schema}, its grain, the dimensions its
 * columns point at, and how an edition becomes its rows. The loader deletes, appends and verifies from this
 * description, and the generic data checks (unique grain, no orphan, same source and date as the article) are
 * written from it, so a new fact table is its DDL, its entry in {@link FactTables} and the analysis that fills it.
 *
 * @param name the table
 * @param columns every column, in the table's order: a row gives one value per column
 * @param grain the columns that identify a row; empty when a row has no identity of its own
 * @param references column to the {@code table.column} of the dimension it points at
 * @param rows the rows of one edition
 */
public record FactTable(String name, List<String> columns, List<String> grain, Map<String, String> references, Rows rows) {

    public FactTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        grain = List.copyOf(grain);
        references = Map.copyOf(references);
        Objects.requireNonNull(rows, "rows");
        if (!columns.containsAll(List.of("source_key", "date_key"))) {
            throw new IllegalArgumentException(name + ": every fact carries source_key and date_key, so an edition can be replaced");
        }
        if (!columns.containsAll(grain) || !columns.containsAll(references.keySet())) {
            throw new IllegalArgumentException(name + ": grain and references must be columns of the table");
        }
    }

    /** Whether each row belongs to one article (and so carries its source and date). */
    public boolean perArticle() {
        return columns.contains("article_key") && !name.equals("fact_article");
    }

    /** How an edition becomes rows of the table; each row has one value per column, in column order. */
    @FunctionalInterface
    public interface Rows {

        List<Object[]> of(EditionRows edition) throws SQLException;
    }
}
