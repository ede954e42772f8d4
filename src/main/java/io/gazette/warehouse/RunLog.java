package io.gazette.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The etl_archive and etl_reject tables: what each run saw and what it could not load. */
public final class RunLog {

    private final Connection connection;
    private final String runId;

    public RunLog(Connection connection, String runId) {
        this.connection = connection;
        this.runId = runId;
    }

    public String runId() {
        return runId;
    }

    /**
     * The checksum of a source's edition as the warehouse holds it: that of its last load, unless a later attempt
     * failed (then nothing, so the next run tries again). A removed edition keeps the checksum it had, so the same
     * archive is not brought back by the nightly run.
     */
    public Optional<String> loadedChecksum(String sourceCode, LocalDate editionDate) throws SQLException {
        String sql = """
            SELECT CASE WHEN status IN ('loaded', 'removed') THEN sha256 END FROM etl_archive
            WHERE source_code = ? AND edition_date = ? AND status <> 'skipped'
            ORDER BY finished_at DESC LIMIT 1""";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, sourceCode);
            ps.setObject(2, editionDate);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Records what happened to one archive in this run. */
    public void archive(ArchiveOutcome outcome) throws SQLException {
        String sql = "INSERT INTO etl_archive (run_id, archive_path, source_code, edition_date, sha256, status, pages, articles, "
            + "started_at, finished_at, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, runId);
            ps.setString(2, outcome.archivePath());
            ps.setString(3, outcome.sourceCode());
            ps.setObject(4, outcome.editionDate());
            ps.setString(5, outcome.sha256());
            ps.setString(6, outcome.status().code());
            ps.setObject(7, outcome.pages());
            ps.setObject(8, outcome.articles());
            ps.setTimestamp(9, Timestamp.from(outcome.startedAt()));
            ps.setTimestamp(10, Timestamp.from(Instant.now()));
            ps.setString(11, outcome.message());
            ps.executeUpdate();
        }
    }

    /** Records one thing that could not be loaded. */
    public void reject(String archivePath, String entryName, RejectStage stage, String reason, String detail) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
            "INSERT INTO etl_reject (run_id, archive_path, entry_name, stage, reason, detail, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, runId);
            ps.setString(2, archivePath);
            ps.setString(3, entryName);
            ps.setString(4, stage.code());
            ps.setString(5, reason);
            ps.setString(6, detail);
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }
}
