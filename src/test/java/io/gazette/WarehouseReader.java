package io.gazette;

import io.gazette.warehouse.QueryFormat;
import io.gazette.warehouse.QueryPrinter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a warehouse file over JDBC inside the test process (no child JVM per query). */
public final class WarehouseReader {

    private WarehouseReader() {
    }

    /**
     * A hash of every table's contents, independent of physical row order, one line per table: two loads of the
     * same inbox give the same lines. Every table but the run log (etl_*, which records each run) is included, as
     * the catalogue lists it, so a new table is covered without being named here.
     */
    public static String fingerprint(Path warehouse) throws SQLException {
        List<String> tables = rows(warehouse, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            + "AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'etl\\_%' ESCAPE '\\' ORDER BY table_name");
        List<String> parts = new ArrayList<>();
        for (String table : tables) {
            parts.add(("SELECT '%1$s' AS table_name, count(*) AS row_count, "
                + "md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) AS fingerprint FROM %1$s t")
                .formatted(table));
        }
        return String.join("\n", rows(warehouse, String.join(" UNION ALL ", parts) + " ORDER BY table_name"));
    }

    /** Every row of a query, columns joined by {@code |}. */
    public static List<String> rows(Path warehouse, String sql) throws SQLException {
        return query(warehouse, sql, WarehouseReader::rows);
    }

    /** Every row of a query on an open connection, columns joined by {@code |}. */
    public static List<String> rows(java.sql.Connection connection, String sql) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rows(rs);
        }
    }

    private static List<String> rows(ResultSet rs) throws SQLException {
        List<String> rows = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
                row.append(i > 1 ? "|" : "").append(rs.getString(i));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    /** Every row of a query as one JSON object per line, printed by the printer {@code gazette query --format json} uses. */
    public static String json(Path warehouse, String sql) throws SQLException {
        return query(warehouse, sql, rs -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                new QueryPrinter().print(rs, QueryFormat.JSON, out);
            }
            return bytes.toString(StandardCharsets.UTF_8);
        });
    }

    /** The single value of a one-row, one-column query. */
    public static String value(Path warehouse, String sql) throws SQLException {
        List<String> rows = rows(warehouse, sql);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T query(Path warehouse, String sql, ResultReader<T> reader) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), readOnly);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return reader.read(rs);
        }
    }
}
