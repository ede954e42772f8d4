package io.gazette.warehouse;

import io.gazette.text.Coded;
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
 * @param analyzerVersion the version of the analysis that loaded it, null when nothing was analysed
 */
public record ArchiveOutcome(String archivePath, String sourceCode, LocalDate editionDate, String sha256, Status status,
                             Integer pages, Integer articles, Instant startedAt, String message, String analyzerVersion) {

    /** An outcome with no analysis: skipped, failed or removed. */
    public ArchiveOutcome(String archivePath, String sourceCode, LocalDate editionDate, String sha256, Status status,
                          Integer pages, Integer articles, Instant startedAt, String message) {
        this(archivePath, sourceCode, editionDate, sha256, status, pages, articles, startedAt, message, null);
    }

    /** What became of an archive in a run (etl_archive.status). */
    public enum Status implements Coded {
        LOADED, FAILED, SKIPPED, REMOVED
    }

    public ArchiveOutcome {
        java.util.Objects.requireNonNull(archivePath, "archivePath");
        java.util.Objects.requireNonNull(sourceCode, "sourceCode");
        java.util.Objects.requireNonNull(status, "status");
        java.util.Objects.requireNonNull(startedAt, "startedAt");
    }
}
