package io.gazette.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress lines and the run's pace, on a clock the test moves. */
class RunReportTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final RunReport report = new RunReport(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new StopSignal(), now::get);

    @Test
    void aLongRunSaysOnEachLineHowLongItHasRunAndHowLongIsLeftAtThePaceSinceTheFirstEdition() {
        report.expect(20);
        now.set(30 * SECOND);
        report.loaded("paper/2024-06-01.zip", "2 pages (900 ms)", 5_000);
        now.set(60 * SECOND);
        report.skipped("paper/2024-06-02.zip");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
            "[1/20] paper/2024-06-01.zip loaded: 2 pages (900 ms); 30 s elapsed",
            "[2/20] paper/2024-06-02.zip unchanged, skipped; 1 min 0 s elapsed, about 9 min 0 s left");
        assertThat(report.throughput()).isEqualTo("5000 characters in 1 min 0 s, 83 characters/s");
    }

    @Test
    void countsSayOneForOne() {
        assertThat(EditionWriter.count(1, "page")).isEqualTo("1 page");
        assertThat(EditionWriter.count(3, "article")).isEqualTo("3 articles");
    }

    @Test
    void aShortRunPrintsEachEditionsOwnLineOnly() {
        report.expect(2);
        now.set(2 * SECOND);
        report.loaded("paper/2024-06-01.zip", "1 page (700 ms)", 1_000);
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("[1/2] paper/2024-06-01.zip loaded: 1 page (700 ms)");
        assertThat(RunReport.duration(3 * 3600 * SECOND + 120 * SECOND)).isEqualTo("3 h 2 min");
    }
}
