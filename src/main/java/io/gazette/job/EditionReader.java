package io.gazette.job;

import io.gazette.archive.ArchiveException;
import io.gazette.archive.Edition;
import io.gazette.archive.InboxProblem;
import io.gazette.archive.InboxScan;
import io.gazette.archive.InboxScanner;
import io.gazette.archive.SourceInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the inbox once and hands out one task per edition: editions to load (new, changed, or named by
 * {@code --date}), unchanged editions to log, and inbox problems to record.
 */
public class EditionReader implements ItemReader<EditionTask> {

    private final IngestSession session;
    private Deque<EditionTask> tasks;

    public EditionReader(IngestSession session) {
        this.session = session;
    }

    @Override
    public EditionTask read() throws IOException, SQLException {
        if (tasks == null) {
            tasks = plan();
            session.report().expect(tasks.size());
        }
        return session.report().stopRequested() ? null : tasks.poll();
    }

    private Deque<EditionTask> plan() throws IOException, SQLException {
        IngestRequest request = session.request();
        Path inbox = request.inbox();
        InboxScan scan = new InboxScanner().scan(inbox);
        Deque<EditionTask> planned = new ArrayDeque<>();
        Map<String, SourceInfo> sources = new HashMap<>();
        Map<String, InboxProblem> badSources = new LinkedHashMap<>();
        for (Edition edition : scan.editions()) {
            if (!wanted(edition.sourceCode(), edition.editionDate(), request)) {
                continue;
            }
            SourceInfo source = source(inbox, edition.sourceCode(), sources, badSources);
            if (source == null) {
                continue;
            }
            String previous = request.forced() ? null
                : session.runLog().loadedChecksum(edition.sourceCode(), edition.editionDate()).orElse(null);
            planned.add(new EditionTask(edition, source, edition.relativePath(inbox), previous, null, Instant.now()));
        }
        List<InboxProblem> problems = new ArrayList<>(badSources.values());
        problems.addAll(scan.problems());
        for (InboxProblem problem : problems) {
            if (wanted(problem, request)) {
                SourceInfo source = sources.getOrDefault(problem.sourceCode(), SourceInfo.unread(problem.sourceCode()));
                planned.add(new EditionTask(null, source, Edition.relativePath(inbox, problem.path()), null, problem, Instant.now()));
            }
        }
        return planned;
    }

    /** The source's description, or null when its source.properties is bad: then its editions wait, one problem says why. */
    private static SourceInfo source(Path inbox, String code, Map<String, SourceInfo> sources, Map<String, InboxProblem> badSources) {
        if (sources.containsKey(code)) {
            return sources.get(code);
        }
        if (badSources.containsKey(code)) {
            return null;
        }
        Path folder = inbox.resolve(code);
        try {
            SourceInfo source = SourceInfo.read(folder);
            sources.put(code, source);
            return source;
        } catch (ArchiveException e) {
            badSources.put(code, new InboxProblem(folder.resolve("source.properties"), code, "bad_source_properties",
                e.getMessage() + "; no edition of " + code + " was loaded"));
            return null;
        }
    }

    private static boolean wanted(String source, java.time.LocalDate date, IngestRequest request) {
        return wantedSource(source, request) && (request.date() == null || request.date().equals(date));
    }

    /** Every problem of the wanted sources in a nightly run; a reload of one date reports those of its sources and its date. */
    private static boolean wanted(InboxProblem problem, IngestRequest request) {
        if (!wantedSource(problem.sourceCode(), request)) {
            return false;
        }
        if (!request.forced() || problem.reason().equals("bad_source_properties") || problem.reason().equals("unreadable_source")) {
            return true;
        }
        return problem.path().getFileName().toString().startsWith(request.date().toString());
    }

    private static boolean wantedSource(String source, IngestRequest request) {
        return request.source() == null || request.source().equals(source);
    }
}
