package io.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    static Map<String, byte[]> pages(String place, int projects) {
        Map<String, byte[]> pages = new LinkedHashMap<>();
        for (int p = 1; p <= 8; p++) {
            StringBuilder page = new StringBuilder("# 第" + p + "版 " + place + "召开项目推进会\n\n■通讯员 王 明\n\n");
            page.append("本报讯 日前,").append(place).append("召开重点项目推进会。全年签约项目").append(projects)
                .append("个,协议总投资35.6亿元,同比增长12.5%。\n\n");
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

    private static String shell(List<String> command) {
        return String.join(" ", command.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
    }
}
