package io.gazette.job;

import io.gazette.archive.InboxPlan;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Hands out the run's plan ({@link InboxPlan}) one task at a time: editions to load, each with the checksum of its
 * last load so that an unchanged one is only logged (none when the run reloads its dates, or with
 * {@code --reprocess} when another analysis version loaded it), then inbox problems to record. A run that names a
 * source or dates and finds nothing of them fails with {@link NothingToLoadException}.
 */
public class EditionReader implements ItemReader<EditionTask> {

    private final IngestSession session;
    private final AnalysisAhead ahead;
    private List<EditionTask> tasks;
    private int next;

    public EditionReader(IngestSession session) {
        this(session, null);
    }

    /** A reader that starts the analysis of the editions ahead of the one it hands out, one per worker. */
    public EditionReader(IngestSession session, AnalysisAhead ahead) {
        this.session = session;
        this.ahead = ahead;
    }

    @Override
    public EditionTask read() throws IOException, SQLException, NothingToLoadException {
        if (tasks == null) {
            tasks = plan();
            session.report().expect(tasks.size());
        }
        if (next >= tasks.size()) {
            return null;
        }
        EditionTask task = tasks.get(next);
        if (session.report().stopRequested()) {
            // Stopping: the editions whose analysis has started are under way and are finished; no new one starts.
            if (ahead == null || !ahead.isStarted(task)) {
                return null;
            }
        } else if (ahead != null) {
            for (int k = next; k < Math.min(tasks.size(), next + ahead.ahead() + 1); k++) {
                ahead.start(tasks.get(k));
            }
        }
        next++;
        return task;
    }

    private List<EditionTask> plan() throws IOException, SQLException, NothingToLoadException {
        IngestRequest request = session.request();
        InboxPlan plan = InboxPlan.of(request.inbox(), request.selection());
        if (plan.isEmpty() && request.selection().specific()) {
            throw new NothingToLoadException("no archive of " + request.selection().describe() + " in " + request.inbox());
        }
        List<EditionTask> planned = new ArrayList<>();
        String reprocessFor = request.reprocess() ? session.analyzerVersion() : null;
        for (InboxPlan.Planned p : plan.editions()) {
            String previous = request.forced() ? null : session.runLog().lastLoad(p.edition().sourceCode(), p.edition().editionDate())
                .map(last -> last.checksumToSkip(reprocessFor)).orElse(null);
            planned.add(new EditionTask(p.edition(), p.source(), p.archivePath(), previous, null, Instant.now()));
        }
        for (InboxPlan.PlannedProblem p : plan.problems()) {
            planned.add(new EditionTask(null, p.source(), p.path(), null, p.problem(), Instant.now()));
        }
        return List.copyOf(planned);
    }
}
