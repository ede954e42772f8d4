package io.gazette.cli;

import io.gazette.job.CurrentIngest;
import io.gazette.job.IngestRequest;
import io.gazette.job.IngestSession;
import io.gazette.job.RunReport;
import io.gazette.warehouse.RunLog;
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
import java.util.concurrent.CountDownLatch;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gazette ingest}: loads new and changed archives, or reloads one date, then publishes the snapshot. */
@Component
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Load new or changed archives from the inbox (or reload one edition date) and publish the snapshot.")
public class IngestCommand implements Callable<Integer> {

    @Option(names = "--inbox", paramLabel = "DIR", description = "Inbox folder (default: ${GAZETTE_INBOX:-warehouse/inbox}).")
    Path inbox;

    @Option(names = "--warehouse", paramLabel = "FILE", description = "Working warehouse file (default: warehouse/gazette.duckdb).")
    Path warehouse;

    @Option(names = "--source", paramLabel = "CODE", description = "Only this source (a folder of the inbox).")
    String source;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Reload exactly this edition date, changed or not.")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for text analysis (default 2).")
    Integer threads;

    private final GazetteProperties defaults;
    private final JobOperator jobOperator;
    private final Job ingestJob;
    private final CurrentIngest currentIngest;

    public IngestCommand(GazetteProperties defaults, JobOperator jobOperator, Job ingestJob, CurrentIngest currentIngest) {
        this.defaults = defaults;
        this.jobOperator = jobOperator;
        this.ingestJob = ingestJob;
        this.currentIngest = currentIngest;
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
        RunReport report = new RunReport(System.out, System.err);
        String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS"));
        CountDownLatch finished = new CountDownLatch(1);
        Thread stopOnTerm = new Thread(() -> stopAfterCurrentEditions(report, finished), "gazette-sigterm");
        Runtime.getRuntime().addShutdownHook(stopOnTerm);
        try {
            return loadAndPublish(request, report, runId);
        } finally {
            finished.countDown();
            removeHook(stopOnTerm);
        }
    }

    private int loadAndPublish(IngestRequest request, RunReport report, String runId) throws Exception {
        try (Warehouse opened = Warehouse.openForWriting(request.warehouse())) {
            currentIngest.begin(new IngestSession(request, opened, new RunLog(opened.connection(), runId), report));
            try {
                JobParameters parameters = new JobParametersBuilder()
                    .addString("run.id", runId)
                    .addLong("threads", (long) request.threads())
                    .toJobParameters();
                JobExecution execution = jobOperator.start(ingestJob, parameters);
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    System.err.println("gazette: ingest stopped: " + execution.getAllFailureExceptions().stream()
                        .map(Messages::oneLine).findFirst().orElse(execution.getStatus().toString()));
                    System.out.println("ingest: " + report.summary() + "; nothing published");
                    return ExitCodes.SOME_FAILED;
                }
            } finally {
                currentIngest.end();
            }
            opened.checkpoint();
        } catch (WarehouseLockedException e) {
            System.err.println("gazette: " + e.getMessage() + "; try again later");
            return ExitCodes.LOCKED;
        } catch (SQLException e) {
            System.err.println("gazette: warehouse " + request.warehouse() + ": " + Messages.oneLine(e));
            System.out.println("ingest: " + report.summary() + "; nothing published");
            return ExitCodes.SOME_FAILED;
        }
        Path snapshot;
        try {
            snapshot = Publishing.publish(request.warehouse());
        } catch (IOException e) {
            System.err.println("gazette: cannot publish the snapshot of " + request.warehouse() + ": " + Messages.oneLine(e));
            System.out.println("ingest: " + report.summary() + "; nothing published");
            return ExitCodes.SOME_FAILED;
        }
        System.out.println("ingest: " + report.summary() + "; published " + snapshot);
        return report.failed() > 0 || !report.failedChecks().isEmpty() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** SIGTERM: no new edition starts; the editions under way finish, the snapshot is published, then the JVM exits (143). */
    private static void stopAfterCurrentEditions(RunReport report, CountDownLatch finished) {
        if (finished.getCount() == 0) {
            return;
        }
        System.err.println("gazette: stop requested (SIGTERM): finishing the editions under way, then publishing");
        report.requestStop();
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
        return new IngestRequest(inboxDir, warehouseFile, source, date, workers);
    }

}
