package io.gazette.warehouse;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One etl_archive row.
 *
 * @param archivePath path relative to the inbox
 * @param sourceCode the source folder
 * @param editionDate the edition date, null when the name held none
 * @param sha256 checksum, null when unreadable
 * @param status loaded, failed, skipped or removed
 * @param pages pages read, null if not read
 * @param articles articles loaded, null if none
 * @param startedAt when work on it began
 * @param message one line for the operator
 */
public record ArchiveOutcome(String archivePath, String sourceCode, LocalDate editionDate, String sha256, String status,
                             Integer pages, Integer articles, Instant startedAt, String message) {

    public static final String LOADED = "loaded";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";
    public static final String REMOVED = "removed";
}
