package io.gazette.job;

import io.gazette.archive.InboxPlan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What one ingest run is asked to do.
 *
 * @param inbox the inbox folder
 * @param warehouse the working warehouse file
 * @param selection the sources and dates wanted
 * @param threads worker threads for text analysis
 * @param reprocess also reload editions whose analysis was made by another version of Gazette's analysis
 */
public record IngestRequest(Path inbox, Path warehouse, InboxPlan.Selection selection, int threads, boolean reprocess) {

    /** A request that keeps what other analysis versions loaded. */
    public IngestRequest(Path inbox, Path warehouse, InboxPlan.Selection selection, int threads) {
        this(inbox, warehouse, selection, threads, false);
    }

    public IngestRequest {
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(selection, "selection");
    }

    /** The parameters of the ingest job that does what this request asks, as run {@code runId}. */
    public JobParameters jobParameters(String runId) {
        JobParametersBuilder parameters = new JobParametersBuilder()
            .addString(IngestJobConfiguration.RUN_ID, runId)
            .addString(IngestJobConfiguration.INBOX, inbox.toString())
            .addString(IngestJobConfiguration.WAREHOUSE, warehouse.toString())
            .addLong(IngestJobConfiguration.THREADS, (long) threads)
            .addString(IngestJobConfiguration.REPROCESS, String.valueOf(reprocess));
        if (selection.source() != null) {
            parameters.addString(IngestJobConfiguration.SOURCE, selection.source());
        }
        if (selection.reload()) {
            parameters.addString(IngestJobConfiguration.FROM, selection.from().toString());
            parameters.addString(IngestJobConfiguration.TO, selection.to().toString());
        }
        return parameters.toJobParameters();
    }

    /** The request a job's parameters (as {@link #jobParameters} writes them) stand for. */
    public static IngestRequest fromJobParameters(Map<String, ?> parameters) {
        Object from = parameters.get(IngestJobConfiguration.FROM);
        Object to = parameters.get(IngestJobConfiguration.TO);
        Object threads = parameters.get(IngestJobConfiguration.THREADS);
        InboxPlan.Selection selection = new InboxPlan.Selection((String) parameters.get(IngestJobConfiguration.SOURCE),
            from == null ? null : LocalDate.parse((String) from), to == null ? null : LocalDate.parse((String) to));
        return new IngestRequest(Path.of((String) parameters.get(IngestJobConfiguration.INBOX)),
            Path.of((String) parameters.get(IngestJobConfiguration.WAREHOUSE)), selection,
            threads == null ? 1 : Math.max(1, ((Number) threads).intValue()),
            "true".equals(parameters.get(IngestJobConfiguration.REPROCESS)));
    }

    /** True when the run reloads the editions of its dates regardless of their checksum. */
    public boolean forced() {
        return selection.reload();
    }
}
