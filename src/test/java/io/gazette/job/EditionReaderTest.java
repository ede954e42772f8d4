package io.gazette.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.TestArchives;
import io.gazette.archive.InboxPlan;
import io.gazette.warehouse.ArchiveOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning a run: which editions, which problems, and which checksums to compare against. */
class EditionReaderTest {

    @TempDir
    Path dir;

    @Test
    void everyEditionAndProblemIsPlannedWithTheChecksumOfItsLastLoad() throws Exception {
        // A source whose description cannot be read is one problem, naming the file; its editions wait.
        Path inbox = inbox();
        try (IngestSession session = session(new IngestRequest(inbox, dir.resolve("w.duckdb"), InboxPlan.Selection.nightly(null), 1))) {
            session.runLog().archive(new ArchiveOutcome("a-paper/2024-06-01.zip", "a-paper", LocalDate.of(2024, 6, 1), "abc",
                ArchiveOutcome.Status.LOADED, 1, 1, Instant.now(), null));
            List<EditionTask> tasks = readAll(new EditionReader(session));
            assertThat(tasks).extracting(EditionTask::archivePath)
                .containsExactlyInAnyOrder("a-paper/2024-06-01.zip", "a-paper/2024-06-02.zip", "b-paper/2024-06-01.zip",
                    "c-bad/source.properties");
            assertThat(tasks).filteredOn(t -> t.archivePath().equals("a-paper/2024-06-01.zip")).singleElement()
                .extracting(EditionTask::previousSha256).isEqualTo("abc");
            assertThat(tasks).filteredOn(t -> t.archivePath().equals("a-paper/2024-06-02.zip")).singleElement()
                .extracting(EditionTask::previousSha256).isNull();
            assertThat(tasks).filteredOn(t -> t.problem() != null).singleElement()
                .satisfies(t -> assertThat(t.problem().reason()).isEqualTo("bad_source_properties"));
        }
    }

    @Test
    void aReloadOfOneDatePlansThatDateOnlyAndComparesNoChecksum() throws Exception {
        Path inbox = inbox();
        InboxPlan.Selection oneDate = InboxPlan.Selection.date("a-paper", LocalDate.of(2024, 6, 1));
        IngestRequest reload = new IngestRequest(inbox, dir.resolve("w.duckdb"), oneDate, 1);
        try (IngestSession session = session(reload)) {
            List<EditionTask> tasks = readAll(new EditionReader(session));
            assertThat(tasks).extracting(EditionTask::archivePath).containsExactly("a-paper/2024-06-01.zip");
            assertThat(tasks.get(0).previousSha256()).isNull();
        }
    }

    @Test
    void reprocessingReloadsWhatAnotherAnalysisVersionLoadedAndNothingElse() throws Exception {
        Path inbox = inbox();
        IngestRequest reprocess = new IngestRequest(inbox, dir.resolve("w.duckdb"), InboxPlan.Selection.nightly("a-paper"), 1, true);
        try (IngestSession session = session(reprocess)) {
            session.runLog().archive(new ArchiveOutcome("a-paper/2024-06-01.zip", "a-paper", LocalDate.of(2024, 6, 1), "abc",
                ArchiveOutcome.Status.LOADED, 1, 1, Instant.now(), null, "v1"));
            session.runLog().archive(new ArchiveOutcome("a-paper/2024-06-02.zip", "a-paper", LocalDate.of(2024, 6, 2), "def",
                ArchiveOutcome.Status.LOADED, 1, 1, Instant.now(), null, "v2"));
            assertThat(session.runLog().editionsOfOtherVersions("v2")).isEqualTo(1);
            List<EditionTask> tasks = readAll(new EditionReader(session));
            assertThat(tasks).filteredOn(t -> t.archivePath().equals("a-paper/2024-06-01.zip")).singleElement()
                .extracting(EditionTask::previousSha256).as("loaded by v1: analysed again whatever its checksum").isNull();
            assertThat(tasks).filteredOn(t -> t.archivePath().equals("a-paper/2024-06-02.zip")).singleElement()
                .extracting(EditionTask::previousSha256).as("loaded by this version: skipped if unchanged").isEqualTo("def");
        }
    }

    private Path inbox() throws Exception {
        Path inbox = dir.resolve("inbox");
        Map<String, byte[]> page = Map.of("p1.txt", "# 标题\n\n本报讯 正文。\n".getBytes(StandardCharsets.UTF_8));
        TestArchives.write(inbox.resolve("a-paper").resolve("2024-06-01.zip"), page);
        TestArchives.write(inbox.resolve("a-paper").resolve("2024-06-02.zip"), page);
        TestArchives.write(inbox.resolve("b-paper").resolve("2024-06-01.zip"), page);
        TestArchives.write(inbox.resolve("c-bad").resolve("2024-06-01.zip"), page);
        Files.write(inbox.resolve("c-bad").resolve("source.properties"), new byte[] {0, 1, 2, (byte) 0xFF, 0});
        return inbox;
    }

    private static IngestSession session(IngestRequest request) throws Exception {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        IngestSession session = new IngestSession(request, "test-run", new RunReport(quiet, quiet, new StopSignal()), "v2");
        session.open();
        return session;
    }

    private static List<EditionTask> readAll(EditionReader reader) throws Exception {
        List<EditionTask> tasks = new ArrayList<>();
        for (EditionTask t = reader.read(); t != null; t = reader.read()) {
            tasks.add(t);
        }
        return tasks;
    }
}
