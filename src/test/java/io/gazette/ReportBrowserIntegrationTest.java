package io.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gazette.warehouse.EditionLoader;
import io.gazette.warehouse.RunLog;
import io.gazette.warehouse.TestEditionsAccess;
import io.gazette.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest in a real browser: headless Chromium (Debian's package; .ci/run installs it) opens the page offline,
 * every chart is drawn and the console shows no error. Skipped where no Chromium is installed.
 */
class ReportBrowserIntegrationTest {

    private static final int CHARTS = 11;

    @TempDir
    Path work;

    @Test
    void everyChartRendersWithNoConsoleError() throws Exception {
        Path chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream().map(Path::of).filter(Files::isExecutable)
            .findFirst().orElse(null);
        assumeTrue(chromium != null, "no Chromium installed");
        Path warehouse = work.resolve("w.duckdb");
        try (Warehouse w = Warehouse.openForWriting(warehouse)) {
            new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1")).load(TestEditionsAccess.edition());
        }
        Path page = work.resolve("digest.html");
        GazetteProcess.Result report = GazetteProcess.run(work, "report", "--warehouse", warehouse.toString(), "--out", page.toString());
        assertThat(report.exitCode()).as(report.stderr()).isZero();

        GazetteProcess.Result browser = GazetteProcess.runCommand(work, List.of(chromium.toString(), "--headless", "--no-sandbox",
            "--disable-gpu", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString()));
        assertThat(browser.exitCode()).as(browser.stderr()).isZero();
        assertThat(browser.stdout()).contains("data-rendered=\"true\"");
        assertThat(Pattern.compile("_echarts_instance_=").matcher(browser.stdout()).results().count()).isEqualTo(CHARTS);
        assertThat(browser.stderr().lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught"))).isEmpty();
    }
}
