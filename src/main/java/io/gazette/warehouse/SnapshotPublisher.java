package io.gazette.warehouse;

import io.gazette.text.Messages;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Publishes the working warehouse for analysts: a file beside the target is made equal to the warehouse and renamed
 * over it, so a reader that has the old snapshot open keeps reading the old file and a new reader sees the new one
 * whole.
 *
 * <p><b>Cost that does not grow with history.</b> Copying the whole warehouse at every publish costs minutes for a
 * paper's ten years when one date was rerun. So the snapshot a publish replaces is kept (hard-linked as
 * {@code published/.<name>.spare}), and the next publish brings that spare up to date instead of copying: it is one
 * or two runs behind, and the editions those runs touched are those with an {@code etl_archive} row the spare lacks.
 * Their rows are replaced in each fact table, the append-only tables get the rows past the spare's last key, the
 * small reference tables are replaced whole, and the result must have every table's row count of the warehouse, with
 * the spare's run log a prefix of the warehouse's. Anything else (an analyst still reading the spare, which DuckDB's
 * file lock tells; other schema scripts; a warehouse rebuilt or restored; any error) falls back to the full copy.
 *
 * <p>DuckDB finds a database's write-ahead log by path ({@code <name>.wal}), not by file. A read-write session
 * on the snapshot that crashed leaves its WAL there, and DuckDB would replay it into the next snapshot (rows
 * deleted, or "Failure while replaying WAL file"). So a WAL found beside the snapshot is set aside into
 * {@code published/stale-wal/} just before and just after the rename, and the snapshot is made read-only on
 * disk so that analysts' tools cannot open it read-write in the first place.
 */
public final class SnapshotPublisher {

    private static final String FOLDER = "published";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS");

    /** From this many editions on, a warehouse of which over a quarter changed is copied rather than updated. */
    private static final int MANY_EDITIONS = 100;

    /** Tables only ever appended to, with the key the loader assigns in increasing order. */
    private static final Map<String, String> APPENDED_BY_KEY = Map.of(
        "key_article", "article_key", "dim_entity", "entity_key", "dim_author", "author_key");
    /** Tables only ever appended to, without such a key: the rows the spare lacks are added. */
    private static final Set<String> APPENDED = Set.of("dim_entity_alias", "etl_archive", "etl_reject");

    /**
     * What a publish did.
     *
     * @param snapshot the published file
     * @param setAside stale WAL files moved out of its way
     * @param method how the snapshot was made: {@code copied} (the whole warehouse) or {@code updated} (the previous
     *     snapshot brought up to date)
     * @param detail why it was copied, or how many editions the update replaced
     */
    public record Published(Path snapshot, List<Path> setAside, String method, String detail) {
    }

    /** Whether a file is a published snapshot (it sits in a {@code published/} folder). */
    public static boolean isSnapshot(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(FOLDER);
    }

    /** A folder beside the working warehouse, whether {@code file} is that warehouse or its published snapshot. */
    public static Path besideWarehouse(Path file, String folder) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return isSnapshot(file) ? parent.resolveSibling(folder) : parent.resolve(folder);
    }

    /** The snapshot path of a working warehouse: {@code published/<name>} beside it. */
    public static Path snapshotOf(Path warehouse) {
        Path parent = warehouse.toAbsolutePath().getParent();
        return parent.resolve(FOLDER).resolve(warehouse.getFileName());
    }

    /**
     * Publishes {@code warehouse} and says on {@code err}, one line each, which stale write-ahead logs it moved out of
     * the snapshot's way; returns what it did.
     */
    public Published publish(Path warehouse, java.io.PrintStream err) throws IOException {
        Published published = publish(warehouse);
        for (Path aside : published.setAside()) {
            err.println("gazette: a write-ahead log left beside the snapshot by a read-write session was set aside to " + aside
                + "; open the snapshot read-only");
        }
        return published;
    }

    /** Makes the snapshot of a closed, checkpointed warehouse file equal to it, atomically. */
    public Published publish(Path warehouse) throws IOException {
        Path target = snapshotOf(warehouse);
        Files.createDirectories(target.getParent());
        String name = target.getFileName().toString();
        Path next = target.resolveSibling("." + name + ".next");
        Path spare = target.resolveSibling("." + name + ".spare");
        try {
            deleteWithWal(next);
            String method = "copied";
            String detail = "no previous snapshot to update";
            if (Files.exists(spare)) {
                Files.move(spare, next, StandardCopyOption.ATOMIC_MOVE);
                try {
                    detail = update(next, warehouse) + " editions replaced";
                    method = "updated";
                } catch (SQLException | IOException | RuntimeException e) {
                    detail = Messages.oneLine(e);
                    deleteWithWal(next);
                }
            }
            if (method.equals("copied")) {
                Files.copy(warehouse, next, StandardCopyOption.REPLACE_EXISTING);
            }
            makeReadOnly(next);
            keepAsSpare(target, spare);
            List<Path> setAside = new ArrayList<>();
            setAsideWal(target, setAside);
            Files.move(next, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            setAsideWal(target, setAside);
            return new Published(target, List.copyOf(setAside), method, detail);
        } finally {
            deleteWithWal(next);
        }
    }

    /** Links the snapshot about to be replaced as the next publish's spare; without hard links there is none. */
    private static void keepAsSpare(Path target, Path spare) throws IOException {
        Files.deleteIfExists(spare);
        if (Files.exists(target)) {
            try {
                Files.createLink(spare, target);
            } catch (UnsupportedOperationException | IOException e) {
                Files.deleteIfExists(spare);
            }
        }
    }

    /**
     * Brings {@code file}, an earlier snapshot of {@code warehouse}, up to date in one transaction; returns the number
     * of editions replaced, or throws saying why it cannot.
     */
    static int update(Path file, Path warehouse) throws IOException, SQLException {
        makeWritable(file);
        String url = "jdbc:duckdb:" + file.toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("ATTACH " + quote(warehouse.toAbsolutePath().toString()) + " AS publish_source (READ_ONLY)");
            Map<String, List<String>> tables = tables(connection, null);
            if (!tables.equals(tables(connection, "publish_source"))) {
                throw new IOException("the tables of the previous snapshot differ from the warehouse's");
            }
            if (count(connection, "SELECT count(*) FROM (SELECT scripts_sha256 FROM main.etl_schema "
                + "EXCEPT SELECT scripts_sha256 FROM publish_source.etl_schema)") > 0) {
                // views and comments are no rows: a snapshot made by other schema scripts is copied anew
                throw new IOException("the schema scripts changed since the previous snapshot");
            }
            if (count(connection,
                "SELECT count(*) FROM (SELECT * FROM main.etl_archive EXCEPT ALL SELECT * FROM publish_source.etl_archive)") > 0) {
                throw new IOException("the previous snapshot has runs the warehouse has not (the warehouse was rebuilt or restored)");
            }
            connection.setAutoCommit(false);
            statement.execute(EditionSet.create("publish_editions",
                "SELECT * FROM publish_source.etl_archive EXCEPT ALL SELECT * FROM main.etl_archive", "publish_source.dim_source"));
            int editions = (int) count(connection, "SELECT count(*) FROM publish_editions");
            long held = count(connection,
                "SELECT count(*) FROM (SELECT DISTINCT source_code, edition_date FROM publish_source.etl_archive)");
            if (held >= MANY_EDITIONS && editions * 4L > held) {
                // Replacing most of a large warehouse row by row costs more than copying its file (a --reprocess, say).
                throw new IOException(editions + " of " + held + " editions changed, a copy is quicker");
            }
            String range = EditionSet.rowsOf("publish_editions");
            Set<String> facts = new HashSet<>();
            for (FactTable fact : FactTables.ALL) {
                facts.add(fact.name());
                if (editions > 0) {
                    statement.execute("DELETE FROM main.%s WHERE %s".formatted(fact.name(), range));
                    statement.execute("INSERT INTO main.%1$s SELECT * FROM publish_source.%1$s WHERE %2$s".formatted(fact.name(), range));
                }
            }
            for (String table : tables.keySet()) {
                if (facts.contains(table)) {
                    continue;
                }
                if (APPENDED_BY_KEY.containsKey(table)) {
                    statement.execute(("INSERT INTO main.%1$s SELECT * FROM publish_source.%1$s "
                        + "WHERE %2$s > (SELECT coalesce(max(%2$s), 0) FROM main.%1$s)").formatted(table, APPENDED_BY_KEY.get(table)));
                } else if (APPENDED.contains(table)) {
                    statement.execute("INSERT INTO main.%1$s SELECT * FROM publish_source.%1$s EXCEPT ALL SELECT * FROM main.%1$s"
                        .formatted(table));
                } else if (differs(connection, table)) {
                    statement.execute("DELETE FROM main." + table);
                    statement.execute("INSERT INTO main.%1$s SELECT * FROM publish_source.%1$s".formatted(table));
                }
            }
            for (String table : tables.keySet()) {
                long mine = count(connection, "SELECT count(*) FROM main." + table);
                long theirs = count(connection, "SELECT count(*) FROM publish_source." + table);
                if (mine != theirs) {
                    connection.rollback();
                    throw new IOException("%s would have %d rows instead of the warehouse's %d".formatted(table, mine, theirs));
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("DETACH publish_source");
            statement.execute("CHECKPOINT");
            return editions;
        }
    }

    /** Whether a reference table differs between the spare and the warehouse (reading both costs less than rewriting). */
    private static boolean differs(Connection connection, String table) throws SQLException {
        return count(connection, ("SELECT count(*) FROM (SELECT * FROM (SELECT * FROM main.%1$s EXCEPT ALL "
            + "SELECT * FROM publish_source.%1$s) UNION ALL SELECT * FROM (SELECT * FROM publish_source.%1$s EXCEPT ALL "
            + "SELECT * FROM main.%1$s))").formatted(table)) > 0;
    }

    /** The base tables of a catalog (null: the file opened) with their columns in order. */
    private static Map<String, List<String>> tables(Connection connection, String catalog) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT c.table_name, c.column_name || ' ' || c.data_type FROM duckdb_columns() c
                JOIN duckdb_tables() t ON t.database_name = c.database_name AND t.schema_name = c.schema_name
                  AND t.table_name = c.table_name
                WHERE c.database_name = coalesce(?, current_database())
                  AND c.schema_name = 'main' ORDER BY c.table_name, c.column_index""")) {
            ps.setString(1, catalog);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return tables;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void deleteWithWal(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    }

    private static void setAsideWal(Path snapshot, List<Path> setAside) throws IOException {
        Path wal = snapshot.resolveSibling(snapshot.getFileName() + ".wal");
        if (Files.exists(wal)) {
            Path folder = Files.createDirectories(snapshot.resolveSibling("stale-wal"));
            Path aside = folder.resolve(snapshot.getFileName() + "." + LocalDateTime.now().format(STAMP) + ".wal");
            Files.move(wal, aside, StandardCopyOption.ATOMIC_MOVE);
            setAside.add(aside);
        }
    }

    private static void makeWritable(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } else if (!file.toFile().setWritable(true)) {
            throw new IOException("cannot make " + file + " writable");
        }
    }

    private static void makeReadOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        } else if (!file.toFile().setReadOnly()) {
            throw new IOException("cannot make " + file + " read-only");
        }
    }
}
