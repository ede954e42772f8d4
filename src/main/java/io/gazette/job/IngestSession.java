package io.gazette.job;

import io.gazette.warehouse.RunLog;
import io.gazette.warehouse.Warehouse;

/**
 * The resources of one ingest run, opened by the command before the job starts.
 *
 * @param request what was asked
 * @param warehouse the open working warehouse
 * @param runLog the run log of this run
 * @param report progress and counts
 */
public record IngestSession(IngestRequest request, Warehouse warehouse, RunLog runLog, RunReport report) {
}
