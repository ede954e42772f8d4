package io.gazette.job;

import io.gazette.analysis.AnalysedEdition;
import io.gazette.analysis.AnalysedPages;
import io.gazette.analysis.EditionAnalyzer;
import io.gazette.archive.ArchiveException;
import io.gazette.archive.ArchiveReader;
import io.gazette.archive.EditionContent;
import io.gazette.archive.UndecodableTextException;
import io.gazette.warehouse.RejectStage;
import java.time.Instant;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads and analyses one edition on a worker thread. An edition that cannot be loaded raises
 * {@link EditionFailedException}, which the step's skip policy records without stopping the night.
 */
public class EditionProcessor implements ItemProcessor<EditionTask, EditionResult> {

    private final ArchiveReader archives;
    private final EditionAnalyzer analyzer;

    public EditionProcessor(ArchiveReader archives, EditionAnalyzer analyzer) {
        this.archives = archives;
        this.analyzer = analyzer;
    }

    @Override
    public EditionResult process(EditionTask task) throws EditionFailedException {
        try {
            return readAndAnalyse(task);
        } catch (OutOfMemoryError e) {
            // The edition's text and analysis are garbage once this frame unwinds; the next edition has the heap back.
            throw new EditionFailedException(RejectStage.ANALYSE, "out_of_memory", null,
                task.archivePath() + ": edition too big for the heap (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); raise -Xmx or split the archive", null);
        }
    }

    private EditionResult readAndAnalyse(EditionTask task) throws EditionFailedException {
        // The edition's own time starts here, on its worker, not when the run planned it.
        Instant started = Instant.now();
        if (task.problem() != null) {
            throw new EditionFailedException(RejectStage.INBOX, task.problem().reason(), null, task.problem().detail(), null);
        }
        Optional<EditionContent> changed = read(task);
        if (changed.isEmpty()) {
            return new EditionResult(task, null);
        }
        EditionContent content = changed.get();
        AnalysedPages text = analyse(task, content);
        AnalysedEdition analysed = new AnalysedEdition(task.edition(), task.source(), task.archivePath(), content.sha256(),
            content.pages().size(), text.articles(), content.skipped(), started, text.pageCredits(), analyzer.version());
        return new EditionResult(task, analysed);
    }

    private AnalysedPages analyse(EditionTask task, EditionContent content)
        throws EditionFailedException {
        try {
            return analyzer.analyse(content, task.source());
        } catch (RuntimeException e) {
            // A defect met on unusual text fails this edition only; the message keeps the cause for the bug report.
            throw new EditionFailedException(RejectStage.ANALYSE, "analysis_failed", null,
                task.archivePath() + ": text analysis failed: " + e, e);
        }
    }

    private Optional<EditionContent> read(EditionTask task) throws EditionFailedException {
        try {
            return archives.readIfChanged(task.edition(), task.previousSha256());
        } catch (UndecodableTextException e) {
            throw new EditionFailedException(RejectStage.DECODE, "undecodable_text", e.entryName(), e.getMessage(), e);
        } catch (ArchiveException e) {
            throw new EditionFailedException(RejectStage.ARCHIVE, "unreadable_archive", e.entryName(), e.getMessage(), e);
        }
    }
}
