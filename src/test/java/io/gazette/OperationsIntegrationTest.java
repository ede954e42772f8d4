package io.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator relies on: crash safety under SIGKILL, the ingest lock, and analysts' open snapshots. */
class OperationsIntegrationTest {

    @TempDir
    Path work;

    @Test
    void reloadKilledMidwayLeavesThePreviousRowsAndTheNextRunCompletesIt() throws Exception {
        Path inbox = work.resolve("inbox");
        Path archive = inbox.resolve("big").resolve("2024-06-01.zip");
        Path warehouse = work.resolve("w.duckdb");
        TestArchives.write(archive, pages(12));
        assertThat(ingest(inbox, warehouse).exitCode()).isZero();
        String before = fingerprint(warehouse);

        TestArchives.write(archive, pages(13));
        // The crash drill holds the reload's transaction open after all rows are written: SIGKILL lands mid-load.
        Process reload = GazetteProcess.start(work, Map.of("GAZETTE_LOAD_PAUSE_BEFORE_COMMIT", "60s"), "ingest", "--inbox",
            inbox.toString(), "--warehouse", warehouse.toString(), "--source", "big", "--date", "2024-06-01");
        assertThat(GazetteProcess.awaitStderr(reload, "crash drill:", Duration.ofMinutes(2))).as("reload reached its commit").isTrue();
        reload.destroyForcibly().waitFor();
        GazetteProcess.result(reload);

        GazetteProcess.Result check = GazetteProcess.run(work, "check", "--warehouse", warehouse.toString());
        assertThat(check.exitCode()).as("warehouse opens cleanly and passes its checks: " + check.stdout() + check.stderr()).isZero();
        assertThat(fingerprint(warehouse)).as("previous rows complete").isEqualTo(before);

        GazetteProcess.Result finish = GazetteProcess.run(work, "ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString());
        assertThat(finish.exitCode()).as(finish.stderr()).isZero();
        assertThat(finish.stdout()).as("the archive changed, so the nightly run reloads it").contains("1 loaded");
        assertThat(fingerprint(warehouse)).isNotEqualTo(before);
    }

    @Test
    void secondIngestWhileAnIngestIsLoadingExits75() throws Exception {
        Path inbox = work.resolve("inbox");
        TestArchives.write(inbox.resolve("paper").resolve("2024-06-01.zip"), pages(12));
        Path warehouse = work.resolve("w.duckdb");
        Process first = GazetteProcess.start(work, Map.of("GAZETTE_LOAD_PAUSE_BEFORE_COMMIT", "60s"), "ingest", "--inbox",
            inbox.toString(), "--warehouse", warehouse.toString());
        try {
            assertThat(GazetteProcess.awaitStderr(first, "crash drill:", Duration.ofMinutes(2))).isTrue();
            GazetteProcess.Result second = GazetteProcess.run(work, "ingest", "--inbox", inbox.toString(), "--warehouse",
                warehouse.toString());
            assertThat(second.exitCode()).isEqualTo(75);
            assertThat(second.stderr().strip()).contains("try again later").doesNotContain("\n");
        } finally {
            first.destroyForcibly().waitFor();
            GazetteProcess.result(first);
        }
    }

    @Test
    void secondIngestWhileOneRunsExits75AndChangesNothing() throws Exception {
        Path inbox = work.resolve("inbox");
        TestArchives.write(inbox.resolve("paper").resolve("2024-06-01.zip"), pages(12));
        Path warehouse = work.resolve("w.duckdb");
        assertThat(ingest(inbox, warehouse).exitCode()).isZero();
        String before = fingerprint(warehouse);
        Path lockFile = work.resolve("w.duckdb.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            // The lock is held until the end of this block: a second run that waited for it would never return.
            GazetteProcess.Result second = GazetteProcess.run(work, "ingest", "--inbox", inbox.toString(), "--warehouse",
                warehouse.toString(), "--date", "2024-06-01");
            assertThat(second.exitCode()).isEqualTo(75);
            assertThat(second.stderr().strip()).contains("another process").contains("try again later").doesNotContain("\n");
            assertThat(held.isValid()).isTrue();
        }
        assertThat(fingerprint(warehouse)).isEqualTo(before);
    }

    @Test
    void analystHoldingTheSnapshotOpenNeitherBlocksIngestNorSeesAMix() throws Exception {
        Path inbox = work.resolve("inbox");
        Path archive = inbox.resolve("paper").resolve("2024-06-01.zip");
        TestArchives.write(archive, pages(12));
        Path warehouse = work.resolve("w.duckdb");
        assertThat(ingest(inbox, warehouse).exitCode()).isZero();
        Path snapshot = work.resolve("published").resolve("w.duckdb");
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection analyst = DriverManager.getConnection("jdbc:duckdb:" + snapshot, readOnly)) {
            assertThat(value(analyst, "select max(value) from fact_quantity where unit_code = 'item'")).isEqualTo("12.000000");
            TestArchives.write(archive, pages(13));
            GazetteProcess.Result reload = ingest(inbox, warehouse);
            assertThat(reload.exitCode()).as(reload.stderr()).isZero();
            assertThat(value(analyst, "select max(value) from fact_quantity where unit_code = 'item'")).isEqualTo("12.000000");
            assertThat(value(analyst, "select count(*) from fact_article")).isEqualTo("40");
            // The snapshot the analyst reads is the one the next publish would update in place: held, it is not touched.
            TestArchives.write(archive, pages(14));
            GazetteProcess.Result whileHeld = ingest(inbox, warehouse);
            assertThat(whileHeld.stdout()).contains("(copied: ");
            assertThat(value(analyst, "select max(value) from fact_quantity where unit_code = 'item'")).isEqualTo("12.000000");
        }
        try (Connection fresh = DriverManager.getConnection("jdbc:duckdb:" + snapshot, readOnly)) {
            assertThat(value(fresh, "select max(value) from fact_quantity where unit_code = 'item'")).isEqualTo("14.000000");
        }
        TestArchives.write(archive, pages(15));
        GazetteProcess.Result released = ingest(inbox, warehouse);
        assertThat(released.stdout()).contains("(updated: 1 editions replaced)");
        try (Connection fresh = DriverManager.getConnection("jdbc:duckdb:" + snapshot, readOnly)) {
            assertThat(value(fresh, "select max(value) from fact_quantity where unit_code = 'item'")).isEqualTo("15.000000");
        }
        assertThat(WarehouseReader.fingerprint(snapshot)).isEqualTo(WarehouseReader.fingerprint(warehouse));
    }

    @Test
    void ingestWithoutHeapOptionsRunsInASizedJvmThatAStopReaches() throws Exception {
        Path inbox = work.resolve("inbox");
        TestArchives.write(inbox.resolve("paper").resolve("2024-06-01.zip"), pages(12));
        Path warehouse = work.resolve("w.duckdb");
        // The child runs the same ingest as every other test here (they give -Xmx, so they run it in one JVM); what
        // is new is the launch, its options and the stop reaching the child.
        Process launcher = GazetteProcess.startCommand(work, Map.of(),
            GazetteProcess.javaCommandAsUsersTypeIt("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString(),
                "--threads", "2"));
        ProcessHandle sized = null;
        for (int i = 0; i < 400 && sized == null; i++) {
            sized = launcher.descendants().filter(p -> p.info().arguments().map(a -> List.of(a).contains("-Dgazette.sized-jvm=true"))
                .orElse(false)).findFirst().orElse(null);
            Thread.sleep(25);
        }
        assertThat(sized).as("a child JVM sized for the model").isNotNull();
        assertThat(sized.info().arguments().orElseThrow()).contains("-Xmx1200m", "-XX:+UseParallelGC");
        launcher.destroy();
        assertThat(launcher.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(143);
        assertThat(sized.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS).isAlive()).as("the stop reached the child").isFalse();
    }

    @Test
    void failingDataCheckFailsTheIngest() throws Exception {
        Path inbox = work.resolve("inbox");
        TestArchives.write(inbox.resolve("paper").resolve("2024-06-01.zip"), pages(12));
        Path warehouse = work.resolve("w.duckdb");
        assertThat(ingest(inbox, warehouse).exitCode()).isZero();
        try (Connection broken = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
             Statement s = broken.createStatement()) {
            s.execute("delete from dim_date where date_key = 20240601");
        }
        // The run checks the editions it loaded: reloaded, the edition points at a date dim_date lost.
        GazetteProcess.Result run = GazetteProcess.run(work, "ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString(),
            "--date", "2024-06-01");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("CHECK FAILED").contains("040_articles_dated_and_sourced").contains("date_key not in dim_date");
        assertThat(run.stdout()).containsPattern("[1-9] data checks failed");
    }

    @Test
    void unwritableWarehousePathFailsWithOneLine() throws Exception {
        Path inbox = work.resolve("inbox");
        TestArchives.write(inbox.resolve("paper").resolve("2024-06-01.zip"), pages(12));
        Path aFile = Files.writeString(work.resolve("not-a-folder"), "x");
        GazetteProcess.Result run = ingest(inbox, aFile.resolve("w.duckdb"));
        assertThat(run.exitCode()).isIn(1, 64);
        assertThat(run.stderr().strip()).contains("not-a-folder").doesNotContain("\n");
    }

    @Test
    void theJarEnablesNativeAccessSoJava22AndLaterPrintNoWarningBlock() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(Path.of("target/gazette.jar").toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Enable-Native-Access")).isEqualTo("ALL-UNNAMED");
        }
    }

    @Test
    void workingWarehouseHeldOpenByAnotherProgramExits75WithOneLine() throws Exception {
        Path inbox = work.resolve("inbox");
        TestArchives.write(inbox.resolve("paper").resolve("2024-06-01.zip"), pages(1));
        Path warehouse = work.resolve("held.duckdb");
        Process holder = GazetteProcess.startCommand(work, Map.of(), List.of("java", "-cp", System.getProperty("java.class.path"),
            WarehouseHolder.class.getName(), warehouse.toString()));
        try {
            assertThat(GazetteProcess.awaitStdout(holder, "open", Duration.ofMinutes(1))).isTrue();
            GazetteProcess.Result run = ingest(inbox, warehouse);
            assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(75);
            assertThat(run.stderr().strip()).contains("held.duckdb").contains("try again later").doesNotContain("\n");
        } finally {
            holder.destroyForcibly().waitFor();
            GazetteProcess.result(holder);
        }
    }

    private static Map<String, byte[]> pages(int projects) {
        Map<String, byte[]> pages = new LinkedHashMap<>();
        for (int p = 1; p <= 40; p++) {
            StringBuilder page = new StringBuilder("# 第" + p + "版 新区召开项目推进会\n\n■通讯员 王 明\n\n");
            page.append("本报讯 日前,新区召开重点项目推进会。区委书记张建华出席会议并讲话。全年签约项目").append(projects)
                .append("个,协议总投资35.6亿元,同比增长12.5%。\n\n");
            for (int k = 0; k < 30; k++) {
                page.append("张建华强调,要坚持项目为王,加快推进重点项目建设,确保第").append(k).append("季度目标完成,带动就业").append(k * 10 + 5)
                    .append("人。\n\n");
            }
            pages.put("page" + p + ".txt", page.toString().getBytes(StandardCharsets.UTF_8));
        }
        return pages;
    }

    private GazetteProcess.Result ingest(Path inbox, Path warehouse) throws Exception {
        return GazetteProcess.run(work, "ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString());
    }

    private static String fingerprint(Path warehouse) throws Exception {
        return WarehouseReader.fingerprint(warehouse);
    }

    private static String value(Connection connection, String sql) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
