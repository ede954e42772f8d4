package io.gazette.cli;

import io.gazette.archive.InboxPlan;
import io.gazette.job.IngestJobConfiguration;
import io.gazette.job.IngestRequest;
import io.gazette.job.NothingToLoadException;
import io.gazette.job.StopSignal;
import io.gazette.text.Messages;
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
import java.util.concurrent.CountDownLatch;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gazette ingest}: loads new and changed archives, or reloads a date or a range of dates, then publishes the snapshot. */
@Component
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Load new or changed archives from the inbox (or reload a date or a range of dates) and publish the snapshot.")
public class IngestCommand implements Callable<Integer> {

    @Option(names = "--inbox", paramLabel = "DIR", description = "Inbox folder (default: ${GAZETTE_INBOX:-warehouse/inbox}).")
    Path inbox;

    @Option(names = "--warehouse", paramLabel = "FILE", description = "Working warehouse file (default: warehouse/gazette.duckdb).")
    Path warehouse;

    @Option(names = "--source", paramLabel = "CODE", description = "Only this source (a folder of the inbox).")
    String source;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Reload exactly this edition date, changed or not.")
    LocalDate date;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
        description = "Reload every edition from this date on (to --to, default today), changed or not, in one run published once.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last edition date of --from.")
    LocalDate to;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for text analysis (default: one per available processor).")
    Integer threads;

    @Option(names = "--reprocess", description = "Also reload every edition that an earlier version of Gazette's analysis "
        + "(rules, lexicon, name model) loaded, changed or not.")
    boolean reprocess;

    private final GazetteProperties defaults;
    private final JobOperator jobOperator;
    private final Job ingestJob;
    private final StopSignal stopSignal;

    public IngestCommand(GazetteProperties defaults, JobOperator jobOperator, Job ingestJob, StopSignal stopSignal) {
        this.defaults = defaults;
        this.jobOperator = jobOperator;
        this.ingestJob = ingestJob;
        this.stopSignal = stopSignal;
    }

    @Override
    public Integer call() throws Exception {
        IngestRequest request = request();
        Optional<WarehouseLock> lock;
        try {
            Files.createDirectories(request.warehouse().toAbsolutePath().getParent());
            lock = WarehouseLock.tryAcquire(request.warehouse());
        } catch (IOException e) {
            System.err.println("gazette: cannot write beside warehouse " + request.warehouse() + ": " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
        if (lock.isEmpty()) {
            System.err.println("gazette: warehouse " + request.warehouse() + " is being loaded by another process; try again later");
            return ExitCodes.LOCKED;
        }
        try (WarehouseLock held = lock.get()) {
            return ingest(request);
        }
    }

    private int ingest(IngestRequest request) throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        stopSignal.clear();
        Thread stopOnTerm = new Thread(() -> stopAfterCurrentEditions(stopSignal, finished), "gazette-sigterm");
        Runtime.getRuntime().addShutdownHook(stopOnTerm);
        try {
            String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS"));
            return exitCode(request, jobOperator.start(ingestJob, request.jobParameters(runId)));
        } finally {
            finished.countDown();
            removeHook(stopOnTerm);
        }
    }

    private static int exitCode(IngestRequest request, JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        String summary = context.getString(IngestJobConfiguration.SUMMARY, "0 loaded, 0 unchanged, 0 failed");
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            NothingToLoadException nothing = causeOf(cause, NothingToLoadException.class);
            if (nothing != null) {
                System.err.println("gazette: nothing to load: " + nothing.getMessage() + "; nothing published");
                return ExitCodes.NO_INPUT;
            }
            WarehouseLockedException locked = causeOf(cause, WarehouseLockedException.class);
            if (locked != null) {
                System.err.println("gazette: " + locked.getMessage() + "; try again later");
                return ExitCodes.LOCKED;
            }
            SQLException sql = causeOf(cause, SQLException.class);
            IOException io = causeOf(cause, IOException.class);
            if (sql != null) {
                System.err.println("gazette: warehouse " + request.warehouse() + ": " + Messages.oneLine(sql));
            } else if (io != null && "publishSnapshotStep".equals(failedStep(execution))) {
                System.err.println("gazette: cannot publish the snapshot of " + request.warehouse() + ": " + Messages.oneLine(io));
            } else {
                String why = cause == null ? execution.getStatus().toString() : Messages.oneLine(cause);
                System.err.println("gazette: ingest stopped: " + why);
            }
            System.out.println("ingest: " + summary + "; nothing published");
            return ExitCodes.SOME_FAILED;
        }
        System.out.println("ingest: " + summary + "; " + context.getString(IngestJobConfiguration.THROUGHPUT, "") + "; "
            + context.getString(IngestJobConfiguration.ANALYZER, "") + "; published "
            + context.getString(IngestJobConfiguration.PUBLISHED, "?") + " ("
            + context.getString(IngestJobConfiguration.PUBLISH_METHOD, "?") + ")");
        boolean someFailed = context.getInt(IngestJobConfiguration.FAILED, 0) > 0
            || context.getInt(IngestJobConfiguration.FAILED_CHECKS, 0) > 0;
        return someFailed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private static String failedStep(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(s -> s.getStatus() == BatchStatus.FAILED)
            .map(s -> s.getStepName()).findFirst().orElse(null);
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** SIGTERM: no new edition starts; the editions under way finish, the snapshot is published, then the JVM exits (143). */
    private static void stopAfterCurrentEditions(StopSignal stopSignal, CountDownLatch finished) {
        if (finished.getCount() == 0) {
            return;
        }
        System.err.println("gazette: stop requested (SIGTERM): finishing the editions under way, then publishing");
        stopSignal.request();
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (SIGTERM): the hook is running and sees the latch released.
            return;
        }
    }

    private IngestRequest request() throws UsageException {
        Path inboxDir = inbox != null ? inbox : defaults.inbox();
        Path warehouseFile = warehouse != null ? warehouse : defaults.warehouse();
        int workers = threads != null ? threads : defaults.threads();
        if (!Files.isDirectory(inboxDir)) {
            throw new UsageException("inbox " + inboxDir + " is not a folder");
        }
        if (source != null && !Files.isDirectory(inboxDir.resolve(source))) {
            throw new UsageException("unknown source " + source + ": no folder " + inboxDir.resolve(source));
        }
        if (workers < 1 || workers > 64) {
            throw new UsageException("--threads must be between 1 and 64, not " + workers);
        }
        if (Files.isDirectory(warehouseFile)) {
            throw new UsageException("warehouse " + warehouseFile + " is a folder, not a file");
        }
        return new IngestRequest(inboxDir, warehouseFile, selection(), workers, reprocess);
    }

    private InboxPlan.Selection selection() throws UsageException {
        if (date != null && (from != null || to != null)) {
            throw new UsageException("--date is one date; for a range give --from and --to instead");
        }
        if (to != null && from == null) {
            throw new UsageException("--to needs --from");
        }
        LocalDate first = date != null ? date : from;
        LocalDate last = date != null ? date : to != null ? to : from == null ? null : LocalDate.now();
        if (first != null && last.isBefore(first)) {
            throw new UsageException("--to " + last + " is before --from " + first);
        }
        return new InboxPlan.Selection(source, first, last);
    }

}
