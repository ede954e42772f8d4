package io.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile operator's night, round two: a disk that fills, stale analyst WALs, one bad input, removals. */
class ReliabilityIntegrationTest {

    @TempDir
    Path work;

    @Test
    void reloadOnAFullDiskRollsBackNamesTheCauseAndTheNextRunRetriesIt() throws Exception {
        Path inbox = work.resolve("inbox");
        TestArchives.write(inbox.resolve("paper").resolve("2024-06-01.zip"), pages("开发区", 12));
        Path seed = work.resolve("seed").resolve("w.duckdb");
        assertThat(ingest(inbox, seed).exitCode()).isZero();
        String before = WarehouseReader.fingerprint(seed);

        // A private tmpfs a few KB larger than the warehouse: the reload's commit cannot be written.
        Path full = Files.createDirectories(work.resolve("full"));
        Path after = Files.createDirectories(work.resolve("after"));
        long sizeKb = Files.size(seed) / 1024 + 24;
        String drill = String.join("; ",
            "mount -t tmpfs -o size=" + sizeKb + "k tmpfs '" + full + "'",
            "cp '" + seed + "' '" + full + "/'",
            shell(GazetteProcess.javaCommand("ingest", "--inbox", inbox.toString(), "--warehouse", full.resolve("w.duckdb").toString(),
                "--date", "2024-06-01")),
            "rc=$?",
            "cp " + full + "/w.duckdb* '" + after + "/'",
            "exit $rc");
        GazetteProcess.Result reload = GazetteProcess.runCommand(work,
            List.of("unshare", "--map-root-user", "--mount", "sh", "-c", drill));

        assertThat(reload.exitCode()).as(reload.stdout() + reload.stderr()).isEqualTo(1);
        assertThat(reload.stderr()).contains("FAILED paper/2024-06-01.zip").contains("No space left on device");
        assertThat(reload.stderr().lines().filter(l -> l.contains("FAILED"))).hasSize(1);
        Path warehouse = after.resolve("w.duckdb");
        assertThat(WarehouseReader.fingerprint(warehouse)).as("the previous rows of the edition stand").isEqualTo(before);
        assertThat(WarehouseReader.value(warehouse, "select status || ': ' || message from etl_archive order by finished_at desc limit 1"))
            .startsWith("failed: ").contains("No space left on device").doesNotContain("\n");

        GazetteProcess.Result nextNight = ingest(inbox, warehouse);
        assertThat(nextNight.exitCode()).as(nextNight.stderr()).isZero();
        assertThat(nextNight.stdout()).as("a failed load is retried, not skipped as unchanged").contains("1 loaded, 0 unchanged");
        assertThat(WarehouseReader.fingerprint(warehouse)).isEqualTo(before);
    }

    @Test
    void staleWalOfACrashedReadWriteSessionNeverReachesTheNextSnapshot() throws Exception {
        Path inbox = work.resolve("inbox");
        Path archive = inbox.resolve("paper").resolve("2024-06-01.zip");
        TestArchives.write(archive, pages("开发区", 12));
        Path warehouse = work.resolve("w.duckdb");
        assertThat(ingest(inbox, warehouse).exitCode()).isZero();
        Path snapshot = work.resolve("published").resolve("w.duckdb");
        assertThat(Files.isWritable(snapshot) && !"root".equals(System.getProperty("user.name")))
            .as("the snapshot is read-only on disk").isFalse();
        assertThat(Files.getPosixFilePermissions(snapshot)).noneMatch(p -> p.name().contains("WRITE"));

        // An analyst's tool (as root, or after a chmod) opens the snapshot read-write, changes it and crashes.
        snapshot.toFile().setWritable(true);
        Process analyst = GazetteProcess.startCommand(work, Map.of(), List.of("java", "-cp", System.getProperty("java.class.path"),
            AnalystSession.class.getName(), snapshot.toString()));
        assertThat(GazetteProcess.awaitStdout(analyst, "written", Duration.ofMinutes(1))).isTrue();
        analyst.destroyForcibly().waitFor();
        GazetteProcess.result(analyst);
        assertThat(work.resolve("published").resolve("w.duckdb.wal")).exists();

        TestArchives.write(archive, pages("开发区", 13));
        GazetteProcess.Result next = ingest(inbox, warehouse);
        assertThat(next.exitCode()).as(next.stderr()).isZero();
        assertThat(next.stderr()).contains("set aside").contains("read-only");
        assertThat(work.resolve("published").resolve("w.duckdb.wal")).doesNotExist();
        assertThat(work.resolve("published").resolve("stale-wal")).isDirectoryContaining("glob:**/w.duckdb.*.wal");
        assertThat(WarehouseReader.fingerprint(snapshot)).as("the snapshot is the working warehouse, nothing replayed")
            .isEqualTo(WarehouseReader.fingerprint(warehouse));
        assertThat(WarehouseReader.value(snapshot, "select count(*) from fact_article where headline like 'changed%'")).isEqualTo("0");
    }

    @Test
    void badSourceDescriptionsUnreadableFoldersPipesAndDateTyposFailOnlyThemselves() throws Exception {
        Path inbox = work.resolve("inbox");
        TestArchives.write(inbox.resolve("good").resolve("2024-06-01.zip"), pages("开发区", 12));
        TestArchives.write(inbox.resolve("winpath").resolve("2024-06-01.zip"), pages("高新区", 12));
        Files.writeString(inbox.resolve("winpath").resolve("source.properties"),
            "name=江淮日报\nregion=C:\\users\\gazette\\u12g\\淮安\n", StandardCharsets.UTF_8);
        TestArchives.write(inbox.resolve("gbk").resolve("2024-06-01.zip"), pages("新城区", 12));
        Files.write(inbox.resolve("gbk").resolve("source.properties"),
            "name=江淮晚报\nregion=安徽省合肥市\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        TestArchives.write(inbox.resolve("binary").resolve("2024-06-01.zip"), pages("老城区", 12));
        Files.write(inbox.resolve("binary").resolve("source.properties"), new java.util.Random(7).ints(3000, 0, 256)
            .collect(java.io.ByteArrayOutputStream::new, (o, b) -> o.write(b), (a, b) -> { }).toByteArray());
        Path locked = inbox.resolve("locked");
        TestArchives.write(locked.resolve("2024-06-01.zip"), pages("新区", 12));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        Files.createDirectories(inbox.resolve("fifo"));
        assertThat(new ProcessBuilder("mkfifo", inbox.resolve("fifo").resolve("2024-06-01.zip").toString()).start().waitFor()).isZero();
        TestArchives.write(inbox.resolve("typo").resolve("2204-06-01.zip"), pages("湖区", 12));

        Path warehouse = work.resolve("w.duckdb");
        // Root reads any folder: drop the file-permission capabilities so the locked folder is unreadable here too.
        GazetteProcess.Result run = GazetteProcess.runCommand(work, withoutFilePermissionOverride(GazetteProcess.javaCommand(
            "ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString())));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(1);
        assertThat(run.stdout()).contains("3 loaded, 0 unchanged, 4 failed");
        List<String> failures = run.stderr().lines().filter(l -> l.startsWith("FAILED")).toList();
        assertThat(failures).hasSize(4);
        assertThat(run.stderr().lines().filter(l -> !l.isBlank() && !l.startsWith("FAILED")).toList()).isEmpty();
        assertThat(failures).anySatisfy(l -> assertThat(l).contains("binary/source.properties").contains("no edition of binary"));
        assertThat(failures).anySatisfy(l -> assertThat(l).contains("locked").contains("cannot list source folder"));
        assertThat(failures).anySatisfy(l -> assertThat(l).contains("fifo/2024-06-01.zip").contains("not a regular file"));
        assertThat(failures).anySatisfy(l -> assertThat(l).contains("typo/2204-06-01.zip").contains("a typo?"));
        assertThat(WarehouseReader.rows(warehouse, "select source_code || '=' || source_name || '@' || region from dim_source order by 1"))
            .contains("gbk=江淮晚报@安徽省合肥市", "winpath=江淮日报@C:\\users\\gazette\\u12g\\淮安");
        assertThat(WarehouseReader.value(warehouse, "select count(distinct archive_path) from etl_reject")).isEqualTo("4");
        assertThat(GazetteProcess.run(work, "check", "--warehouse", warehouse.toString()).exitCode()).isZero();
    }

    @Test
    void removeDeletesOneEditionInOneTransactionLogsItAndKeepsItRemoved() throws Exception {
        Path inbox = work.resolve("inbox");
        TestArchives.write(inbox.resolve("paper").resolve("1999-01-05.zip"), pages("开发区", 12));
        TestArchives.write(inbox.resolve("paper").resolve("1999-01-06.zip"), pages("高新区", 14));
        Path warehouse = work.resolve("w.duckdb");
        GazetteProcess.Result first = ingest(inbox, warehouse);
        assertThat(first.exitCode()).as("a 1999 page naming a 2035 target passes the checks: " + first.stderr()).isZero();
        String before = WarehouseReader.fingerprint(warehouse);

        GazetteProcess.Result dryRun = GazetteProcess.run(work, "remove", "--warehouse", warehouse.toString(), "--source", "paper",
            "--date", "1999-01-05");
        assertThat(dryRun.exitCode()).isEqualTo(64);
        assertThat(dryRun.stderr().strip()).contains("would remove 8 articles").contains("--yes").doesNotContain("\n");
        assertThat(WarehouseReader.fingerprint(warehouse)).isEqualTo(before);

        GazetteProcess.Result removed = GazetteProcess.run(work, "remove", "--warehouse", warehouse.toString(), "--source", "paper",
            "--date", "1999-01-05", "--yes");
        assertThat(removed.exitCode()).as(removed.stderr()).isZero();
        assertThat(WarehouseReader.rows(warehouse, "select date_key, count(*) from fact_article group by 1")).containsExactly("19990106|8");
        assertThat(WarehouseReader.value(warehouse, "select count(*) from fact_term where date_key = 19990105")).isEqualTo("0");
        assertThat(WarehouseReader.value(warehouse, "select status || ' ' || articles from etl_archive order by finished_at desc limit 1"))
            .isEqualTo("removed 8");
        assertThat(WarehouseReader.value(work.resolve("published").resolve("w.duckdb"),
            "select count(*) from fact_article where date_key = 19990105")).isEqualTo("0");

        GazetteProcess.Result nightly = ingest(inbox, warehouse);
        assertThat(nightly.stdout()).as("the same archive does not come back by itself").contains("0 loaded, 2 unchanged");
        GazetteProcess.Result again = GazetteProcess.run(work, "remove", "--warehouse", warehouse.toString(), "--source", "paper",
            "--date", "1999-01-05", "--yes");
        assertThat(again.exitCode()).isEqualTo(66);
        assertThat(ingest(inbox, warehouse, "--date", "1999-01-05").exitCode()).isZero();
        assertThat(WarehouseReader.fingerprint(warehouse)).isEqualTo(before);
    }

    @Test
    void sigtermFinishesTheEditionUnderWayPublishesAndExits143() throws Exception {
        Path inbox = work.resolve("inbox");
        for (int day = 1; day <= 4; day++) {
            TestArchives.write(inbox.resolve("paper").resolve("2024-06-0" + day + ".zip"), pages("开发区", 10 + day));
        }
        Path warehouse = work.resolve("w.duckdb");
        Process run = GazetteProcess.start(work, Map.of("GAZETTE_LOAD_PAUSE_BEFORE_COMMIT", "3s"), "ingest", "--inbox",
            inbox.toString(), "--warehouse", warehouse.toString(), "--threads", "1");
        assertThat(GazetteProcess.awaitStderr(run, "crash drill:", Duration.ofMinutes(2))).isTrue();
        run.destroy();
        assertThat(run.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        GazetteProcess.Result result = GazetteProcess.result(run);

        assertThat(result.exitCode()).isEqualTo(143);
        assertThat(result.stderr()).contains("stop requested");
        assertThat(result.stdout()).containsPattern("ingest: [12] loaded, 0 unchanged, 0 failed, stopped with [23] editions not started")
            .contains("published");
        long loaded = Long.parseLong(WarehouseReader.value(warehouse, "select count(*) from etl_archive where status = 'loaded'"));
        assertThat(loaded).isBetween(1L, 2L);
        Path snapshot = work.resolve("published").resolve("w.duckdb");
        assertThat(WarehouseReader.value(snapshot, "select count(distinct date_key) from fact_article")).isEqualTo(String.valueOf(loaded));
    }

    @Test
    void editionTooBigForTheHeapFailsAloneAndTheNextEditionLoads() throws Exception {
        Path inbox = work.resolve("inbox");
        java.util.Random random = new java.util.Random(11);
        Map<String, byte[]> huge = new LinkedHashMap<>();
        for (int page = 1; page <= 4; page++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 10_000_000) {
                for (int i = 0; i < 80; i++) {
                    text.append((char) (0x4E00 + random.nextInt(0x5000)));
                }
                text.append("。\n");
            }
            huge.put("page" + page + ".txt", text.toString().getBytes(StandardCharsets.UTF_8));
        }
        // A 320 MB heap holds HanLP and an ordinary edition, not 120 MB of text read and decoded: the edition before
        // the big one loads, the one after shows the run goes on once the big edition's memory is released.
        TestArchives.write(inbox.resolve("a-before").resolve("2024-06-01.zip"), pages("开发区", 12));
        TestArchives.write(inbox.resolve("b-big").resolve("2024-06-01.zip"), huge);
        huge.clear();
        TestArchives.write(inbox.resolve("c-after").resolve("2024-06-01.zip"), pages("高新区", 12));
        Path warehouse = work.resolve("w.duckdb");
        GazetteProcess.Result run = GazetteProcess.runCommand(work, GazetteProcess.javaCommandWithHeap("320m", "ingest", "--inbox",
            inbox.toString(), "--warehouse", warehouse.toString(), "--threads", "1"));

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(1);
        assertThat(run.stdout()).contains("2 loaded, 0 unchanged, 1 failed");
        assertThat(run.stderr().lines().filter(l -> l.startsWith("FAILED")))
            .singleElement().asString().contains("b-big/2024-06-01.zip").contains("too big for the heap");
        assertThat(WarehouseReader.value(warehouse, "select reason from etl_reject")).isEqualTo("out_of_memory");
    }

    static Map<String, byte[]> pages(String place, int projects) {
        Map<String, byte[]> pages = new LinkedHashMap<>();
        for (int p = 1; p <= 8; p++) {
            StringBuilder page = new StringBuilder("# 第" + p + "版 " + place + "召开项目推进会\n\n■通讯员 王 明\n\n");
            page.append("本报讯 日前,").append(place).append("召开重点项目推进会。全年签约项目").append(projects)
                .append("个,协议总投资35.6亿元,同比增长12.5%。力争到2035年建成现代化新城区。\n\n");
            for (int k = 0; k < 30; k++) {
                page.append("会议强调,要加快推进重点项目建设,确保第").append(k).append("批项目按期开工,带动就业").append(k * 10 + 5)
                    .append("人。\n\n");
            }
            pages.put("page" + p + ".txt", page.toString().getBytes(StandardCharsets.UTF_8));
        }
        return pages;
    }

    private GazetteProcess.Result ingest(Path inbox, Path warehouse, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString()));
        args.addAll(List.of(more));
        return GazetteProcess.run(work, args.toArray(String[]::new));
    }

    /** As root, the command runs without the capabilities that let root read any file; as anyone else, unchanged. */
    private static List<String> withoutFilePermissionOverride(List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> wrapped = new java.util.ArrayList<>(List.of("setpriv", "--inh-caps=-dac_override,-dac_read_search",
            "--bounding-set=-dac_override,-dac_read_search"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static String shell(List<String> command) {
        return String.join(" ", command.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
    }
}
