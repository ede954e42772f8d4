package io.gazette.job;

import io.gazette.warehouse.RunLog;
import io.gazette.warehouse.SnapshotPublisher;
import io.gazette.warehouse.Warehouse;
import io.gazette.warehouse.WarehouseLockedException;
import java.io.IOException;
import java.sql.SQLException;

/**
 * The resources of one ingest run, one per job execution (a job-scoped bean made from the job's parameters): the
 * working warehouse, opened by the job's first step and closed by its last or when the job ends, its run log,
 * and the report of the run.
 */
public class IngestSession implements AutoCloseable {

    private final IngestRequest request;
    private final String runId;
    private final RunReport report;
    private final String analyzerVersion;
    private Warehouse warehouse;
    private RunLog runLog;
    private SnapshotPublisher.Published published;

    public IngestSession(IngestRequest request, String runId, RunReport report, String analyzerVersion) {
        this.request = request;
        this.runId = runId;
        this.report = report;
        this.analyzerVersion = analyzerVersion;
    }

    /** The version of the analysis this run loads editions with. */
    public String analyzerVersion() {
        return analyzerVersion;
    }

    public IngestRequest request() {
        return request;
    }

    public RunReport report() {
        return report;
    }

    /** Opens the working warehouse for writing (the job's first step). */
    public synchronized void open() throws SQLException, WarehouseLockedException, IOException {
        if (warehouse == null) {
            warehouse = Warehouse.openForWriting(request.warehouse());
            runLog = new RunLog(warehouse.connection(), runId);
        }
    }

    /** Whether the working warehouse is open. */
    public synchronized boolean isOpen() {
        return warehouse != null;
    }

    /** The open working warehouse. */
    public synchronized Warehouse warehouse() {
        if (warehouse == null) {
            throw new IllegalStateException("the warehouse of run " + runId + " is not open");
        }
        return warehouse;
    }

    public synchronized RunLog runLog() {
        warehouse();
        return runLog;
    }

    /** The run's id, as written in etl_archive.run_id. */
    public String runId() {
        return runId;
    }

    /** The published snapshot, once the run has published one. */
    public synchronized SnapshotPublisher.Published published() {
        return published;
    }

    public synchronized void published(SnapshotPublisher.Published snapshot) {
        this.published = snapshot;
    }

    /** Writes everything to the warehouse file and closes it, ready to be copied (the job's last step). */
    public synchronized void checkpointAndClose() throws SQLException {
        warehouse().checkpoint();
        close();
    }

    /** Closes the warehouse if it is open (when the job ends, however it ends). */
    @Override
    public synchronized void close() throws SQLException {
        if (warehouse != null) {
            try {
                warehouse.close();
            } finally {
                warehouse = null;
                runLog = null;
            }
        }
    }
}
