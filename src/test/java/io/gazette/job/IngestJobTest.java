package io.gazette.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.GazetteApplication;
import io.gazette.TestArchives;
import io.gazette.WarehouseReader;
import io.gazette.analysis.EditionAnalyzer;
import io.gazette.archive.InboxPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The ingest job runs by itself from its parameters, with no command line around it: it opens the warehouse,
 * loads, checks, publishes, and leaves what it did in its execution context. (The name model is the fake one.)
 */
@SpringBootTest(classes = {GazetteApplication.class, NameModelSeamTest.FakeModel.class})
class IngestJobTest {

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job ingestJob;

    @Autowired
    EditionAnalyzer analyzer;

    @TempDir
    Path work;

    @Test
    void theJobLoadsChecksAndPublishesFromItsParametersAlone() throws Exception {
        Path inbox = work.resolve("inbox");
        edition(inbox, "2024-06-01", "新区召开推进会");
        edition(inbox, "2024-06-02", "园区项目集中开工");
        Path warehouse = work.resolve("w.duckdb");
        IngestRequest request = new IngestRequest(inbox, warehouse, InboxPlan.Selection.nightly(null), 2);

        JobExecution first = jobOperator.start(ingestJob, request.jobParameters("run-1"));

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(first.getExecutionContext().getString(IngestJobConfiguration.SUMMARY)).isEqualTo("2 loaded, 0 unchanged, 0 failed");
        assertThat(first.getExecutionContext().getInt(IngestJobConfiguration.FAILED)).isZero();
        Path snapshot = Path.of(first.getExecutionContext().getString(IngestJobConfiguration.PUBLISHED));
        assertThat(snapshot).isEqualTo(work.resolve("published").resolve("w.duckdb"));
        assertThat(WarehouseReader.value(snapshot, "select count(*) from fact_article")).isEqualTo("2");
        assertThat(WarehouseReader.value(warehouse, "select string_agg(status, ',') from etl_archive")).isEqualTo("loaded,loaded");
        assertThat(WarehouseReader.value(warehouse, "select string_agg(DISTINCT analyzer_version, ',') from etl_archive"))
            .isEqualTo(analyzer.version());
        assertThat(first.getExecutionContext().getString(IngestJobConfiguration.ANALYZER)).isEqualTo("analyzer " + analyzer.version());
        assertThat(first.getExecutionContext().getString(IngestJobConfiguration.THROUGHPUT)).contains("characters/s");

        JobExecution again = jobOperator.start(ingestJob, request.jobParameters("run-2"));
        assertThat(again.getExecutionContext().getString(IngestJobConfiguration.SUMMARY)).isEqualTo("0 loaded, 2 unchanged, 0 failed");

        IngestRequest oneDate = new IngestRequest(inbox, warehouse, InboxPlan.Selection.date("paper", LocalDate.of(2024, 6, 2)), 1);
        JobExecution reload = jobOperator.start(ingestJob, oneDate.jobParameters("run-3"));
        assertThat(reload.getExecutionContext().getString(IngestJobConfiguration.SUMMARY)).isEqualTo("1 loaded, 0 unchanged, 0 failed");
        assertThat(WarehouseReader.value(snapshot, "select count(*) from fact_article")).isEqualTo("2");
    }

    @Test
    void aRangeReloadsItsDatesInOneRunAndADateWithNoArchiveLoadsAndPublishesNothing() throws Exception {
        Path inbox = work.resolve("inbox");
        edition(inbox, "2024-05-31", "新区召开推进会");
        edition(inbox, "2024-06-01", "园区项目集中开工");
        edition(inbox, "2024-06-03", "街道开展志愿服务");
        edition(inbox, "2024-06-04", "社区举办文化节");
        Path warehouse = work.resolve("w.duckdb");
        jobOperator.start(ingestJob, new IngestRequest(inbox, warehouse, InboxPlan.Selection.nightly(null), 1).jobParameters("run-1"));

        InboxPlan.Selection june = new InboxPlan.Selection(null, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 3));
        JobExecution range = jobOperator.start(ingestJob, new IngestRequest(inbox, warehouse, june, 2).jobParameters("run-2"));
        assertThat(range.getExecutionContext().getString(IngestJobConfiguration.SUMMARY)).isEqualTo("2 loaded, 0 unchanged, 0 failed");
        assertThat(WarehouseReader.value(warehouse, "select string_agg(DISTINCT CAST(edition_date AS VARCHAR), ',' ORDER BY "
            + "CAST(edition_date AS VARCHAR)) from etl_archive where run_id = (select max(run_id) from etl_archive)"))
            .isEqualTo("2024-06-01,2024-06-03");

        Path snapshot = work.resolve("published").resolve("w.duckdb");
        long published = Files.getLastModifiedTime(snapshot).toMillis();
        InboxPlan.Selection missing = InboxPlan.Selection.date("paper", LocalDate.of(2024, 6, 2));
        JobExecution none = jobOperator.start(ingestJob, new IngestRequest(inbox, warehouse, missing, 1).jobParameters("run-3"));
        assertThat(none.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(none.getAllFailureExceptions()).anySatisfy(e -> assertThat(e).hasRootCauseInstanceOf(NothingToLoadException.class)
            .hasRootCauseMessage("no archive of source paper dated 2024-06-02 in " + inbox));
        assertThat(Files.getLastModifiedTime(snapshot).toMillis()).isEqualTo(published);
    }

    @Test
    void aWarehouseThatCannotBeOpenedFailsTheJobBeforeAnyEdition() throws Exception {
        Path inbox = work.resolve("inbox");
        edition(inbox, "2024-06-01", "新区召开推进会");
        Path notAFile = Files.createDirectories(work.resolve("folder.duckdb"));

        JobExecution execution = jobOperator.start(ingestJob,
            new IngestRequest(inbox, notAFile, InboxPlan.Selection.nightly(null), 1).jobParameters("run-x"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getStepExecutions()).extracting(s -> s.getStepName()).containsExactly("openWarehouseStep");
        assertThat(work.resolve("published")).doesNotExist();
    }

    private static void edition(Path inbox, String date, String title) throws Exception {
        String page = "# " + title + "\n\n本报讯 日前，区里召开会议，部署全年重点工作，签约项目12个。\n";
        TestArchives.write(inbox.resolve("paper").resolve(date + ".zip"), Map.of("p1.txt", page.getBytes(StandardCharsets.UTF_8)));
    }
}
