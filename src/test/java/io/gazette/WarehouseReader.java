package io.gazette;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** The rows of {@code sql/reports/fingerprint.sql}, one line per table. */
    public static String fingerprint(Path warehouse) throws IOException, SQLException {
        String sql = Files.readString(Path.of("sql/reports/fingerprint.sql"), StandardCharsets.UTF_8);
        return String.join("\n", rows(warehouse, sql));
    }

    /** Every row of a query, columns joined by {@code |}. */
    public static List<String> rows(Path warehouse, String sql) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), readOnly);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /**
     * Every row of a query as one JSON object per line, as {@code gazette query --format json} prints simple
     * columns: integers bare, decimals and text quoted, nulls as null.
     */
    public static String json(Path warehouse, String sql) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), readOnly);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                out.append('{');
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    out.append(i > 1 ? "," : "").append('"').append(rs.getMetaData().getColumnLabel(i)).append("\":");
                    if (value instanceof java.math.BigDecimal decimal) {
                        out.append('"').append(decimal.stripTrailingZeros().toPlainString()).append('"');
                    } else if (value == null || value instanceof Number || value instanceof Boolean) {
                        out.append(value);
                    } else {
                        out.append('"').append(value.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                    }
                }
                out.append("}\n");
            }
        }
        return out.toString();
    }

    /** The single value of a one-row, one-column query. */
    public static String value(Path warehouse, String sql) throws SQLException {
        List<String> rows = rows(warehouse, sql);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
