package io.gazette.cli;

import io.gazette.text.Messages;
import io.gazette.warehouse.SnapshotPublisher;
import io.gazette.warehouse.Warehouse;
import io.gazette.warehouse.WarehouseLockedException;
import io.gazette.warehouse.WarehouseReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gazette report}: a digest of a period as one static HTML page with charts. */
@Component
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write a digest of what a period loaded (sources, most-named people, organisations and places, indicators, "
        + "terms on the rise) as one HTML page with charts that opens offline.")
public class ReportCommand implements Callable<Integer> {

    private static final int DEFAULT_DAYS = 30;

    @Option(names = "--warehouse", paramLabel = "FILE", description = "Warehouse file (default: the published snapshot).")
    Path warehouse;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First edition date (default: 30 days before --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last edition date (default: the latest the warehouse holds).")
    LocalDate to;

    @Option(names = "--out", paramLabel = "FILE.html",
        description = "The page to write (default: reports/digest-TO.html beside the warehouse).")
    Path out;

    private final GazetteProperties defaults;

    public ReportCommand(GazetteProperties defaults) {
        this.defaults = defaults;
    }

    @Override
    public Integer call() throws UsageException {
        Path file = WarehouseToRead.of(warehouse, defaults);
        try (Warehouse opened = Warehouse.openReadOnly(file)) {
            WarehouseReport report = new WarehouseReport(opened.connection());
            LocalDate last = to != null ? to : report.latestEdition();
            if (last == null) {
                System.err.println("gazette: " + file + " holds no edition yet: nothing to report");
                return ExitCodes.NO_INPUT;
            }
            LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1);
            if (last.isBefore(first)) {
                throw new UsageException("--to " + last + " is before --from " + first);
            }
            Path page = out != null ? out : SnapshotPublisher.besideWarehouse(file, "reports").resolve("digest-" + last + ".html");
            if (page.toAbsolutePath().getParent() != null) {
                Files.createDirectories(page.toAbsolutePath().getParent());
            }
            Files.writeString(page, report.html(first, last), StandardCharsets.UTF_8);
            System.out.println("report: editions dated " + first + " to " + last + " -> " + page);
            return ExitCodes.OK;
        } catch (WarehouseLockedException e) {
            return WarehouseToRead.held(file, e);
        } catch (SQLException | IOException e) {
            System.err.println("gazette: report on " + file + " failed: " + Messages.oneLine(e));
            return ExitCodes.SOME_FAILED;
        }
    }
}
