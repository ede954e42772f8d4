package io.gazette.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A digest of what a period loaded, as one static HTML page that opens offline: editions, articles and rejects per
 * source, the most-named people, organisations and places and their trend, indicators over time, and the terms on the
 * rise. The charts are drawn by ECharts, whose script (from its webjar) is inlined into the page.
 */
public final class WarehouseReport {

    private static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final JsonMapper JSON = Json.MAPPER;
    private static final int TOP = 10;
    private static final int TRENDS = 5;

    private final Connection connection;

    public WarehouseReport(Connection connection) {
        this.connection = connection;
    }

    /** The latest edition date the warehouse holds, or null when it holds none. */
    public LocalDate latestEdition() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
            "SELECT max(d.full_date) FROM fact_article a JOIN dim_date d ON d.date_key = a.date_key");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getObject(1, LocalDate.class);
        }
    }

    /** The page for editions dated {@code from} to {@code to}. */
    public String html(LocalDate from, LocalDate to) throws SQLException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", from.toString());
        data.put("to", to.toString());
        data.put("sources", rows("""
            SELECT s.source_name AS source, count(DISTINCT a.date_key) AS editions, count(*) AS articles,
                   (SELECT count(*) FROM etl_reject r WHERE split_part(r.archive_path, '/', 1) = s.source_code
                      AND CAST(r.rejected_at AS DATE) BETWEEN ? AND ?) AS rejects
            FROM fact_article a JOIN dim_source s ON s.source_key = a.source_key JOIN dim_date d ON d.date_key = a.date_key
            WHERE d.full_date BETWEEN ? AND ? GROUP BY s.source_name, s.source_code ORDER BY articles DESC""", from, to, from, to));
        data.put("daily", rows("""
            SELECT CAST(d.full_date AS VARCHAR) AS day, s.source_name AS source, count(*) AS articles
            FROM fact_article a JOIN dim_source s ON s.source_key = a.source_key JOIN dim_date d ON d.date_key = a.date_key
            WHERE d.full_date BETWEEN ? AND ? GROUP BY 1, 2 ORDER BY 1, 2""", from, to));
        for (String type : List.of("PERSON", "ORG", "PLACE")) {
            data.put("top_" + type, rows("""
                SELECT e.canonical_name AS name, count(DISTINCT m.article_key) AS articles
                FROM fact_entity_mention m JOIN dim_entity e ON e.entity_key = m.entity_key JOIN dim_date d ON d.date_key = m.date_key
                WHERE e.entity_type = ? AND d.full_date BETWEEN ? AND ? GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?""", type, from, to, TOP));
            data.put("trend_" + type, rows("""
                WITH top AS (
                    SELECT m.entity_key FROM fact_entity_mention m JOIN dim_entity e ON e.entity_key = m.entity_key
                    JOIN dim_date d ON d.date_key = m.date_key WHERE e.entity_type = ? AND d.full_date BETWEEN ? AND ?
                    GROUP BY 1 ORDER BY count(DISTINCT m.article_key) DESC, 1 LIMIT ?)
                SELECT CAST(CAST(date_trunc('week', d.full_date) AS DATE) AS VARCHAR) AS week, e.canonical_name AS name,
                       count(DISTINCT m.article_key) AS articles
                FROM fact_entity_mention m JOIN top USING (entity_key) JOIN dim_entity e ON e.entity_key = m.entity_key
                JOIN dim_date d ON d.date_key = m.date_key WHERE d.full_date BETWEEN ? AND ? GROUP BY 1, 2 ORDER BY 1, 2""",
                type, from, to, TRENDS, from, to));
        }
        data.put("counties", rows("""
            WITH top AS (
                SELECT place_code FROM v_place_rollup WHERE level_name = 'county' AND edition_date BETWEEN ? AND ?
                GROUP BY 1 ORDER BY count(DISTINCT article_key) DESC, 1 LIMIT ?)
            SELECT strftime(r.edition_date, '%Y-%m') AS month, r.place_name || '（' || r.province_name || '）' AS name,
                   count(DISTINCT r.article_key) AS articles
            FROM v_place_rollup r JOIN top USING (place_code)
            WHERE r.level_name = 'county' AND r.edition_date BETWEEN ? AND ? GROUP BY 1, 2 ORDER BY 1, 2""",
            from, to, TRENDS, from, to));
        data.put("indicators", rows("""
            WITH top AS (
                SELECT q.indicator, q.unit_code FROM fact_quantity q JOIN dim_date d ON d.date_key = q.date_key
                WHERE q.indicator IS NOT NULL AND q.unit_code IN ('CNY', '%') AND d.full_date BETWEEN ? AND ?
                GROUP BY 1, 2 ORDER BY count(*) DESC, 1 LIMIT ?)
            SELECT CAST(d.full_date AS VARCHAR) AS day, q.indicator || CASE WHEN q.unit_code = 'CNY' THEN '（亿元）' ELSE '（%）' END AS name,
                   median(CASE WHEN q.unit_code = 'CNY' THEN q.base_value / 100000000 ELSE q.value END) AS value
            FROM fact_quantity q JOIN top USING (indicator, unit_code) JOIN dim_date d ON d.date_key = q.date_key
            WHERE d.full_date BETWEEN ? AND ? GROUP BY 1, 2 ORDER BY 1, 2""", from, to, TRENDS, from, to));
        LocalDate middle = from.plusDays(java.time.temporal.ChronoUnit.DAYS.between(from, to) / 2);
        data.put("rising", rows("""
            SELECT t.term AS term,
                   sum(CASE WHEN d.full_date > ? THEN t.term_count ELSE 0 END)
                       - sum(CASE WHEN d.full_date <= ? THEN t.term_count ELSE 0 END) AS rise
            FROM fact_term t JOIN dim_date d ON d.date_key = t.date_key
            WHERE d.full_date BETWEEN ? AND ? AND t.pos IN ('n', 'vn', 'nz', 'ns', 'nt', 'nis') AND length(t.term) >= 2
            GROUP BY 1 HAVING rise > 0 ORDER BY 2 DESC, 1 LIMIT 15""", middle, middle, from, to));
        return page(JSON.writeValueAsString(data).replace("</", "<\\/"), from, to);
    }

    private List<Map<String, Object>> rows(String sql, Object... args) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        Object value = rs.getObject(c);
                        row.put(rs.getMetaData().getColumnLabel(c), value instanceof java.math.BigDecimal d ? d.doubleValue() : value);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static String page(String data, LocalDate from, LocalDate to) {
        return template().replace("/*ECHARTS*/", echarts()).replace("/*DATA*/", data)
            .replace("{{period}}", from + " – " + to);
    }

    private static String template() {
        return read("report/digest.html");
    }

    private static String echarts() {
        return read(ECHARTS);
    }

    private static String read(String resource) {
        try (InputStream in = WarehouseReport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
