package io.gazette.job;

import io.gazette.warehouse.ArchiveOutcome;
import io.gazette.warehouse.RejectStage;
import java.sql.SQLException;
import java.time.LocalDate;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.dao.DataAccessResourceFailureException;

/** Records an edition the processor refused: an etl_reject row, a failed etl_archive row and one line on stderr. */
public class EditionFailureRecorder implements SkipListener<EditionTask, EditionResult> {

    private final IngestSession session;

    public EditionFailureRecorder(IngestSession session) {
        this.session = session;
    }

    @Override
    public void onSkipInProcess(EditionTask task, Throwable cause) {
        RejectStage stage = RejectStage.PROCESS;
        String reason = "processing_failed";
        String entry = null;
        if (cause instanceof EditionFailedException failed) {
            stage = failed.stage();
            reason = failed.reason();
            entry = failed.entryName();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        LocalDate date = task.edition() == null ? null : task.edition().editionDate();
        try {
            session.runLog().reject(task.archivePath(), entry, stage, reason, message);
            session.runLog().archive(new ArchiveOutcome(task.archivePath(), task.source().code(), date, null, ArchiveOutcome.Status.FAILED,
                null, null, task.queuedAt(), message));
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot record the failure of " + task.archivePath(), e);
        }
        session.report().failed(task.archivePath(), message);
    }
}
