package io.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.warehouse.EditionLoader;
import io.gazette.warehouse.RunLog;
import io.gazette.warehouse.TestEditionsAccess;
import io.gazette.warehouse.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette report} in-process: one self-contained page with the period's data and the charting script. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void theDigestIsOneOfflinePageWithThePeriodsDataAndTheChartingScript() throws Exception {
        Path warehouse = dir.resolve("w.duckdb");
        try (Warehouse w = Warehouse.openForWriting(warehouse)) {
            new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1")).load(TestEditionsAccess.edition());
        }
        ReportCommand command = command(warehouse);
        assertThat(run(command)).isZero();
        Path page = dir.resolve("reports").resolve("digest-2024-01-10.html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("editions dated 2023-12-12 – 2024-01-10").contains("\"source\":\"报纸\",\"editions\":1,\"articles\":1")
            .contains("\"name\":\"淮安经济技术开发区\"").contains("echarts.init").doesNotContain("<script src=")
            .contains("\"counties\":[{\"month\":\"2024-01\",\"name\":\"淮安经济技术开发区（江苏省）\",\"articles\":1}]");
        assertThat(html.length()).as("the charting script is inlined").isGreaterThan(900_000);
    }

    @Test
    void aWarehouseWithNoEditionHasNothingToReport() throws Exception {
        Path warehouse = dir.resolve("empty.duckdb");
        Warehouse.openForWriting(warehouse).close();
        assertThat(run(command(warehouse))).isEqualTo(ExitCodes.NO_INPUT);
    }

    private ReportCommand command(Path warehouse) {
        ReportCommand command = new ReportCommand(new GazetteProperties(dir.resolve("inbox"), warehouse, 1));
        command.warehouse = warehouse;
        return command;
    }

    private static int run(ReportCommand command) throws Exception {
        return CommandRun.of(command).code();
    }
}
