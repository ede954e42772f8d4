package io.gazette.cli;

import io.gazette.text.Messages;
import io.gazette.warehouse.SnapshotPublisher;
import io.gazette.warehouse.Warehouse;
import io.gazette.warehouse.WarehouseExport;
import io.gazette.warehouse.WarehouseLockedException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gazette export}: every table and view as Parquet partitioned by source and year, or as CSV. */
@Component
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the warehouse's tables and views as Parquet (partitioned by source and year) or CSV, for R, Stata, pandas, "
        + "Spark or Excel.")
public class ExportCommand implements Callable<Integer> {

    @Option(names = "--warehouse", paramLabel = "FILE", description = "Warehouse file (default: the published snapshot).")
    Path warehouse;

    @Option(names = "--format", paramLabel = "FORMAT", description = "parquet (default) or csv.")
    String format = "parquet";

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write into (default: export/ beside the warehouse).")
    Path out;

    @Option(names = "--source", paramLabel = "CODE", description = "Only this source's rows of the facts and views.")
    String source;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only editions from this date on.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only editions up to this date.")
    LocalDate to;

    @Option(names = "--bom", description = "CSV only: start each file with a UTF-8 byte order mark, so Excel reads the Chinese text.")
    boolean bom;

    private final GazetteProperties defaults;

    public ExportCommand(GazetteProperties defaults) {
        this.defaults = defaults;
    }

    @Override
    public Integer call() throws UsageException {
        WarehouseExport.Format chosen;
        try {
            chosen = WarehouseExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be parquet or csv, not " + format);
        }
        if (bom && chosen != WarehouseExport.Format.CSV) {
            throw new UsageException("--bom is for --format csv");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        Path file = WarehouseToRead.of(warehouse, defaults);
        Path folder = out != null ? out : SnapshotPublisher.besideWarehouse(file, "export");
        try (Warehouse opened = Warehouse.openReadOnly(file)) {
            WarehouseExport export = new WarehouseExport(opened.connection(), chosen, bom, new WarehouseExport.Rows(source, from, to));
            List<WarehouseExport.Written> written = export.writeAll(folder);
            long rows = 0;
            for (WarehouseExport.Written w : written) {
                System.out.println("%-24s %10d rows  %s".formatted(w.name(), w.rows(), w.path()));
                rows += w.rows();
            }
            System.out.println("exported %d tables and views, %d rows, to %s".formatted(written.size(), rows, folder));
            return ExitCodes.OK;
        } catch (WarehouseLockedException e) {
            return WarehouseToRead.held(file, e);
        } catch (SQLException | IOException e) {
            System.err.println("gazette: export of " + file + " to " + folder + " failed: " + Messages.oneLine(e));
            return ExitCodes.SOME_FAILED;
        }
    }
}
