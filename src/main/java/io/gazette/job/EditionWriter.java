package io.gazette.job;

import io.gazette.analysis.AnalysedEdition;
import io.gazette.warehouse.ArchiveOutcome;
import io.gazette.warehouse.EditionLoader;
import io.gazette.warehouse.LoadProperties;
import io.gazette.warehouse.RejectStage;
import java.sql.SQLException;
import java.time.Instant;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Loads analysed editions on the step's single writing thread, each in its own warehouse transaction, and logs
 * unchanged ones as skipped.
 */
public class EditionWriter implements ItemWriter<EditionResult> {

    private final IngestSession session;
    private final EditionLoader loader;

    public EditionWriter(IngestSession session, LoadProperties load) {
        this.session = session;
        this.loader = new EditionLoader(session.warehouse().connection(), session.runLog(), load.pauseBeforeCommit());
    }

    @Override
    public void write(Chunk<? extends EditionResult> chunk) throws SQLException {
        for (EditionResult result : chunk) {
            EditionTask task = result.task();
            if (result.analysed() == null) {
                session.runLog().archive(new ArchiveOutcome(task.archivePath(), task.source().code(), task.edition().editionDate(),
                    task.previousSha256(), ArchiveOutcome.Status.SKIPPED, null, null, task.queuedAt(), "unchanged since last load"));
                session.report().skipped(task.archivePath());
            } else {
                load(result.analysed());
            }
        }
    }

    private void load(AnalysedEdition edition) throws SQLException {
        try {
            loader.load(edition);
        } catch (SQLException e) {
            // The loader rolled the edition back; its previous rows stand. Record it and go on with the night.
            String message = edition.archivePath() + ": warehouse load failed: " + e.getMessage().lines().findFirst().orElse("");
            session.runLog().reject(edition.archivePath(), null, RejectStage.LOAD, "load_failed", message);
            session.runLog().archive(new ArchiveOutcome(edition.archivePath(), edition.source().code(), edition.edition().editionDate(),
                edition.sha256(), ArchiveOutcome.Status.FAILED, edition.pages(), null, edition.startedAt(), message));
            session.report().failed(edition.archivePath(), message);
            return;
        }
        long amounts = edition.articles().stream().mapToLong(a -> a.quantities().size()).sum();
        long names = edition.articles().stream().mapToLong(a -> a.analysis().entities().size()).sum();
        long characters = edition.articles().stream().mapToLong(a -> a.analysedText().length()).sum();
        session.report().loaded(edition.archivePath(), "%s, %s, %s, %s (%d ms)".formatted(count(edition.pages(), "page"),
            count(edition.articles().size(), "article"), count(amounts, "amount"), count(names, "name"),
            Instant.now().toEpochMilli() - edition.startedAt().toEpochMilli()), characters);
    }

    /** "1 page", "3 pages". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
