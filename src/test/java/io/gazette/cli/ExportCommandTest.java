package io.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.analysis.AnalysedEdition;
import io.gazette.warehouse.EditionLoader;
import io.gazette.warehouse.RunLog;
import io.gazette.warehouse.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette export} in-process: Parquet partitioned by source and year, CSV with a byte order mark, filters. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private Path warehouse;

    @BeforeEach
    void loadOneEdition() throws Exception {
        warehouse = dir.resolve("w.duckdb");
        try (Warehouse w = Warehouse.openForWriting(warehouse)) {
            new EditionLoader(w.connection(), new RunLog(w.connection(), "run-1")).load(edition());
        }
    }

    @Test
    void parquetIsPartitionedBySourceAndYearAndReadsBackWhole() throws Exception {
        ExportCommand command = command();
        assertThat(run(command)).isZero();
        Path out = dir.resolve("export");
        assertThat(out.resolve("fact_article").resolve("source_code=paper").resolve("year=2024")).isDirectory();
        assertThat(out.resolve("dim_unit.parquet")).isRegularFile();
        assertThat(Files.exists(out.resolve("etl_archive.parquet"))).as("the run log stays out").isFalse();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), min(source_code), min(year) FROM read_parquet('"
                 + out.resolve("v_quantity") + "/**/*.parquet', hive_partitioning = true)")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo("paper");
            assertThat(rs.getInt(3)).isEqualTo(2024);
        }
    }

    @Test
    void csvForExcelStartsWithAByteOrderMarkAndFiltersBySourceAndDate() throws Exception {
        ExportCommand command = command();
        command.format = "csv";
        command.bom = true;
        command.from = LocalDate.of(2024, 1, 1);
        assertThat(run(command)).isZero();
        byte[] csv = Files.readAllBytes(dir.resolve("export").resolve("fact_quantity.csv"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList()).hasSize(2)
            .first().asString().startsWith("quantity_key,");
        command.source = "another-paper";
        assertThat(run(command)).isZero();
        assertThat(Files.readAllLines(dir.resolve("export").resolve("fact_quantity.csv"))).hasSize(1);
    }

    private ExportCommand command() {
        ExportCommand command = new ExportCommand(new GazetteProperties(dir.resolve("inbox"), warehouse, 1));
        command.warehouse = warehouse;
        command.out = dir.resolve("export");
        return command;
    }

    private static int run(ExportCommand command) throws Exception {
        return CommandRun.of(command).code();
    }

    private static AnalysedEdition edition() {
        return io.gazette.warehouse.TestEditionsAccess.edition();
    }
}
