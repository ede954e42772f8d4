package io.gazette.job;

import java.nio.file.Path;
import java.time.LocalDate;

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

    /** True when the run reloads named editions regardless of their checksum. */
    public boolean forced() {
        return date != null;
    }
}
