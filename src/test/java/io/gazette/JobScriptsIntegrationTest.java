package io.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's scripts and schedules: exit codes and messages on stderr, and cron and systemd files that hold. */
class JobScriptsIntegrationTest {

    private static final Path JOBS = Path.of("jobs").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void aUsageErrorIsPrintedOnStderrWith64() throws Exception {
        GazetteProcess.Result run = script(Map.of(), "rerun-date.sh");
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.stderr().strip()).startsWith("usage: ").contains("SOURCE YYYY-MM-DD").doesNotContain("\n");
    }

    @Test
    void aMissingJarWithoutMavenSaysSoWith69() throws Exception {
        Path bin = Files.createDirectories(work.resolve("bin"));
        for (String tool : List.of("dirname", "date", "mkdir")) {
            Files.createSymbolicLink(bin.resolve(tool), Path.of("/usr/bin", tool).toRealPath());
        }
        GazetteProcess.Result run = script(Map.of("GAZETTE_JAR", work.resolve("none.jar").toString(), "PATH", bin.toString()),
            "nightly.sh");
        assertThat(run.exitCode()).isEqualTo(69);
        assertThat(run.stderr()).contains("mvn is not installed");
    }

    @Test
    void gazettesOneLineErrorReachesStderrAndTheLogWithItsExitCode() throws Exception {
        Path inbox = work.resolve("inbox");
        TestArchives.write(inbox.resolve("paper").resolve("2024-06-01.zip"),
            Map.of("p1.txt", "# 标题\n\n本报讯 正文。\n".getBytes(StandardCharsets.UTF_8)));
        GazetteProcess.Result run = script(Map.of("GAZETTE_JAR", Path.of("target/gazette.jar").toAbsolutePath().toString(),
            "GAZETTE_INBOX", inbox.toString(), "GAZETTE_JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1"), "rerun-date.sh", "paper",
            "2024-06-02");
        assertThat(run.exitCode()).isEqualTo(66);
        assertThat(run.stderr().strip()).isEqualTo("gazette: nothing to load: no archive of source paper dated 2024-06-02 in " + inbox
            + "; nothing published");
        try (var logs = Files.list(work.resolve("logs"))) {
            String log = Files.readString(logs.filter(f -> f.getFileName().toString().startsWith("rerun-")).findFirst().orElseThrow());
            assertThat(log).contains("nothing to load").contains("exit 66");
        }
    }

    @Test
    void aBackfillLoadsItsRangeInOneRunAndPublishesOnce() throws Exception {
        Path inbox = work.resolve("inbox");
        for (String date : List.of("2024-05-31", "2024-06-01", "2024-06-02")) {
            TestArchives.write(inbox.resolve("paper").resolve(date + ".zip"),
                Map.of("p1.txt", ("# 标题" + date + "\n\n本报讯 正文。\n").getBytes(StandardCharsets.UTF_8)));
        }
        GazetteProcess.Result run = script(Map.of("GAZETTE_JAR", Path.of("target/gazette.jar").toAbsolutePath().toString(),
            "GAZETTE_INBOX", inbox.toString(), "GAZETTE_JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1"), "backfill.sh", "2024-06-01",
            "2024-06-30");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        String log;
        try (var logs = Files.list(work.resolve("logs"))) {
            log = Files.readString(logs.filter(f -> f.getFileName().toString().startsWith("backfill-")).findFirst().orElseThrow());
        }
        assertThat(log).contains("ingest --from 2024-06-01 --to 2024-06-30").contains("2 loaded, 0 unchanged, 0 failed")
            .containsOnlyOnce("; published ");
        assertThat(WarehouseReader.value(work.resolve("warehouse").resolve("gazette.duckdb"), "select count(*) from fact_article"))
            .isEqualTo("2");
    }

    @Test
    void cronLinesGiveUpWith75OnOverlapAndNameScriptsThatExist() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("cron/gazette.crontab")).stream().filter(l -> l.endsWith("# gazette")).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            assertThat(line.split("\\s+", 6)).as("five time fields and a command: " + line).hasSize(6);
            assertThat(String.join(" ", java.util.Arrays.copyOf(line.split("\\s+"), 5))).matches("([0-9*,/-]+ ){4}[0-9*,/-]+");
            assertThat(line).contains("flock -n -E 75 ");
            String script = line.replaceAll(".*/opt/gazette/(jobs/\\S+).*", "$1");
            assertThat(Path.of(script)).isExecutable();
        });
    }

    @Test
    void systemdUnitsRunTheNightlyScriptOnAPersistentTimerAndReportFailures() throws Exception {
        String service = Files.readString(Path.of("cron/systemd/gazette-nightly.service"));
        String timer = Files.readString(Path.of("cron/systemd/gazette-nightly.timer"));
        assertThat(service).contains("ExecStart=/opt/gazette/jobs/nightly.sh").contains("OnFailure=gazette-failure@%n.service")
            .contains("StandardError=journal").contains("SuccessExitStatus=75").contains("Environment=GAZETTE_HOME=/opt/gazette");
        assertThat(timer).contains("Persistent=true").contains("OnCalendar=").contains("WantedBy=timers.target");
        assertThat(Path.of("cron/systemd/gazette-failure@.service")).exists();
        try (var units = Files.list(Path.of("cron/systemd"))) {
            for (Path unit : units.toList()) {
                assertThat(Files.readAllLines(unit)).as(unit.toString()).allSatisfy(line -> assertThat(line)
                    .matches("|#.*|\\[(Unit|Service|Timer|Install)\\]|[A-Za-z]+=.*"));
            }
        }
        assertThat(JOBS.resolve("nightly.sh")).isExecutable();
    }

    private GazetteProcess.Result script(Map<String, String> env, String name, String... args) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(Map.of("GAZETTE_HOME", work.toString(), "GAZETTE_LOG_DIR",
            work.resolve("logs").toString()));
        all.putAll(env);
        List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", JOBS.resolve(name).toString()));
        command.addAll(List.of(args));
        return GazetteProcess.runCommand(work, all, command);
    }
}
