package io.gazette.job;

import io.gazette.archive.Edition;
import io.gazette.archive.InboxProblem;
import io.gazette.archive.SourceInfo;
import java.time.Instant;

/**
 * One unit of work of the ingest step: an edition to load (or to log as skipped when its checksum is still that of
 * its last load), or an inbox problem to record as a failure.
 *
 * @param edition the edition, null for a problem
 * @param source the newspaper
 * @param archivePath path relative to the inbox
 * @param previousSha256 the checksum of the edition's last load, to skip it if unchanged; null when it was never
 *     loaded or is reloaded whatever its checksum
 * @param problem the inbox problem, else null
 * @param queuedAt when the task was read
 */
public record EditionTask(Edition edition, SourceInfo source, String archivePath, String previousSha256, InboxProblem problem,
                          Instant queuedAt) {


    @Override
    public String toString() {
        return archivePath;
    }
}
