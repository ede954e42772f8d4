package io.gazette.warehouse;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.duckdb.DuckDBStruct;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Prints a result set as a table, CSV (RFC 4180, Apache Commons CSV) or JSON lines (Jackson). */
public final class QueryPrinter {

    private static final JsonMapper JSON = Json.MAPPER;

    private static final int MAX_CELL = 60;

    /** Prints all rows; returns how many were printed. */
    public int print(ResultSet rs, QueryFormat format, PrintStream out) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
            names.add(meta.getColumnLabel(c));
        }
        CSVPrinter csv = format == QueryFormat.CSV ? csvPrinter(names, out) : null;
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
                case CSV -> csvRecord(csv, row);
                case JSON -> out.println(json(names, row));
            }
        }
        if (format == QueryFormat.TABLE) {
            table(names, tableRows, out);
        }
        if (csv != null) {
            flush(csv);
        }
        return count;
    }

    private static Object plain(Object value) throws SQLException {
        if (value instanceof Struct struct) {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (struct instanceof DuckDBStruct duck) {
                for (var field : duck.getMap().entrySet()) {
                    fields.put(field.getKey(), plain(field.getValue()));
                }
            } else {
                Object[] attributes = struct.getAttributes();
                for (int i = 0; i < attributes.length; i++) {
                    fields.put(String.valueOf(i + 1), plain(attributes[i]));
                }
            }
            return fields;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> entries = new LinkedHashMap<>();
            for (var entry : map.entrySet()) {
                entries.put(String.valueOf(entry.getKey()), plain(entry.getValue()));
            }
            return entries;
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Time t) {
            return t.toLocalTime();
        }
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
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            map.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append(": ").append(v == null ? "NULL" : text(v)));
            return sb.append('}').toString();
        }
        return String.valueOf(value);
    }

    private static CSVPrinter csvPrinter(List<String> names, PrintStream out) {
        try {
            CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(System.lineSeparator())
                .setHeader(names.toArray(String[]::new)).get();
            return new CSVPrinter(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csvRecord(CSVPrinter csv, Object[] row) {
        try {
            csv.printRecord(java.util.Arrays.stream(row).map(v -> v == null ? null : text(v)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(CSVPrinter csv) {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row as a JSON object: numbers (decimals exact, in plain notation), booleans, lists, structs as objects, ISO times. */
    private static String json(List<String> names, Object[] row) {
        ObjectNode node = JSON.createObjectNode();
        for (int c = 0; c < names.size(); c++) {
            node.set(names.get(c), jsonValue(row[c]));
        }
        return JSON.writeValueAsString(node);
    }

    private static JsonNode jsonValue(Object v) {
        JsonNodeFactory nodes = JSON.getNodeFactory();
        if (v == null) {
            return nodes.nullNode();
        }
        if (v instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(item -> array.add(jsonValue(item)));
            return array;
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            map.forEach((k, item) -> object.set(String.valueOf(k), jsonValue(item)));
            return object;
        }
        if (v instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        if (v instanceof BigDecimal d) {
            return nodes.numberNode(d.stripTrailingZeros());
        }
        if (v instanceof BigInteger i) {
            return nodes.numberNode(i);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return nodes.numberNode(((Number) v).longValue());
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? nodes.numberNode(d) : nodes.textNode(v.toString());
        }
        if (v instanceof byte[] bytes) {
            return nodes.binaryNode(bytes);
        }
        // Strings, and times and dates in ISO 8601 (2024-01-10T05:04:59.402794), UUIDs, enums.
        return nodes.textNode(String.valueOf(v));
    }
}
