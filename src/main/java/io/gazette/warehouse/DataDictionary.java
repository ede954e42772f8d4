package io.gazette.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The data dictionary of a warehouse as Markdown, written from the warehouse's own comments and {@code dim_code}, so
 * it says what the warehouse says: every table and view with its columns, their types and meanings, and the codes of
 * the coded columns.
 */
public final class DataDictionary {

    private DataDictionary() {
    }

    /** The dictionary of the warehouse on {@code connection}. */
    public static String markdown(Connection connection) throws SQLException {
        StringBuilder md = new StringBuilder("""
            # Gazette warehouse: data dictionary

            Written by `gazette docs` from the warehouse's own comments and `dim_code`; regenerate it rather than edit it.
            Offsets count characters (Unicode code points) from 0, as DuckDB's `substr` does.
            """);
        String objects = """
            SELECT table_name, comment, 'table' FROM duckdb_tables() WHERE NOT internal AND schema_name = 'main'
            UNION ALL SELECT view_name, comment, 'view' FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'
            ORDER BY 3, 1""";
        List<String[]> tables = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(objects)) {
            while (rs.next()) {
                tables.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        for (String[] table : tables) {
            md.append("\n## ").append(table[0]).append(" (").append(table[2]).append(")\n\n")
                .append(table[1] == null ? "" : table[1]).append("\n\n| column | type | meaning |\n|---|---|---|\n");
            try (PreparedStatement ps = connection.prepareStatement("""
                SELECT column_name, data_type, comment FROM duckdb_columns()
                WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index""")) {
                ps.setString(1, table[0]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        md.append("| ").append(rs.getString(1)).append(" | ").append(rs.getString(2)).append(" | ")
                            .append(cell(rs.getString(3))).append(codes(connection, table[0], rs.getString(1))).append(" |\n");
                    }
                }
            }
        }
        return md.toString();
    }

    /** The codes of a coded column, as "`code` meaning; ...", or nothing. */
    private static String codes(Connection connection, String table, String column) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
            "SELECT code, meaning FROM dim_code WHERE table_name = ? AND column_name = ? ORDER BY code")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add("`" + rs.getString(1) + "` " + cell(rs.getString(2)));
                }
            }
        }
        return codes.isEmpty() ? "" : " Codes: " + String.join("; ", codes) + ".";
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
