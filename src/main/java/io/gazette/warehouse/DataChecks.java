package io.gazette.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the data tests: the hand-written ones of sql/checks and those every fact table gets from its description
 * ({@link FactTables}): a unique grain, no key without its dimension row, and the source and date of its article.
 * Each query returns the rows that break a rule, none when all is well.
 */
public final class DataChecks {

    /**
     * One check's result.
     *
     * @param name the file name
     * @param failingRows rows returned
     * @param example the first row, for the message
     */
    public record Result(String name, long failingRows, String example) {

        public boolean passed() {
            return failingRows == 0;
        }
    }

    /**
     * Runs every check on the editions one run loaded or removed, the nightly job's check: the fact tables are seen
     * through temporary views of those editions' rows, so its cost follows the run, not the warehouse's history (the
     * dimension tables are read whole). {@code gazette check} runs {@link #run(Connection)} on everything.
     */
    public List<Result> runForRun(Connection connection, String runId) throws SQLException {
        String database;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT current_database()")) {
            rs.next();
            database = "\"" + rs.getString(1).replace("\"", "\"\"") + "\"";
        }
        try (PreparedStatement ps = connection.prepareStatement(
                EditionSet.create("checked_editions", "SELECT * FROM etl_archive WHERE run_id = ?", "dim_source"))) {
            ps.setString(1, runId);
            ps.execute();
        }
        try (Statement statement = connection.createStatement()) {
            for (FactTable t : FactTables.ALL) {
                statement.execute("CREATE OR REPLACE TEMP VIEW %1$s AS SELECT * FROM %2$s.main.%1$s WHERE %3$s"
                    .formatted(t.name(), database, EditionSet.rowsOf("checked_editions")));
            }
            try {
                return run(connection);
            } finally {
                for (FactTable t : FactTables.ALL) {
                    statement.execute("DROP VIEW IF EXISTS temp.main." + t.name());
                }
                statement.execute("DROP TABLE IF EXISTS temp.main.checked_editions");
            }
        }
    }

    /** Runs every check on the whole warehouse. */
    public List<Result> run(Connection connection) throws SQLException {
        List<Result> results = new ArrayList<>();
        Map<String, String> checks = new LinkedHashMap<>(SqlScripts.folder("checks"));
        checks.putAll(factChecks(FactTables.ALL));
        for (Map.Entry<String, String> check : checks.entrySet()) {
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(check.getValue())) {
                long rows = 0;
                String example = null;
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    if (rows == 0) {
                        StringBuilder sb = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            sb.append(c == 1 ? "" : ", ").append(rs.getMetaData().getColumnLabel(c)).append('=').append(rs.getObject(c));
                        }
                        example = sb.toString();
                    }
                    rows++;
                }
                results.add(new Result(check.getKey(), rows, example));
            }
        }
        return results;
    }

    /** The generic checks of the fact tables, by name ({@code fact_term: unique grain}). */
    static Map<String, String> factChecks(List<FactTable> tables) {
        Map<String, String> checks = new LinkedHashMap<>();
        for (FactTable t : tables) {
            if (!t.grain().isEmpty()) {
                String columns = String.join(", ", t.grain());
                checks.put(t.name() + ": unique grain", "SELECT concat_ws('/', %1$s) AS key_value, count(*) AS n FROM %2$s GROUP BY %1$s "
                    .formatted(columns, t.name()) + "HAVING count(*) > 1");
            }
            for (var ref : new TreeMap<>(t.references()).entrySet()) {
                String[] target = ref.getValue().split("\\.");
                checks.put(t.name() + "." + ref.getKey() + ": points at " + ref.getValue(),
                    "SELECT f.%1$s AS key_value FROM %2$s f WHERE f.%1$s IS NOT NULL ".formatted(ref.getKey(), t.name())
                        + "AND NOT EXISTS (SELECT 1 FROM %s d WHERE d.%s = f.%s)".formatted(target[0], target[1], ref.getKey()));
            }
            if (t.perArticle()) {
                checks.put(t.name() + ": same source and date as its article", ("SELECT f.article_key FROM %s f "
                    + "JOIN fact_article a USING (article_key) WHERE f.source_key <> a.source_key OR f.date_key <> a.date_key")
                    .formatted(t.name()));
            }
        }
        return checks;
    }
}
