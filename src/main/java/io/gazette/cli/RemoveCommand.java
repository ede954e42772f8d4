package io.gazette.cli;

import io.gazette.text.Messages;
import io.gazette.warehouse.EditionLoader;
import io.gazette.warehouse.RunLog;
import io.gazette.warehouse.SnapshotPublisher;
import io.gazette.warehouse.Warehouse;
import io.gazette.warehouse.WarehouseLockedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gazette remove}: deletes one source's edition from the warehouse in one transaction, logs it in
 * etl_archive as {@code removed} and republishes. For an edition loaded by mistake (a mistyped date, an archive
 * withdrawn by the paper); without {@code --yes} it only says what it would remove.
 */
@Component
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = "Remove one source's edition from the warehouse (one transaction, logged), then publish the snapshot.")
public class RemoveCommand implements Callable<Integer> {

    @Option(names = "--warehouse", paramLabel = "FILE", description = "Working warehouse file (default: warehouse/gazette.duckdb).")
    Path warehouse;

    @Option(names = "--source", paramLabel = "CODE", required = true, description = "The source of the edition.")
    String source;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "The edition date.")
    LocalDate date;

    @Option(names = "--yes", description = "Remove it; without this flag only say what would be removed.")
    boolean confirmed;

    private final GazetteProperties defaults;

    public RemoveCommand(GazetteProperties defaults) {
        this.defaults = defaults;
    }

    @Override
    public Integer call() throws UsageException {
        Path file = warehouse != null ? warehouse : defaults.warehouse();
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no warehouse at " + file);
        }
        Optional<WarehouseLock> lock;
        try {
            lock = WarehouseLock.tryAcquire(file);
        } catch (IOException e) {
            System.err.println("gazette: cannot lock warehouse " + file + ": " + Messages.oneLine(e));
            return ExitCodes.SOME_FAILED;
        }
        if (lock.isEmpty()) {
            System.err.println("gazette: warehouse " + file + " is being loaded by another process; try again later");
            return ExitCodes.LOCKED;
        }
        try (WarehouseLock held = lock.get()) {
            return remove(file);
        } catch (IOException e) {
            System.err.println("gazette: " + Messages.oneLine(e));
            return ExitCodes.SOME_FAILED;
        }
    }

    private int remove(Path file) throws IOException {
        String edition = source + " " + date;
        try (Warehouse opened = Warehouse.openForWriting(file)) {
            String runId = "remove-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS"));
            EditionLoader loader = new EditionLoader(opened.connection(), new RunLog(opened.connection(), runId));
            int held = loader.held(source, date).articles();
            if (held == 0) {
                System.err.println("gazette: the warehouse holds no edition of " + edition);
                return ExitCodes.NO_INPUT;
            }
            if (!confirmed) {
                System.err.println("gazette: would remove " + held + " articles of " + edition + "; add --yes to remove them");
                return ExitCodes.USAGE;
            }
            int removed = loader.remove(source, date, "removed by gazette remove");
            opened.checkpoint();
            System.out.println("remove: " + removed + " articles of " + edition + " removed");
        } catch (WarehouseLockedException e) {
            return WarehouseToRead.held(file, e);
        } catch (SQLException e) {
            System.err.println("gazette: warehouse " + file + ": " + Messages.oneLine(e) + "; nothing removed");
            return ExitCodes.SOME_FAILED;
        }
        Path snapshot = new SnapshotPublisher().publish(file, System.err).snapshot();
        System.out.println("remove: published " + snapshot);
        return ExitCodes.OK;
    }
}
