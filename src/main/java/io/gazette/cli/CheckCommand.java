package io.gazette.cli;

import io.gazette.warehouse.DataChecks;
import io.gazette.warehouse.Warehouse;
import io.gazette.warehouse.WarehouseLockedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gazette check}: runs the data tests (sql/checks and those of every fact table); non-zero exit when any returns rows. */
@Component
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Run the data checks on a warehouse: those of sql/checks and, for every fact table, a unique grain, "
        + "no orphan key and the source and date of its article.")
public class CheckCommand implements Callable<Integer> {

    @Option(names = "--warehouse", paramLabel = "FILE", description = "Warehouse file (default: the working warehouse).")
    Path warehouse;

    private final GazetteProperties defaults;

    public CheckCommand(GazetteProperties defaults) {
        this.defaults = defaults;
    }

    @Override
    public Integer call() throws UsageException {
        Path file = warehouse != null ? warehouse : defaults.warehouse();
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no warehouse at " + file);
        }
        try (Warehouse opened = Warehouse.openReadOnly(file)) {
            List<DataChecks.Result> results = new DataChecks().run(opened.connection());
            int failed = 0;
            for (DataChecks.Result result : results) {
                if (result.passed()) {
                    System.out.println("ok      " + result.name());
                } else {
                    failed++;
                    System.out.println("FAILED  " + result.name() + ": " + result.failingRows() + " rows, first: " + result.example());
                }
            }
            System.out.println("%d passed, %d failed".formatted(results.size() - failed, failed));
            return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        } catch (WarehouseLockedException e) {
            return WarehouseToRead.held(file, e);
        } catch (SQLException e) {
            System.err.println("gazette: check failed to run on " + file + ": " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }
}
