package io.gazette;

import io.gazette.warehouse.FactTable;
import io.gazette.warehouse.FactTables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a rerun of one date costs in a warehouse holding ten years of a daily 8-page paper against one holding only
 * that date, run only by {@code mvn -Pbench verify}. The ten years are the sample inbox's pages loaded once and their
 * rows repeated for 3,650 days (keys and dates shifted); the reruns go through the jar as an operator's do. Each
 * warehouse is rerun three times: the first two publishes copy the warehouse (no earlier snapshot to update: the
 * second is what every publish cost before), the third updates the snapshot the first one made. Names come from the
 * rules only ({@code GAZETTE_NLP_NAMEMODEL=none}), so the analysis, the same in both warehouses, does not hide the
 * cost of history. Prints figures; asserts nothing about time.
 */
class PublishBenchmark {

    private static final int DAYS = Integer.getInteger("bench.days", 3650);
    private static final String FIRST = "2015-01-01";
    private static final String RERUN = "2020-06-15";

    @Test
    void oneDateRerunInTenYearsOfADailyPaper() throws Exception {
        Path work = Files.createTempDirectory("gazette-publish-bench");
        Path inbox = work.resolve("inbox");
        Map<String, byte[]> pages = new LinkedHashMap<>();
        List<String> samples = IngestBenchmark.samplePages();
        for (int p = 0; p < 8; p++) {
            pages.put("page" + (p + 1) + ".txt", samples.get(p % samples.size()).getBytes(StandardCharsets.UTF_8));
        }
        TestArchives.write(inbox.resolve("daily").resolve(FIRST + ".zip"), pages);
        TestArchives.write(inbox.resolve("daily").resolve(RERUN + ".zip"), pages);

        Path empty = work.resolve("empty").resolve("gazette.duckdb");
        Files.createDirectories(empty.getParent());
        report("empty warehouse", empty, reruns(work, inbox, empty));

        Path history = work.resolve("history").resolve("gazette.duckdb");
        Files.createDirectories(history.getParent());
        GazetteProcess.Result first = GazetteProcess.run(work, "ingest", "--inbox", inbox.toString(), "--warehouse", history.toString(),
            "--date", FIRST);
        if (first.exitCode() != 0) {
            throw new IllegalStateException(first.stderr());
        }
        long start = System.nanoTime();
        repeatForEveryDay(history);
        System.out.printf("bench: %d days of the first edition's rows written in %.1f s%n", DAYS, (System.nanoTime() - start) / 1e9);
        report(DAYS / 365 + " years", history, reruns(work, inbox, history));
    }

    private static List<String> reruns(Path work, Path inbox, Path warehouse) throws Exception {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            GazetteProcess.Result run = GazetteProcess.run(work, "ingest", "--inbox", inbox.toString(), "--warehouse",
                warehouse.toString(), "--date", RERUN);
            double seconds = (System.nanoTime() - start) / 1e9;
            String summary = run.lines().stream().filter(l -> l.startsWith("ingest:")).findFirst().orElse(run.stderr());
            runs.add("%.1f s, exit %d, %s".formatted(seconds, run.exitCode(), summary.replaceAll(".*published ", "published ")));
        }
        return runs;
    }

    private static void report(String what, Path warehouse, List<String> runs) throws Exception {
        System.out.printf("bench: rerun of %s in the %s (%d MB):%n", RERUN, what, Files.size(warehouse) / (1024 * 1024));
        for (String run : runs) {
            System.out.println("bench:   " + run);
        }
    }

    /**
     * Repeats the rows of the first edition for {@link #DAYS} days: dates shifted, article keys (and the quantity keys
     * built on them) moved by a stride per day, uids and archive paths renamed to the day.
     */
    private static void repeatForEveryDay(Path warehouse) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement s = c.createStatement()) {
            s.execute(("CREATE TEMP TABLE days AS SELECT i, DATE '%1$s' + CAST(i AS INTEGER) AS d FROM range(1, %2$d) r(i)")
                .formatted(FIRST, DAYS));
            s.execute("ALTER TABLE days ADD COLUMN date_key INTEGER");
            s.execute("UPDATE days SET date_key = CAST(strftime(d, '%Y%m%d') AS INTEGER)");
            String day = "strftime(days.d, '%Y-%m-%d')";
            Map<String, String> shifted = Map.of(
                "date_key", "days.date_key",
                "article_key", "f.article_key + days.i * 100000",
                "quantity_key", "f.quantity_key + days.i * 1000000000",
                "article_uid", "replace(f.article_uid, '" + FIRST + "', " + day + ")",
                "archive_path", "replace(f.archive_path, '" + FIRST + "', " + day + ")",
                "edition_date", "days.d");
            Map<String, String> tables = new LinkedHashMap<>();
            for (FactTable fact : FactTables.ALL) {
                tables.put(fact.name(), "f.date_key = " + FIRST.replace("-", ""));
            }
            tables.put("key_article", "f.article_uid LIKE '%" + FIRST + "%'");
            tables.put("etl_archive", "f.edition_date = DATE '" + FIRST + "'");
            for (Map.Entry<String, String> table : tables.entrySet()) {
                List<String> select = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT column_name FROM duckdb_columns() WHERE table_name = '" + table.getKey()
                    + "' ORDER BY column_index")) {
                    while (rs.next()) {
                        select.add(shifted.getOrDefault(rs.getString(1), "f." + rs.getString(1)));
                    }
                }
                s.execute("INSERT INTO %s SELECT %s FROM %s f CROSS JOIN days WHERE %s".formatted(table.getKey(), String.join(", ", select),
                    table.getKey(), table.getValue()));
            }
            s.execute("CHECKPOINT");
        }
    }
}
