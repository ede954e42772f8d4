package io.gazette.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What one ingest run is asked to do.
 *
 * @param inbox the inbox folder
 * @param warehouse the working warehouse file
 * @param source only this source, or null for all
 * @param date only this edition date, reloaded whether or not it changed; null for every new or changed archive
 * @param threads worker threads for text analysis
 */
public record IngestRequest(Path inbox, Path warehouse, String source, LocalDate date, int threads) {

    /** The parameters of the ingest job that does what this request asks, as run {@code runId}. */
    public JobParameters jobParameters(String runId) {
        JobParametersBuilder parameters = new JobParametersBuilder()
            .addString(IngestJobConfiguration.RUN_ID, runId)
            .addString(IngestJobConfiguration.INBOX, inbox.toString())
            .addString(IngestJobConfiguration.WAREHOUSE, warehouse.toString())
            .addLong(IngestJobConfiguration.THREADS, (long) threads);
        if (source != null) {
            parameters.addString(IngestJobConfiguration.SOURCE, source);
        }
        if (date != null) {
            parameters.addString(IngestJobConfiguration.DATE, date.toString());
        }
        return parameters.toJobParameters();
    }

    /** The request a job's parameters (as {@link #jobParameters} writes them) stand for. */
    public static IngestRequest fromJobParameters(Map<String, ?> parameters) {
        Object date = parameters.get(IngestJobConfiguration.DATE);
        Object threads = parameters.get(IngestJobConfiguration.THREADS);
        return new IngestRequest(Path.of((String) parameters.get(IngestJobConfiguration.INBOX)),
            Path.of((String) parameters.get(IngestJobConfiguration.WAREHOUSE)), (String) parameters.get(IngestJobConfiguration.SOURCE),
            date == null ? null : LocalDate.parse((String) date), threads == null ? 1 : Math.max(1, ((Number) threads).intValue()));
    }

    /** True when the run reloads named editions regardless of their checksum. */
    public boolean forced() {
        return date != null;
    }
}
