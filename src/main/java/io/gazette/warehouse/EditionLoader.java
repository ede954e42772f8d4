package io.gazette.warehouse;

import io.gazette.analysis.AnalysedArticle;
import io.gazette.analysis.AnalysedEdition;
import io.gazette.archive.SkippedEntry;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Replaces one edition in the warehouse in a single transaction: the edition's previous rows are deleted and
 * the new ones appended with DuckDB's Appender, so a reload never duplicates and a reload that dies half-way
 * leaves the previous rows in place.
 */
public final class EditionLoader {

    private final DuckDBConnection connection;
    private final RunLog runLog;
    private final KeyRegistry keys;

    private final Duration pauseBeforeCommit;

    public EditionLoader(DuckDBConnection connection, RunLog runLog) {
        this(connection, runLog, Duration.ZERO);
    }

    public EditionLoader(DuckDBConnection connection, RunLog runLog, Duration pauseBeforeCommit) {
        this.connection = connection;
        this.runLog = runLog;
        this.keys = new KeyRegistry(connection);
        this.pauseBeforeCommit = pauseBeforeCommit;
    }

    /**
     * Loads one edition in one explicit transaction; on any error it is rolled back and the first error rethrown.
     * The transaction is DuckDB's own ({@code BEGIN}/{@code COMMIT}), not the JDBC driver's auto-commit flag: once
     * a statement or the commit fails, DuckDB may already have ended the transaction, and a driver that believes
     * one is still open would run the remaining statements in auto-commit, leaving half an edition behind.
     */
    public void load(AnalysedEdition edition) throws SQLException {
        execute("BEGIN TRANSACTION");
        try {
            int sourceKey = keys.source(edition.source());
            int dateKey = dateKey(edition.edition().editionDate());
            deleteEdition(sourceKey, dateKey);
            verifyWritten(appendFacts(edition, sourceKey, dateKey), sourceKey, dateKey);
            for (SkippedEntry skipped : edition.skipped()) {
                runLog.reject(edition.archivePath(), skipped.entryName(), RejectStage.ARCHIVE, skipped.reason(), skipped.detail());
            }
            runLog.archive(new ArchiveOutcome(edition.archivePath(), edition.source().code(), edition.edition().editionDate(),
                edition.sha256(), ArchiveOutcome.Status.LOADED, edition.pages(), edition.articles().size(), edition.startedAt(),
                edition.skipped().isEmpty() ? null : edition.skipped().size() + " entries skipped", edition.analyzerVersion()));
            pauseForCrashDrill(edition);
            execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            keys.forget();
            throw e;
        }
    }

    /**
     * Removes a source's edition in one transaction and logs it as {@code removed}, keeping the checksum of its
     * last load so that a nightly run does not bring the same archive back (a changed archive or
     * {@code ingest --date} does).
     *
     * @return the number of articles removed; 0 when the warehouse holds nothing for that source and date
     */
    public int remove(String sourceCode, LocalDate editionDate, String reason) throws SQLException {
        execute("BEGIN TRANSACTION");
        try {
            EditionHeld held = held(sourceCode, editionDate);
            if (held.articles() > 0) {
                deleteEdition(held.sourceKey(), dateKey(editionDate));
                runLog.archive(new ArchiveOutcome(held.archivePath(), sourceCode, editionDate, held.sha256(), ArchiveOutcome.Status.REMOVED,
                    null, held.articles(), java.time.Instant.now(), reason));
            }
            execute("COMMIT");
            return held.articles();
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            throw e;
        }
    }

    /** What the warehouse holds of a source's edition: article count and the archive of its last load. */
    public EditionHeld held(String sourceCode, LocalDate editionDate) throws SQLException {
        String sql = """
            SELECT s.source_key,
                   (SELECT count(*) FROM fact_article a WHERE a.source_key = s.source_key AND a.date_key = ?),
                   (SELECT archive_path FROM etl_archive e WHERE e.source_code = s.source_code AND e.edition_date = ?
                      AND e.status = 'loaded' ORDER BY finished_at DESC LIMIT 1),
                   (SELECT sha256 FROM etl_archive e WHERE e.source_code = s.source_code AND e.edition_date = ?
                      AND e.status = 'loaded' ORDER BY finished_at DESC LIMIT 1)
            FROM dim_source s WHERE s.source_code = ?""";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, dateKey(editionDate));
            ps.setObject(2, editionDate);
            ps.setObject(3, editionDate);
            ps.setString(4, sourceCode);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new EditionHeld(-1, 0, sourceCode + "/" + editionDate, null);
                }
                String path = rs.getString(3);
                return new EditionHeld(rs.getInt(1), rs.getInt(2), path == null ? sourceCode + "/" + editionDate : path, rs.getString(4));
            }
        }
    }

    /**
     * A source's edition as the warehouse holds it.
     *
     * @param sourceKey the source's key, -1 when the source is unknown
     * @param articles articles held
     * @param archivePath the archive of its last load
     * @param sha256 that archive's checksum, null if unknown
     */
    public record EditionHeld(int sourceKey, int articles, String archivePath, String sha256) {
    }

    /** Rolls back; a transaction DuckDB already ended (a failed COMMIT) is not a second error, so it is kept as suppressed. */
    private void rollbackAfter(Exception cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Reads back, inside the transaction, what the edition now holds: a silently lost statement fails the load. */
    private void verifyWritten(Map<FactTable, List<Object[]>> written, int sourceKey, int dateKey) throws SQLException {
        List<FactTable> tables = List.copyOf(written.keySet());
        // One query for all the tables; the names come from the fact tables' descriptions, never from input.
        String counts = tables.stream().map(t -> "(SELECT count(*) FROM " + t.name() + " WHERE source_key = ? AND date_key = ?)")
            .collect(java.util.stream.Collectors.joining(", ", "SELECT ", ""));
        try (PreparedStatement ps = connection.prepareStatement(counts)) {
            for (int i = 0; i < tables.size(); i++) {
                ps.setInt(2 * i + 1, sourceKey);
                ps.setInt(2 * i + 2, dateKey);
            }
            try (var rs = ps.executeQuery()) {
                rs.next();
                for (int i = 0; i < tables.size(); i++) {
                    long expected = written.get(tables.get(i)).size();
                    if (rs.getLong(i + 1) != expected) {
                        throw new SQLException("edition rows do not match what was written: %d of %d rows in %s"
                            .formatted(rs.getLong(i + 1), expected, tables.get(i).name()));
                    }
                }
            }
        }
    }

    private void pauseForCrashDrill(AnalysedEdition edition) {
        if (pauseBeforeCommit.isZero() || pauseBeforeCommit.isNegative()) {
            return;
        }
        System.err.println("crash drill: " + edition.archivePath() + " written, commit in " + pauseBeforeCommit.toMillis() + " ms");
        try {
            Thread.sleep(pauseBeforeCommit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the crash-drill pause", e);
        }
    }

    private static int dateKey(LocalDate date) {
        return Integer.parseInt(date.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    private void deleteEdition(int sourceKey, int dateKey) throws SQLException {
        for (FactTable table : FactTables.ALL) {
            // Table names come from the fact tables' descriptions, never from input.
            execute("DELETE FROM " + table.name() + " WHERE source_key = ? AND date_key = ?", sourceKey, dateKey);
        }
    }

    /** Builds every fact table's rows first (assigning dimension keys), then appends them table by table; returns them. */
    private Map<FactTable, List<Object[]>> appendFacts(AnalysedEdition edition, int sourceKey, int dateKey) throws SQLException {
        List<EditionRows.Keyed> articles = new ArrayList<>();
        for (AnalysedArticle a : edition.articles()) {
            String uid = "%s/%s/%d/%d".formatted(edition.source().code(), edition.edition().editionDate(), a.pageNo(), a.article().seqNo());
            articles.add(new EditionRows.Keyed(keys.article(uid), uid, a));
        }
        EditionRows input = new EditionRows(edition, sourceKey, dateKey, articles, keys);
        PlaceDimension.ensureVillages(connection, edition.articles().stream().flatMap(a -> a.analysis().entities().stream())
            .map(io.gazette.nlp.EntityMention::placeCode).filter(java.util.Objects::nonNull).distinct().toList());
        Map<FactTable, List<Object[]>> rows = new LinkedHashMap<>();
        for (FactTable table : FactTables.ALL) {
            rows.put(table, table.rows().of(input));
        }
        for (var entry : rows.entrySet()) {
            try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, entry.getKey().name())) {
                for (Object[] row : entry.getValue()) {
                    appender.beginRow();
                    for (Object value : row) {
                        appendValue(appender, value);
                    }
                    appender.endRow();
                }
            }
        }
        return rows;
    }

    static void appendValue(DuckDBAppender out, Object value) throws SQLException {
        if (value == null) {
            out.appendNull();
        } else if (value instanceof Integer i) {
            out.append(i.intValue());
        } else if (value instanceof Long l) {
            out.append(l.longValue());
        } else if (value instanceof String text) {
            out.append(text);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof BigDecimal d) {
            out.append(d);
        } else if (value instanceof LocalDate date) {
            out.append(date);
        } else {
            throw new IllegalArgumentException("no column type for " + value.getClass().getSimpleName());
        }
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
