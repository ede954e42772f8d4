package io.gazette.job;

import io.gazette.archive.ArchiveException;
import io.gazette.archive.ArchiveReader;
import io.gazette.archive.Edition;
import io.gazette.archive.InboxProblem;
import io.gazette.archive.InboxScan;
import io.gazette.archive.InboxScanner;
import io.gazette.archive.SourceInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
        return tasks.poll();
    }

    private Deque<EditionTask> plan() throws IOException, SQLException {
        IngestRequest request = session.request();
        Path inbox = request.inbox();
        InboxScan scan = new InboxScanner().scan(inbox);
        Deque<EditionTask> planned = new ArrayDeque<>();
        Map<String, SourceInfo> sources = new HashMap<>();
        for (Edition edition : scan.editions()) {
            if (!wanted(edition.sourceCode(), edition.editionDate(), request)) {
                continue;
            }
            SourceInfo source = sources.computeIfAbsent(edition.sourceCode(), code -> readSource(inbox.resolve(code)));
            String unchanged = request.forced() ? null : unchangedChecksum(edition).orElse(null);
            planned.add(new EditionTask(edition, source, edition.relativePath(inbox), unchanged, null, Instant.now()));
        }
        for (InboxProblem problem : scan.problems()) {
            if (wanted(problem, request)) {
                SourceInfo source = readSource(inbox.resolve(problem.sourceCode()));
                planned.add(new EditionTask(null, source, Edition.relativePath(inbox, problem.path()), null, problem, Instant.now()));
            }
        }
        return planned;
    }

    private static boolean wanted(String source, java.time.LocalDate date, IngestRequest request) {
        return wantedSource(source, request) && (request.date() == null || request.date().equals(date));
    }

    /** Every problem of the wanted sources in a nightly run; a reload of one date reports two archives claiming it. */
    private static boolean wanted(InboxProblem problem, IngestRequest request) {
        if (!wantedSource(problem.sourceCode(), request)) {
            return false;
        }
        return !request.forced() || problem.reason().equals("duplicate_edition")
            && problem.path().getFileName().toString().startsWith(request.date().toString());
    }

    private static boolean wantedSource(String source, IngestRequest request) {
        return request.source() == null || request.source().equals(source);
    }

    private Optional<String> unchangedChecksum(Edition edition) throws SQLException {
        Optional<String> previous = session.runLog().loadedChecksum(edition.sourceCode(), edition.editionDate());
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        try {
            String current = ArchiveReader.checksum(edition);
            return current.equals(previous.get()) ? Optional.of(current) : Optional.empty();
        } catch (ArchiveException e) {
            // An unreadable archive is not unchanged: the processor will fail it with the reason.
            return Optional.empty();
        }
    }

    private static SourceInfo readSource(Path folder) {
        try {
            return SourceInfo.read(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder.resolve("source.properties"), e);
        }
    }
}
