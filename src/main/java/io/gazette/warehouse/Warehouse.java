package io.gazette.warehouse;

import io.gazette.archive.Checksums;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;

/** Opens the DuckDB file and keeps its schema current; a schema that differs from what the loader writes is refused. */
public final class Warehouse implements AutoCloseable {

    private static final Pattern HOLDER = Pattern.compile("lock is held in (.+?) \\(PID (\\d+)\\)");

    private final Path file;
    private final DuckDBConnection connection;

    private Warehouse(Path file, DuckDBConnection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the working warehouse for writing and applies sql/schema. */
    public static Warehouse openForWriting(Path file) throws SQLException, WarehouseLockedException, IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Warehouse warehouse = new Warehouse(file, connect(file, false));
        warehouse.applySchema();
        return warehouse;
    }

    /** Opens a warehouse read-only; it must exist. */
    public static Warehouse openReadOnly(Path file) throws SQLException, WarehouseLockedException {
        return new Warehouse(file, connect(file, true));
    }

    private static DuckDBConnection connect(Path file, boolean readOnly) throws SQLException, WarehouseLockedException {
        Properties properties = new Properties();
        if (readOnly) {
            properties.setProperty("duckdb.read_only", "true");
        }
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("lock")) {
                throw new WarehouseLockedException(file + " is held open by " + holder(e.getMessage()), e);
            }
            throw e;
        }
    }

    /** Who holds the file, from DuckDB's message ("Conflicting lock is held in /usr/bin/java (PID 4242)"). */
    static String holder(String message) {
        Matcher m = HOLDER.matcher(message);
        return m.find() ? "another process (" + Path.of(m.group(1)).getFileName() + ", PID " + m.group(2) + ")" : "another process";
    }

    /**
     * Applies sql/schema when the warehouse was last opened by a Gazette with other scripts (or never): an open by the
     * same Gazette writes nothing, so it costs nothing and cannot fail on a full disk before the first edition.
     */
    private void applySchema() throws SQLException {
        Map<String, String> scripts = SqlScripts.folder("schema");
        String version = Checksums.sha256Hex((String.join("\n", scripts.values()) + "\n" + PlaceDimension.version())
            .getBytes(StandardCharsets.UTF_8));
        if (!version.equals(appliedSchema())) {
            try (Statement statement = connection.createStatement()) {
                for (String script : scripts.values()) {
                    statement.execute(script);
                }
            }
            PlaceDimension.fill(connection);
            try (Statement statement = connection.createStatement();
                 PreparedStatement ps = connection.prepareStatement(
                     "INSERT INTO etl_schema (scripts_sha256, applied_at) VALUES (?, now())")) {
                statement.execute("DELETE FROM etl_schema");
                ps.setString(1, version);
                ps.execute();
            }
        }
        for (FactTable table : FactTables.ALL) {
            List<String> columns = columns(connection, table.name());
            if (!columns.equals(table.columns())) {
                throw new IllegalStateException("%s: table %s has columns %s, this Gazette writes %s"
                    .formatted(file, table.name(), columns, table.columns()));
            }
        }
    }

    /** The checksum of the schema scripts last applied, null for a warehouse that records none. */
    private String appliedSchema() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet exists = s.executeQuery(
            "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'etl_schema'")) {
            exists.next();
            if (exists.getInt(1) == 0) {
                return null;
            }
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT max(scripts_sha256) FROM etl_schema")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** A table's or view's columns in their order. */
    static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
            "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    public DuckDBConnection connection() {
        return connection;
    }

    public Path file() {
        return file;
    }

    /** Writes everything to the main file so it can be copied as a consistent whole. */
    public void checkpoint() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
