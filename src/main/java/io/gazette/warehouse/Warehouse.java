package io.gazette.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/** Opens the DuckDB file and keeps its schema current. */
public final class Warehouse implements AutoCloseable {

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
                throw new WarehouseLockedException(file + " is locked by another process", e);
            }
            throw e;
        }
    }

    private void applySchema() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String script : SqlScripts.folder("schema").values()) {
                statement.execute(script);
            }
        }
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
