package io.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.GazetteProcess;
import io.gazette.WarehouseHolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette query} in-process: DuckDB's own errors, statements without a result, and a snapshot held read-write. */
class QueryCommandTest {

    @TempDir
    Path dir;

    private Path snapshot;

    @BeforeEach
    void snapshot() throws Exception {
        snapshot = Files.createDirectories(dir.resolve("published")).resolve("w.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + snapshot); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE fact_article AS SELECT 1 AS article_key, '标题' AS headline");
        }
    }

    @Test
    void aFailingQueryPrintsDuckDbsOwnMessage() {
        CommandRun run = query("select * from fact_articl");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Table with name fact_articl does not exist").contains("fact_article")
            .doesNotContain("unsuccessful or closed pending query result");
    }

    @Test
    void aStatementWithoutAResultSaysWhatItDid() throws Exception {
        Path csv = dir.resolve("articles.csv");
        CommandRun copy = query("COPY fact_article TO '" + csv + "' (HEADER)");
        assertThat(copy.code()).isZero();
        assertThat(copy.out().strip()).isEqualTo("done: COPY, 1 row");
        assertThat(Files.readAllLines(csv)).containsExactly("article_key,headline", "1,标题");
        assertThat(QueryCommand.done("-- every table\nEXPORT DATABASE 'out' (FORMAT parquet)", 0)).isEqualTo("done: EXPORT DATABASE");
    }

    @Test
    void csvForExcelStartsWithAByteOrderMark() {
        QueryCommand command = command("select headline from fact_article");
        command.format = "csv";
        command.bom = true;
        CommandRun run = run(command);
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("\uFEFFheadline").contains("标题");
    }

    @Test
    void aSnapshotHeldReadWriteByAnotherToolSaysToOpenItReadOnly() throws Exception {
        Process holder = GazetteProcess.startCommand(dir, Map.of(), List.of("java", "-cp", System.getProperty("java.class.path"),
            WarehouseHolder.class.getName(), snapshot.toString()));
        try {
            assertThat(GazetteProcess.awaitStdout(holder, "open", Duration.ofMinutes(1))).isTrue();
            CommandRun run = query("select 1");
            assertThat(run.code()).isEqualTo(ExitCodes.LOCKED);
            assertThat(run.err().strip()).contains(snapshot.toString()).contains("PID " + holder.pid()).contains("read-only")
                .doesNotContain("try again later").doesNotContain("\n");
        } finally {
            holder.destroyForcibly().waitFor();
            GazetteProcess.result(holder);
        }
    }

    private CommandRun query(String sql) {
        return run(command(sql));
    }

    private QueryCommand command(String sql) {
        QueryCommand command = new QueryCommand(new GazetteProperties(dir.resolve("inbox"), dir.resolve("w.duckdb"), 1));
        command.source = new QueryCommand.Source();
        command.source.sql = sql;
        return command;
    }

    private static CommandRun run(QueryCommand command) {
        try {
            return CommandRun.of(command);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
