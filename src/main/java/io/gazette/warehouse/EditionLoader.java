package io.gazette.warehouse;

import io.gazette.analysis.AnalysedArticle;
import io.gazette.analysis.AnalysedEdition;
import io.gazette.analysis.PageCredit;
import io.gazette.archive.SkippedEntry;
import io.gazette.article.Article;
import io.gazette.article.Author;
import io.gazette.nlp.EntityMention;
import io.gazette.nlp.PersonTitle;
import io.gazette.nlp.Term;
import io.gazette.normalize.DateMention;
import io.gazette.normalize.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Replaces one edition in the warehouse in a single transaction: the edition's previous rows are deleted and
 * the new ones appended with DuckDB's Appender, so a reload never duplicates and a reload that dies half-way
 * leaves the previous rows in place.
 */
public final class EditionLoader {

    private static final int DECIMAL_SCALE = 6;
    private static final List<String> ARTICLE_CHILDREN = List.of(
        "bridge_article_author", "fact_entity_mention", "fact_entity_occurrence", "fact_quantity",
        "fact_date_mention", "fact_person_title", "fact_term");

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
            appendArticles(edition, keys, sourceKey, dateKey);
            verifyWritten(edition, sourceKey, dateKey);
            for (SkippedEntry skipped : edition.skipped()) {
                runLog.reject(edition.archivePath(), skipped.entryName(), "archive", skipped.reason(), skipped.detail());
            }
            runLog.archive(new ArchiveOutcome(edition.archivePath(), edition.source().code(), edition.edition().editionDate(),
                edition.sha256(), ArchiveOutcome.Status.LOADED, edition.pages(), edition.articles().size(), edition.startedAt(),
                edition.skipped().isEmpty() ? null : edition.skipped().size() + " entries skipped"));
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
    private void verifyWritten(AnalysedEdition edition, int sourceKey, int dateKey) throws SQLException {
        long articles = edition.articles().size();
        long terms = edition.articles().stream().mapToLong(a -> a.analysis().terms().size()).sum();
        long quantities = edition.articles().stream().mapToLong(a -> a.quantities().size()).sum();
        String sql = """
            SELECT (SELECT count(*) FROM fact_article WHERE source_key = ? AND date_key = ?),
                   (SELECT count(*) FROM fact_term WHERE source_key = ? AND date_key = ?),
                   (SELECT count(*) FROM fact_quantity WHERE source_key = ? AND date_key = ?)""";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < 3; i++) {
                ps.setInt(2 * i + 1, sourceKey);
                ps.setInt(2 * i + 2, dateKey);
            }
            try (var rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) != articles || rs.getLong(2) != terms || rs.getLong(3) != quantities) {
                    throw new SQLException("edition rows do not match what was written: %d/%d articles, %d/%d terms, %d/%d amounts"
                        .formatted(rs.getLong(1), articles, rs.getLong(2), terms, rs.getLong(3), quantities));
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
        for (String table : ARTICLE_CHILDREN) {
            // Table names come from the constant list above.
            execute("DELETE FROM " + table + " WHERE source_key = ? AND date_key = ?", sourceKey, dateKey);
        }
        execute("DELETE FROM fact_article WHERE source_key = ? AND date_key = ?", sourceKey, dateKey);
        execute("DELETE FROM fact_page_credit WHERE source_key = ? AND date_key = ?", sourceKey, dateKey);
    }

    private void appendArticles(AnalysedEdition edition, KeyRegistry keys, int sourceKey, int dateKey) throws SQLException {
        Map<Long, AnalysedArticle> byKey = new LinkedHashMap<>();
        for (AnalysedArticle a : edition.articles()) {
            String uid = "%s/%s/%d/%d".formatted(edition.source().code(), edition.edition().editionDate(), a.pageNo(), a.article().seqNo());
            byKey.put(keys.article(uid), a);
        }
        Map<Long, List<AuthorRow>> authors = new LinkedHashMap<>();
        Map<Long, List<MentionRow>> mentions = new LinkedHashMap<>();
        Map<Long, List<TitleRow>> titles = new LinkedHashMap<>();
        for (var entry : byKey.entrySet()) {
            authors.put(entry.getKey(), authorRows(entry.getValue().article(), keys));
            mentions.put(entry.getKey(), mentionRows(entry.getValue(), keys));
            titles.put(entry.getKey(), titleRows(entry.getValue(), keys));
        }
        try (DuckDBAppender articles = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "fact_article");
             DuckDBAppender bridge = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "bridge_article_author");
             DuckDBAppender entityFacts = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "fact_entity_mention");
             DuckDBAppender occurrences = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "fact_entity_occurrence");
             DuckDBAppender quantities = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "fact_quantity");
             DuckDBAppender dates = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "fact_date_mention");
             DuckDBAppender personTitles = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "fact_person_title");
             DuckDBAppender terms = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "fact_term");
             DuckDBAppender pageCredits = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "fact_page_credit")) {
            for (PageCredit credit : edition.pageCredits()) {
                pageCredits.beginRow().append(sourceKey).append(dateKey).append(credit.pageNo()).append(keys.author(credit.author().name()))
                    .append(credit.author().role()).append(credit.line()).endRow();
            }
            for (var entry : byKey.entrySet()) {
                long key = entry.getKey();
                AnalysedArticle a = entry.getValue();
                appendArticle(articles, key, a, edition, sourceKey, dateKey);
                for (AuthorRow row : authors.get(key)) {
                    bridge.beginRow().append(key).append(row.authorKey()).append(row.role()).append(sourceKey).append(dateKey).endRow();
                }
                for (MentionRow row : mentions.get(key)) {
                    entityFacts.beginRow().append(key).append(row.entityKey()).append(sourceKey).append(dateKey).append(row.count());
                    if (row.firstOffset() == null) {
                        entityFacts.appendNull();
                    } else {
                        entityFacts.append(row.firstOffset().intValue());
                    }
                    entityFacts.append(row.inTitle()).endRow();
                    for (Occurrence o : row.occurrences()) {
                        occurrences.beginRow().append(key).append(row.entityKey()).append(sourceKey).append(dateKey)
                            .append(o.surface()).append(o.at().offset()).append(o.at().field().code()).endRow();
                    }
                }
                appendQuantities(quantities, key, a, sourceKey, dateKey);
                for (DateMention d : a.dates()) {
                    dates.beginRow().append(key).append(sourceKey).append(dateKey).append(d.text()).append(d.date())
                        .append(d.granularity()).append(d.start()).endRow();
                }
                for (TitleRow row : titles.get(key)) {
                    personTitles.beginRow().append(key).append(row.personKey());
                    if (row.orgKey() == null) {
                        personTitles.appendNull();
                    } else {
                        personTitles.append(row.orgKey().intValue());
                    }
                    personTitles.append(row.title()).append(dateKey).append(sourceKey).endRow();
                }
                for (Term t : a.analysis().terms()) {
                    terms.beginRow().append(key).append(dateKey).append(t.word()).append(t.pos()).append(t.count()).append(sourceKey)
                        .endRow();
                }
            }
        }
    }

    private void appendArticle(DuckDBAppender out, long key, AnalysedArticle a, AnalysedEdition edition, int sourceKey, int dateKey)
        throws SQLException {
        Article article = a.article();
        String body = article.body();
        out.beginRow()
            .append(key)
            .append("%s/%s/%d/%d".formatted(edition.source().code(), edition.edition().editionDate(), a.pageNo(), article.seqNo()))
            .append(sourceKey).append(dateKey).append(a.pageNo()).append(article.seqNo());
        nullable(out, article.headline());
        nullable(out, article.subtitle());
        nullable(out, article.byline());
        if (a.eventDate() == null) {
            out.appendNull();
        } else {
            out.append(a.eventDate());
        }
        out.append(body).append(body.codePointCount(0, body.length())).append(article.paragraphs().size())
            .append(edition.archivePath()).append(a.entryName()).append(article.kind());
        nullable(out, article.captions().isEmpty() ? null : String.join("\n", article.captions()));
        nullable(out, article.agency());
        nullable(out, article.datelinePlace());
        out.endRow();
    }

    private void appendQuantities(DuckDBAppender out, long articleKey, AnalysedArticle a, int sourceKey, int dateKey)
        throws SQLException {
        int position = 0;
        for (Quantity q : a.quantities()) {
            out.beginRow().append(articleKey * 10_000 + position++).append(articleKey).append(sourceKey).append(dateKey)
                .append(q.text()).append(scaled(q.value()));
            if (q.valueHigh() == null) {
                out.appendNull();
            } else {
                out.append(scaled(q.valueHigh()));
            }
            out.append(q.unitCode()).append(scaled(q.baseValue())).append(q.qualifier());
            nullable(out, q.indicator());
            out.append(q.start()).endRow();
        }
    }

    private List<AuthorRow> authorRows(Article article, KeyRegistry keys) throws SQLException {
        Set<AuthorRow> rows = new LinkedHashSet<>();
        for (Author author : article.authors()) {
            rows.add(new AuthorRow(keys.author(author.name()), author.role()));
        }
        return List.copyOf(rows);
    }

    private List<MentionRow> mentionRows(AnalysedArticle a, KeyRegistry keys) throws SQLException {
        Map<Integer, List<EntityMention>> occurrences = new LinkedHashMap<>();
        for (EntityMention m : a.analysis().entities()) {
            int key = keys.entity(m.canonical(), m.type().name());
            keys.alias(m.text(), key);
            if (!m.text().equals(m.canonical())) {
                keys.alias(m.canonical(), key);
            }
            List<EntityMention> seen = occurrences.computeIfAbsent(key, k -> new java.util.ArrayList<>());
            if (seen.stream().anyMatch(o -> o.start() == m.start())) {
                // Two readings of one span (a place inside an organisation and the same place on its own) are one.
                continue;
            }
            seen.add(m);
        }
        List<MentionRow> rows = new java.util.ArrayList<>();
        for (var e : occurrences.entrySet()) {
            Integer firstInBody = null;
            boolean inTitle = false;
            List<Occurrence> placed = new java.util.ArrayList<>();
            for (EntityMention m : e.getValue()) {
                AnalysedArticle.Position at = a.position(m.start());
                placed.add(new Occurrence(m.text(), at));
                if (at.field() != AnalysedArticle.Field.BODY) {
                    inTitle = true;
                } else if (firstInBody == null || at.offset() < firstInBody) {
                    firstInBody = at.offset();
                }
            }
            rows.add(new MentionRow(e.getKey(), placed.size(), firstInBody, inTitle, List.copyOf(placed)));
        }
        return rows;
    }

    private List<TitleRow> titleRows(AnalysedArticle a, KeyRegistry keys) throws SQLException {
        Set<TitleRow> rows = new LinkedHashSet<>();
        for (PersonTitle t : a.analysis().titles()) {
            Integer org = t.organisation() == null ? null : keys.entity(t.organisation(), "ORG");
            rows.add(new TitleRow(keys.entity(t.person(), "PERSON"), org, t.title()));
        }
        return List.copyOf(rows);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(DECIMAL_SCALE, RoundingMode.HALF_UP);
    }

    private static void nullable(DuckDBAppender out, String value) throws SQLException {
        if (value == null) {
            out.appendNull();
        } else {
            out.append(value);
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

    private record AuthorRow(int authorKey, String role) {
    }

    private record MentionRow(int entityKey, int count, Integer firstOffset, boolean inTitle, List<Occurrence> occurrences) {
    }

    /** An entity's surface form and where it stands: the field of the article and the offset in it. */
    private record Occurrence(String surface, AnalysedArticle.Position at) {
    }

    private record TitleRow(int personKey, Integer orgKey, String title) {
    }
}
