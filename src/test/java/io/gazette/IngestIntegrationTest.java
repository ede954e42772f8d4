package io.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real jar on the sample inbox and on archives of every format built here. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestIntegrationTest {

    private static final String PAGE = """
        # 新区召开项目推进会

        ■通讯员 王 明

        本报讯 3月5日,新区召开重点项目推进会。区委书记张建华出席会议并讲话。全年签约项目12个,协议总投资35.6亿元。

        ## 街道开展志愿服务

        本报讯(记者 李华 通讯员 赵小刚) 近日,城东街道组织300余名志愿者开展环境整治。
        """;

    @TempDir
    static Path work;

    private Path inbox;
    private Path warehouse;
    private GazetteProcess.Result firstRun;
    private Path structural;

    @BeforeAll
    void loadSampleInbox() throws Exception {
        inbox = work.resolve("inbox");
        copyTree(Path.of("warehouse", "inbox"), inbox);
        warehouse = work.resolve("w").resolve("gazette.duckdb");
        firstRun = GazetteProcess.run(work, GazetteProcess.WITH_NAME_MODEL, "ingest", "--inbox", inbox.toString(), "--warehouse",
            warehouse.toString());
    }

    /**
     * The sample inbox loaded without the name model, once, for the tests of reruns: they compare a warehouse with
     * itself, which names do not change, and a rerun without the model costs seconds instead of half a minute.
     */
    private synchronized Path structural() throws Exception {
        if (structural == null) {
            structural = work.resolve("s").resolve("gazette.duckdb");
            GazetteProcess.Result run = gazette("ingest", "--inbox", inbox.toString(), "--warehouse", structural.toString());
            assertThat(run.exitCode()).as(run.stderr()).isZero();
        }
        return structural;
    }

    @Test
    void sampleInboxLoadsAllThreeEditions() throws Exception {
        assertThat(firstRun.exitCode()).as(firstRun.stderr()).isZero();
        assertThat(firstRun.stdout()).contains("[3/3]").contains("3 loaded, 0 unchanged, 0 failed");
        assertThat(query("select count(distinct archive_path) as n from etl_archive where status = 'loaded'")).contains("\"n\":3");
        assertThat(query("select count(distinct date_key) as n from fact_article")).contains("\"n\":3");
        assertThat(query("select count(*) as n from fact_quantity")).doesNotContain("\"n\":0");
        assertThat(Files.exists(work.resolve("w").resolve("published").resolve("gazette.duckdb"))).isTrue();
    }

    @Test
    void amountsAndDatesAreNormalised() throws Exception {
        assertThat(query("select value, unit_code, base_value, qualifier, indicator from fact_quantity where text = '480亿元'"))
            .contains("\"value\":48000000000,\"unit_code\":\"CNY\",\"base_value\":48000000000,\"qualifier\":\"exact\"")
            .contains("\"indicator\":\"地区生产总值\"");
        assertThat(query("select value, unit_code from fact_quantity where text = '2.3万平方米'")).contains("\"value\":23000");
        assertThat(query("select qualifier from fact_quantity where text = '300余名'")).contains("over");
        assertThat(query("select event_date from fact_article where headline = '经开区2024年度工作会议召开'")).contains("2024-01-07");
        assertThat(query("select resolved_date, granularity from fact_date_mention where text = '去年'")).doesNotContain("2024-01-01");
        assertThat(query("select count(*) as n from fact_date_mention where text = '1月7日' and resolved_date = DATE '2024-01-07'"))
            .doesNotContain("\"n\":0");
    }

    @Test
    void peopleOrganisationsAndTitlesAreFound() throws Exception {
        assertThat(query("select entity_type from dim_entity where canonical_name = '徐子佳'")).contains("PERSON");
        assertThat(query("select count(*) as n from dim_entity where entity_type = 'PERSON' and canonical_name in"
            + " ('经开区', '创文', '厚植', '施策', '向好', '淮安经济技术开发区')")).contains("\"n\":0");
        assertThat(query("select e.canonical_name from dim_entity_alias a join dim_entity e using (entity_key) where a.alias = '经开区'"))
            .contains("淮安经济技术开发区");
        assertThat(query("select t.title, o.canonical_name as org from fact_person_title t"
            + " join dim_entity p on p.entity_key = t.person_entity_key"
            + " join dim_entity o on o.entity_key = t.org_entity_key where p.canonical_name = '刘爱国'"))
            .contains("{\"title\":\"主任\",\"org\":\"淮安经济技术开发区管委会\"}");
        assertThat(query("select count(*) as n from fact_term where term = '高质量发展'")).doesNotContain("\"n\":0");
    }

    @Test
    void gb18030PageUnderYearFolderIsDecoded() throws Exception {
        String rows = query("select headline from fact_article a join dim_date d using (date_key) where d.full_date = DATE '2024-03-22'");
        assertThat(rows).contains("推动重特大项目攻坚实现新突破").contains("保家卫国 建功军营");
    }

    @Test
    void bylinesBecomeAuthorsWithRoles() throws Exception {
        String rows = query("select au.name, b.role from bridge_article_author b join dim_author au using (author_key)");
        assertThat(rows).contains("{\"name\":\"李侃\",\"role\":\"correspondent\"}").contains("{\"name\":\"杭卫东\",\"role\":\"reporter\"}");
    }

    @Test
    void secondRunSkipsUnchangedArchivesAndChangesNothingAndReprocessReloadsWhatAnotherVersionLoaded() throws Exception {
        Path db = structural();
        String before = WarehouseReader.fingerprint(db);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            // As if an earlier Gazette (other rules or lexicon) had loaded one edition.
            s.execute("UPDATE etl_archive SET analyzer_version = 'earlier' WHERE edition_date = DATE '2024-01-10'");
        }
        GazetteProcess.Result again = gazette("ingest", "--inbox", inbox.toString(), "--warehouse", db.toString());
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(again.stdout()).contains("0 loaded, 3 unchanged, 0 failed").containsPattern("characters/s; analyzer [0-9a-f]{12} "
            + "\\(1 edition loaded by another version: ingest --reprocess reloads them\\)");
        assertThat(WarehouseReader.fingerprint(db)).isEqualTo(before);

        GazetteProcess.Result reprocess = gazette("ingest", "--inbox", inbox.toString(), "--warehouse", db.toString(), "--reprocess");
        assertThat(reprocess.stdout()).contains("1 loaded, 2 unchanged, 0 failed").containsPattern("analyzer [0-9a-f]{12}; published");
        assertThat(WarehouseReader.fingerprint(db)).isEqualTo(before);
    }

    @Test
    void rerunOfEveryDateLeavesIdenticalRows() throws Exception {
        Path db = structural();
        String before = WarehouseReader.fingerprint(db);
        GazetteProcess.Result rerun = gazette("ingest", "--inbox", inbox.toString(), "--warehouse", db.toString(),
            "--source", "huaian-etdz", "--date", "2024-01-10");
        assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();
        assertThat(rerun.stdout()).contains("1 loaded");
        assertThat(WarehouseReader.fingerprint(db)).isEqualTo(before);
        for (String date : new String[] {"2022-08-30", "2024-03-22"}) {
            GazetteProcess.Result again = gazette("ingest", "--inbox", inbox.toString(), "--warehouse", db.toString(),
                "--date", date);
            assertThat(again.stdout()).contains("1 loaded");
        }
        assertThat(WarehouseReader.fingerprint(db)).isEqualTo(before);
    }

    @Test
    void everyArchiveFormatAndEncodingLoads() throws Exception {
        Path box = work.resolve("formats");
        Path source = box.resolve("test-paper");
        Files.createDirectories(source);
        Files.writeString(source.resolve("source.properties"), "name=测试日报\nregion=江苏省\n");
        Map<String, Charset> encodings = Map.of("zip", StandardCharsets.UTF_8, "tar", Charset.forName("GB18030"),
            "tar.gz", StandardCharsets.UTF_16LE, "tgz", StandardCharsets.UTF_16BE, "tar.bz2", Charset.forName("GBK"),
            "tar.xz", StandardCharsets.UTF_8, "7z", Charset.forName("GB18030"));
        int day = 1;
        for (String ext : new String[] {"zip", "tar", "tar.gz", "tgz", "tar.bz2", "tar.xz", "7z"}) {
            Map<String, byte[]> pages = new LinkedHashMap<>();
            pages.put("page10.txt", ("# 第十版标题\n\n■通讯员 周 强\n\n本报讯 今天的第十版内容。").getBytes(encodings.get(ext)));
            pages.put("page2.txt", bom(ext, PAGE.getBytes(encodings.get(ext))));
            pages.put("images/photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
            String folder = ext.equals("tar") ? "2024/" : "";
            TestArchives.write(source.resolve(folder + "2024-05-%02d.%s".formatted(day++, ext)), pages);
        }
        TestArchives.write(source.resolve("2024-05-%02d".formatted(day)), Map.of("page1.txt", PAGE.getBytes(StandardCharsets.UTF_8)));
        Path db = work.resolve("formats.duckdb");
        GazetteProcess.Result run = gazette("ingest", "--inbox", box.toString(), "--warehouse", db.toString(), "--threads", "3");
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(run.stdout()).contains("8 loaded, 0 unchanged, 0 failed");
        String rows = queryOn(db, "select page_no, entry_name, headline from fact_article a join dim_date d using (date_key)"
            + " where d.full_date = DATE '2024-05-03' order by page_no, seq_no");
        assertThat(rows).containsSubsequence("page2.txt", "新区召开项目推进会", "街道开展志愿服务", "page10.txt", "第十版标题");
        assertThat(queryOn(db, "select count(*) as n from etl_reject where reason = 'not_text'")).contains("\"n\":7");
        assertThat(queryOn(db, "select count(distinct headline) as n from fact_article where headline = '新区召开项目推进会'"))
            .contains("\"n\":1");
        assertThat(queryOn(db, "select source_name, region from dim_source")).contains("测试日报").contains("江苏省");
        assertThat(queryOn(db, "select event_date from fact_article where headline = '新区召开项目推进会' limit 1"))
            .contains("2024-03-05");
        assertThat(queryOn(db, "select au.name, b.role from bridge_article_author b join dim_author au using (author_key)"))
            .contains("{\"name\":\"李华\",\"role\":\"reporter\"}").contains("{\"name\":\"赵小刚\",\"role\":\"correspondent\"}")
            .contains("{\"name\":\"王明\",\"role\":\"correspondent\"}");
    }

    @Test
    void badParametersExitWith64AndOneLine() throws Exception {
        GazetteProcess.Result badDate = gazette("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString(),
            "--date", "2024-13-01");
        assertThat(badDate.exitCode()).isEqualTo(64);
        assertThat(badDate.stderr()).contains("--date").contains("expected YYYY-MM-DD").doesNotContain("Exception");
        GazetteProcess.Result typo = gazette("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString(),
            "--dat", "2024-01-10");
        assertThat(typo.exitCode()).isEqualTo(64);
        assertThat(typo.stderr()).contains("unknown option --dat; did you mean --date?");
        GazetteProcess.Result noInbox = gazette("ingest", "--inbox", work.resolve("missing").toString(), "--warehouse",
            warehouse.toString());
        assertThat(noInbox.exitCode()).isEqualTo(64);
        assertThat(noInbox.stderr().strip()).contains("missing").doesNotContain("\n");
        GazetteProcess.Result unknownSource = gazette("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString(),
            "--source", "no-such-paper", "--date", "2024-01-10");
        assertThat(unknownSource.exitCode()).isEqualTo(64);
        assertThat(unknownSource.stderr()).contains("no-such-paper");
    }

    @Test
    void aDateWithNoArchiveExitsWith66AndPublishesNothing() throws Exception {
        Path published = warehouse.resolveSibling("published").resolve(warehouse.getFileName());
        long before = Files.getLastModifiedTime(published).toMillis();
        GazetteProcess.Result none = gazette("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString(),
            "--source", "huaian-etdz", "--date", "2024-01-11");
        assertThat(none.exitCode()).isEqualTo(66);
        assertThat(none.stderr().strip()).isEqualTo("gazette: nothing to load: no archive of source huaian-etdz dated 2024-01-11 in "
            + inbox + "; nothing published");
        assertThat(Files.getLastModifiedTime(published).toMillis()).isEqualTo(before);
    }

    @Test
    void queryPrintsTableCsvAndJson() throws Exception {
        String sql = "select source_code, source_name from dim_source";
        GazetteProcess.Result table = gazette("query", "--warehouse", warehouse.toString(), sql);
        assertThat(table.stdout()).contains("source_code").contains("huaian-etdz").contains("(1 row)");
        GazetteProcess.Result csv = gazette("query", "--warehouse", warehouse.toString(), "--format", "csv", sql);
        assertThat(csv.lines()).containsExactly("source_code,source_name", "huaian-etdz,淮安经开区新闻");
        GazetteProcess.Result json = gazette("query", "--warehouse", warehouse.toString(), "--format", "json", sql);
        assertThat(json.lines()).containsExactly("{\"source_code\":\"huaian-etdz\",\"source_name\":\"淮安经开区新闻\"}");
        GazetteProcess.Result write = gazette("query", "--warehouse", warehouse.toString(), "delete from dim_source");
        assertThat(write.exitCode()).isEqualTo(64);
        assertThat(write.stderr()).contains("read-only");
        GazetteProcess.Result typo = gazette("query", "--warehouse", warehouse.toString(), "select * from fact_articl");
        assertThat(typo.exitCode()).isEqualTo(64);
        assertThat(typo.stderr()).contains("Did you mean \"fact_article\"");
        assertThat(query("select count(*) as n from dim_source")).contains("\"n\":1");
    }

    @Test
    void checkPassesOnTheLoadedWarehouse() throws Exception {
        GazetteProcess.Result check = gazette("check", "--warehouse", warehouse.toString());
        assertThat(check.exitCode()).as(check.stdout()).isZero();
        assertThat(check.stdout()).contains("0 failed");
    }

    @Test
    void extractAnswersInTheContractJson() throws Exception {
        GazetteProcess.Result run = gazette("extract", "--date", "2024-01-10", "1月7日,地区生产总值480亿元,同比增长7.5%");
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout())
            .contains("{\"type\":\"date\",\"text\":\"1月7日\",\"date\":\"2024-01-07\"")
            .contains("\"type\":\"quantity\",\"text\":\"480亿元\",\"value\":\"48000000000\",\"unit\":\"CNY\",\"qualifier\":\"exact\"")
            .contains("\"indicator\":\"地区生产总值\"")
            .contains("\"text\":\"7.5%\",\"value\":\"7.5\",\"unit\":\"%\"");
        GazetteProcess.Result lines = gazette("extract", "--lines", "--date", "2024-01-10", "约300人\n超5亿元");
        assertThat(lines.lines()).hasSize(2);
        assertThat(lines.lines().get(1)).contains("\"line\":2").contains("\"qualifier\":\"over\"");
    }

    private static byte[] bom(String ext, byte[] bytes) {
        if (!ext.equals("zip")) {
            return bytes;
        }
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    private String query(String sql) throws Exception {
        return queryOn(warehouse, sql);
    }

    /** Reads the warehouse over JDBC in this process: the command line is tested by the tests that run it. */
    private String queryOn(Path db, String sql) throws Exception {
        return WarehouseReader.json(db, sql);
    }

    /** The jar without the name model: only the sample load of {@link #loadSampleInbox} runs it, for the names. */
    private GazetteProcess.Result gazette(String... args) throws Exception {
        return GazetteProcess.run(work, args);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
