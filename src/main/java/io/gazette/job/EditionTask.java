package io.gazette.job;

import io.gazette.archive.Edition;
import io.gazette.archive.InboxProblem;
import io.gazette.archive.SourceInfo;
import java.time.Instant;

/**
 * One unit of work of the ingest step: an edition to load, an unchanged edition to log as skipped, or an inbox
 * problem to record as a failure.
 *
 * @param edition the edition, null for a problem
 * @param source the newspaper
 * @param archivePath path relative to the inbox
 * @param unchangedSha256 the checksum when the edition is unchanged since its last load, else null
 * @param problem the inbox problem, else null
 * @param queuedAt when the task was read
 */
public record EditionTask(Edition edition, SourceInfo source, String archivePath, String unchangedSha256, InboxProblem problem,
                          Instant queuedAt) {

    public boolean unchanged() {
        return unchangedSha256 != null;
    }

    @Override
    public String toString() {
        return archivePath;
    }
}
