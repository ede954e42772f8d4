package io.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** One night's inbox mixing every kind of bad and hostile archive with good ones: the good ones all load. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInboxIntegrationTest {

    static final String PAGE = "# 新区召开项目推进会\n\n■通讯员 王 明\n\n本报讯 日前,新区召开重点项目推进会。全年签约项目12个,协议总投资35.6亿元。\n";

    @TempDir
    static Path work;

    private Path warehouse;
    private GazetteProcess.Result run;

    @BeforeAll
    void ingestHostileInbox() throws Exception {
        Path inbox = work.resolve("inbox");
        Path good = inbox.resolve("good");
        TestArchives.write(good.resolve("2024-01-01.zip"), Map.of("p1.txt", utf8(PAGE)));
        TestArchives.write(good.resolve("2024-01-02.tar.gz"), Map.of("p1.txt", PAGE.getBytes(Charset.forName("GB18030"))));

        Path bad = inbox.resolve("bad");
        Files.createDirectories(bad);
        Files.write(bad.resolve("2024-02-01.zip"), random(5000, 1));
        byte[] targz = Files.readAllBytes(good.resolve("2024-01-02.tar.gz"));
        Path truncated = TestArchives.write(bad.resolve("2024-02-02.tar.gz"), Map.of("p1.txt", random(200_000, 2)));
        byte[] full = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(full, full.length / 2));
        TestArchives.write(bad.resolve("2024-02-03.zip"), Map.of());
        TestArchives.write(bad.resolve("2024-02-04.zip"), Map.of("photo.jpg", random(100, 3)));
        TestArchives.write(bad.resolve("2024-02-05.zip"), Map.of("page.txt", random(20_000, 4)));
        byte[] undecodable = new byte[4001];
        for (int i = 0; i + 1 < undecodable.length; i += 2) {
            undecodable[i] = (byte) 0x81;
            undecodable[i + 1] = (byte) 0x20;
        }
        TestArchives.write(bad.resolve("2024-02-06.tar"), Map.of("page.txt", undecodable));
        TestArchives.write(bad.resolve("2024-02-07.zip"), Map.of("page.txt", utf8("经开区".repeat(17_000_000))));
        TestArchives.write(bad.resolve("2024-02-30.zip"), Map.of("p1.txt", utf8(PAGE)));
        TestArchives.write(bad.resolve("2024-03-01.zip"), Map.of("p1.txt", utf8(PAGE)));
        TestArchives.write(bad.resolve("2024-03-01.7z"), Map.of("p1.txt", utf8(PAGE)));
        assertThat(targz).isNotEmpty();

        Path hostile = inbox.resolve("hostile");
        Files.createDirectories(hostile);
        writeTar(hostile.resolve("2024-04-01.tar"), true);
        writeZipBomb(hostile.resolve("2024-04-03.zip"));
        Map<String, byte[]> tiny = new LinkedHashMap<>();
        for (int i = 1; i <= 2000; i++) {
            tiny.put("p" + i + ".txt", utf8("短讯" + i + ":今天天气晴。"));
        }
        TestArchives.write(hostile.resolve("2024-04-04.zip"), tiny);

        warehouse = work.resolve("w.duckdb");
        run = GazetteProcess.run(work, "ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString());
    }

    @Test
    void everyGoodEditionLoadsAndTheRunExitsOne() throws Exception {
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(1);
        assertThat(run.stdout()).contains("4 loaded, 0 unchanged, 11 failed");
        assertThat(query("select count(*) as n from etl_archive where status = 'loaded'")).contains("\"n\":4");
        assertThat(query("select count(distinct date_key) as n from fact_article")).contains("\"n\":4");
    }

    @Test
    void eachFailureIsOneLineNamingTheArchiveAndARejectRow() throws Exception {
        String[] failures = run.stderr().lines().filter(l -> l.startsWith("FAILED ")).toArray(String[]::new);
        assertThat(failures).hasSize(11);
        assertThat(failures).anyMatch(l -> l.contains("bad/2024-02-01.zip") && l.contains("cannot read zip"))
            .anyMatch(l -> l.contains("bad/2024-02-02.tar.gz"))
            .anyMatch(l -> l.contains("bad/2024-02-03.zip") && l.contains("empty"))
            .anyMatch(l -> l.contains("bad/2024-02-04.zip") && l.contains("no text pages"))
            .anyMatch(l -> l.contains("bad/2024-02-05.zip") && l.contains("page.txt"))
            .anyMatch(l -> l.contains("bad/2024-02-06.tar") && l.contains("page.txt"))
            .anyMatch(l -> l.contains("bad/2024-02-07.zip"))
            .anyMatch(l -> l.contains("2024-02-30.zip") && l.contains("impossible"))
            .anyMatch(l -> l.contains("2024-03-01.zip") && l.contains("2 archives"))
            .anyMatch(l -> l.contains("hostile/2024-04-03.zip") && l.contains("ratio"));
        assertThat(query("select count(distinct archive_path) as n from etl_reject"
            + " where stage <> 'archive' or reason = 'unreadable_archive'"))
            .contains("\"n\":11");
        assertThat(query("select entry_name from etl_reject where archive_path = 'bad/2024-02-05.zip'")).contains("page.txt");
        assertThat(query("select count(*) as n from etl_archive where status = 'failed'")).contains("\"n\":11");
    }

    @Test
    void hostileEntryNamesAndLinksAreRejectedAndNothingIsWrittenOutside() throws Exception {
        assertThat(query("select reason, entry_name from etl_reject where archive_path = 'hostile/2024-04-01.tar' order by entry_name"))
            .contains("{\"reason\":\"unsafe_name\",\"entry_name\":\"../../evil.txt\"}")
            .contains("{\"reason\":\"unsafe_name\",\"entry_name\":\"/tmp/absolute-evil.txt\"}")
            .contains("{\"reason\":\"symlink\",\"entry_name\":\"link.txt\"}");
        assertThat(Files.exists(work.resolve("evil.txt"))).isFalse();
        assertThat(Files.exists(work.getParent().resolve("evil.txt"))).isFalse();
        assertThat(Files.exists(Path.of("/tmp/absolute-evil.txt"))).isFalse();
        assertThat(query("select count(*) as n from fact_article a join dim_source s using (source_key)"
            + " where s.source_code = 'hostile' and a.headline = '新区召开项目推进会'")).contains("\"n\":1");
    }

    @Test
    void thousandsOfTinyEntriesLoadInNaturalOrder() throws Exception {
        assertThat(query("select count(distinct page_no) as n from fact_article a join dim_date d using (date_key)"
            + " where d.full_date = DATE '2024-04-04'")).contains("\"n\":2000");
        assertThat(query("select entry_name from fact_article a join dim_date d using (date_key)"
            + " where d.full_date = DATE '2024-04-04' and page_no = 10")).contains("p10.txt");
    }

    @Test
    void dataChecksPassAfterTheHostileNight() throws Exception {
        GazetteProcess.Result check = GazetteProcess.run(work, "check", "--warehouse", warehouse.toString());
        assertThat(check.exitCode()).as(check.stdout()).isZero();
    }

    private String query(String sql) throws Exception {
        return WarehouseReader.json(warehouse, sql);
    }

    private static void writeTar(Path file, boolean withGoodPage) throws Exception {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(file))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            addTar(tar, "../../evil.txt", utf8("越界写入"));
            addTar(tar, "/tmp/absolute-evil.txt", utf8("绝对路径"));
            TarArchiveEntry link = new TarArchiveEntry("link.txt", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("/etc/passwd");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
            if (withGoodPage) {
                addTar(tar, "p1.txt", utf8(PAGE));
            }
        }
    }

    private static void addTar(TarArchiveOutputStream tar, String name, byte[] bytes) throws Exception {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setSize(bytes.length);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    private static void writeZipBomb(Path file) throws Exception {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            zip.putArchiveEntry(new ZipArchiveEntry("page.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeArchiveEntry();
        }
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
