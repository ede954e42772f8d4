package io.gazette.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the warehouse's tables and views to files other tools read. Parquet: the facts and views as Hive-partitioned
 * folders by {@code source_code} and {@code year} (pandas, R arrow, Spark, Trino and DuckDB itself read them as one
 * table; the path for a history that outgrows one file), the dimensions as one file each. CSV: one file per table, with
 * an optional byte order mark so that Excel reads the Chinese text. The run log stays out.
 */
public final class WarehouseExport {

    /** The file formats. */
    public enum Format {
        PARQUET, CSV
    }

    /**
     * Which rows of the facts and views: one source or all, editions from and to a date (null for open ends).
     *
     * @param source a source code, or null
     * @param from the first edition date, or null
     * @param to the last edition date, or null
     */
    public record Rows(String source, LocalDate from, LocalDate to) {

        String where(String sourceColumn, String dateColumn) {
            List<String> terms = new ArrayList<>();
            if (source != null) {
                terms.add(sourceColumn + " = '" + source.replace("'", "''") + "'");
            }
            if (from != null) {
                terms.add(dateColumn + " >= DATE '" + from + "'");
            }
            if (to != null) {
                terms.add(dateColumn + " <= DATE '" + to + "'");
            }
            return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
        }
    }

    /**
     * What was written.
     *
     * @param name the table or view
     * @param rows rows written
     * @param path the file, or the folder of a partitioned table
     */
    public record Written(String name, long rows, Path path) {
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Connection connection;
    private final Format format;
    private final boolean bom;
    private final Rows rows;

    public WarehouseExport(Connection connection, Format format, boolean bom, Rows rows) {
        this.connection = connection;
        this.format = format;
        this.bom = bom;
        this.rows = rows;
    }

    /** Writes every table but the run log's, and every view, into {@code folder}, replacing what an earlier export left there. */
    public List<Written> writeAll(Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        List<Written> written = new ArrayList<>();
        for (String name : names()) {
            written.add(write(name, folder));
        }
        return written;
    }

    private List<String> names() throws SQLException {
        List<String> names = new ArrayList<>();
        String sql = "SELECT table_name FROM duckdb_tables() WHERE NOT internal AND schema_name = 'main' AND table_name NOT LIKE 'etl\\_%' "
            + "ESCAPE '\\' UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' ORDER BY 1";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private Written write(String name, Path folder) throws SQLException, IOException {
        List<String> columns = Warehouse.columns(connection, name);
        String query;
        boolean partitioned;
        if (columns.contains("source_key") && columns.contains("date_key")) {
            // A fact: its source and year by name, for the partitions and for readers of one file.
            query = ("SELECT f.*, s.source_code, d.year FROM %s f JOIN dim_source s ON s.source_key = f.source_key "
                + "JOIN dim_date d ON d.date_key = f.date_key").formatted(name) + rows.where("s.source_code", "d.full_date");
            partitioned = true;
        } else if (columns.contains("source_code") && columns.contains("edition_date")) {
            query = "SELECT v.*" + (columns.contains("year") ? "" : ", year(v.edition_date) AS year") + " FROM %s v".formatted(name)
                + rows.where("v.source_code", "v.edition_date");
            partitioned = true;
        } else {
            query = "SELECT * FROM " + name;
            partitioned = false;
        }
        if (format == Format.PARQUET) {
            Path target = partitioned ? folder.resolve(name) : folder.resolve(name + ".parquet");
            deleteRecursively(target);
            String options = partitioned ? "FORMAT parquet, PARTITION_BY (source_code, year)" : "FORMAT parquet";
            return new Written(name, copy(query, target, options), target);
        }
        Path target = folder.resolve(name + ".csv");
        long count = copy(query, target, "FORMAT csv, HEADER");
        if (bom) {
            withBom(target);
        }
        return new Written(name, count, target);
    }

    private long copy(String query, Path target, String options) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // The query is built from catalogue names and validated filters; the path is the operator's own.
            s.execute("COPY (%s) TO '%s' (%s)".formatted(query, target.toAbsolutePath().toString().replace("'", "''"), options));
            return Math.max(0, s.getUpdateCount());
        }
    }

    private static void withBom(Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".bom");
        try (OutputStream out = Files.newOutputStream(temporary); InputStream in = Files.newInputStream(file)) {
            out.write(BOM);
            in.transferTo(out);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteRecursively(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(target)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
