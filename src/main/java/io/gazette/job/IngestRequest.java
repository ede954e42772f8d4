package io.gazette.job;

import java.nio.file.Path;
import java.time.LocalDate;
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

    /** True when the run reloads named editions regardless of their checksum. */
    public boolean forced() {
        return date != null;
    }
}
