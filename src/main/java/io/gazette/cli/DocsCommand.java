package io.gazette.cli;

import io.gazette.text.Messages;
import io.gazette.warehouse.DataDictionary;
import io.gazette.warehouse.SnapshotPublisher;
import io.gazette.warehouse.Warehouse;
import io.gazette.warehouse.WarehouseLockedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gazette docs}: the data dictionary, written from the warehouse's own comments. */
@Component
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = "Print (or write to --out) the data dictionary of the warehouse, from its own comments and codes.")
public class DocsCommand implements Callable<Integer> {

    @Option(names = "--warehouse", paramLabel = "FILE",
        description = "Warehouse file (default: the published snapshot; without one, the schema of this Gazette).")
    Path warehouse;

    @Option(names = "--out", paramLabel = "FILE.md", description = "Write the dictionary to this file instead of printing it.")
    Path out;

    @Option(names = "--schema-only", description = "The dictionary of this Gazette's schema, whatever warehouse exists "
        + "(how docs/data-dictionary.md is made).")
    boolean schemaOnly;

    private final GazetteProperties defaults;

    public DocsCommand(GazetteProperties defaults) {
        this.defaults = defaults;
    }

    @Override
    public Integer call() throws UsageException {
        Path file = warehouse != null ? warehouse : SnapshotPublisher.snapshotOf(defaults.warehouse());
        if (warehouse != null && !Files.isRegularFile(file)) {
            throw new UsageException("no warehouse at " + file);
        }
        try {
            String markdown = !schemaOnly && Files.isRegularFile(file) ? fromFile(file) : ofThisGazette();
            if (out == null) {
                System.out.print(markdown);
            } else {
                Files.writeString(out, markdown, StandardCharsets.UTF_8);
                System.out.println("wrote " + out);
            }
            return ExitCodes.OK;
        } catch (WarehouseLockedException e) {
            return WarehouseToRead.held(file, e);
        } catch (SQLException | IOException e) {
            System.err.println("gazette: docs failed: " + Messages.oneLine(e));
            return ExitCodes.SOME_FAILED;
        }
    }

    private static String fromFile(Path file) throws SQLException, WarehouseLockedException {
        try (Warehouse opened = Warehouse.openReadOnly(file)) {
            return DataDictionary.markdown(opened.connection());
        }
    }

    /** The dictionary of an empty warehouse with this Gazette's schema. */
    static String ofThisGazette() throws SQLException, IOException, WarehouseLockedException {
        Path folder = Files.createTempDirectory("gazette-docs");
        Path file = folder.resolve("schema.duckdb");
        try (Warehouse fresh = Warehouse.openForWriting(file)) {
            return DataDictionary.markdown(fresh.connection());
        } finally {
            Files.deleteIfExists(folder.resolve("schema.duckdb.wal"));
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }
}
