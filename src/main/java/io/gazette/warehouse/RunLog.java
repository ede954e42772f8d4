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
     * The last attempt at a source's edition that counts (a skip does not), if there was one: whether it was
     * loaded, failed or removed, the archive's checksum and the analysis version it was loaded with.
     */
    public Optional<LastLoad> lastLoad(String sourceCode, LocalDate editionDate) throws SQLException {
        String sql = """
            SELECT status, sha256, analyzer_version FROM etl_archive
            WHERE source_code = ? AND edition_date = ? AND status <> 'skipped'
            ORDER BY finished_at DESC LIMIT 1""";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, sourceCode);
            ps.setObject(2, editionDate);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new LastLoad(rs.getString(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        }
    }

    /**
     * The last attempt at an edition.
     *
     * @param status loaded, failed or removed
     * @param sha256 the archive's checksum
     * @param analyzerVersion the analysis version of a load, else null
     */
    public record LastLoad(String status, String sha256, String analyzerVersion) {

        /**
         * The checksum an unchanged archive must have to be skipped: that of its last load, or of a removed
         * edition (so the nightly run does not bring it back); none after a failure (the next run tries again) or,
         * when {@code reprocessFor} is given, after a load by another analysis version.
         */
        public String checksumToSkip(String reprocessFor) {
            if (status.equals(ArchiveOutcome.Status.REMOVED.code())) {
                return sha256;
            }
            if (!status.equals(ArchiveOutcome.Status.LOADED.code())) {
                return null;
            }
            return reprocessFor != null && !reprocessFor.equals(analyzerVersion) ? null : sha256;
        }
    }

    /** Editions the warehouse holds that were loaded by an analysis version other than {@code version}. */
    public int editionsOfOtherVersions(String version) throws SQLException {
        String sql = """
            SELECT count(*) FROM (
                SELECT DISTINCT ON (source_code, edition_date) status, analyzer_version FROM etl_archive
                WHERE status <> 'skipped' AND edition_date IS NOT NULL ORDER BY source_code, edition_date, finished_at DESC)
            WHERE status = 'loaded' AND analyzer_version IS DISTINCT FROM ?""";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Records what happened to one archive in this run. */
    public void archive(ArchiveOutcome outcome) throws SQLException {
        String sql = "INSERT INTO etl_archive (run_id, archive_path, source_code, edition_date, sha256, status, pages, articles, "
            + "started_at, finished_at, message, analyzer_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
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
            ps.setString(12, outcome.analyzerVersion());
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
