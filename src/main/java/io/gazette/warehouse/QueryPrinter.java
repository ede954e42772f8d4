package io.gazette.warehouse;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Prints a result set as a table, CSV or JSON lines. */
public final class QueryPrinter {

    private static final int MAX_CELL = 60;

    /** Prints all rows; returns how many were printed. */
    public int print(ResultSet rs, QueryFormat format, PrintStream out) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
            names.add(meta.getColumnLabel(c));
        }
        if (format == QueryFormat.CSV) {
            out.println(String.join(",", names.stream().map(QueryPrinter::csv).toList()));
        }
        // Only the table format needs every row at once, to size its columns; CSV and JSON stream.
        List<Object[]> tableRows = new ArrayList<>();
        int count = 0;
        while (rs.next()) {
            Object[] row = new Object[columns];
            for (int c = 1; c <= columns; c++) {
                row[c - 1] = plain(rs.getObject(c));
            }
            count++;
            switch (format) {
                case TABLE -> tableRows.add(row);
                case CSV -> out.println(String.join(",", java.util.Arrays.stream(row).map(v -> v == null ? "" : csv(text(v))).toList()));
                case JSON -> out.println(json(names, row));
            }
        }
        if (format == QueryFormat.TABLE) {
            table(names, tableRows, out);
        }
        return count;
    }

    private static Object plain(Object value) throws SQLException {
        if (value instanceof Array array) {
            Object[] items = (Object[]) array.getArray();
            List<Object> list = new ArrayList<>();
            for (Object item : items) {
                list.add(plain(item));
            }
            return list;
        }
        return value;
    }

    private static void table(List<String> names, List<Object[]> rows, PrintStream out) {
        int[] widths = new int[names.size()];
        for (int c = 0; c < names.size(); c++) {
            widths[c] = width(names.get(c));
        }
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], width(cell(row[c])));
            }
        }
        out.println(line(names.toArray(), widths));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
        }
        out.println(rule);
        for (Object[] row : rows) {
            out.println(line(row, widths));
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static String line(Object[] row, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
            String s = cell(row[c]);
            sb.append(c == 0 ? "" : " | ").append(s).append(" ".repeat(Math.max(0, widths[c] - width(s))));
        }
        return sb.toString().stripTrailing();
    }

    private static String cell(Object value) {
        String s = value == null ? "NULL" : text(value).replace('\n', ' ');
        return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
    }

    /** Display width: CJK characters take two terminal columns. */
    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += (ch >= 0x1100 && (ch <= 0x115F || (ch >= 0x2E80 && ch <= 0xA4CF) || (ch >= 0xAC00 && ch <= 0xD7A3)
                || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60)
                || (ch >= 0xFFE0 && ch <= 0xFFE6))) ? 2 : 1;
        }
        return w;
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String json(List<String> names, Object[] row) {
        StringBuilder sb = new StringBuilder("{");
        for (int c = 0; c < names.size(); c++) {
            sb.append(c == 0 ? "" : ",").append(Json.string(names.get(c))).append(':').append(jsonValue(row[c]));
        }
        return sb.append('}').toString();
    }

    private static String jsonValue(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(jsonValue(list.get(i)));
            }
            return sb.append(']').toString();
        }
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return v.toString();
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? v.toString() : Json.string(v.toString());
        }
        // Decimals are quoted so no JSON reader rounds an exact amount through a double.
        return Json.string(text(v));
    }
}
