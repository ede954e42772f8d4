package io.gazette.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The three output formats of {@code gazette query}, over an in-memory DuckDB result. */
class QueryPrinterTest {

    private static final String SQL = "SELECT * FROM (VALUES ('淮安', 480.500000::DECIMAL(38,6), 3, NULL, [1, 2]),"
        + " ('a,\"b\"', 7.000000::DECIMAL(38,6), 12, 'x', [])) t(name, amount, n, note, list)";

    @Test
    void tableAlignsWideCharactersAndCountsRows() throws Exception {
        String out = print(QueryFormat.TABLE);
        // 淮安 takes four terminal columns, a,"b" five: the first column is five wide.
        assertThat(out.lines()).first().asString().isEqualTo("name  | amount | n  | note | list");
        assertThat(out).contains("淮安  | 480.5  | 3  | NULL | [1, 2]").contains("(2 rows)");
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndLeavesNullsEmpty() throws Exception {
        assertThat(print(QueryFormat.CSV).lines()).containsExactly(
            "name,amount,n,note,list", "淮安,480.5,3,,\"[1, 2]\"", "\"a,\"\"b\"\"\",7,12,x,[]");
    }

    @Test
    void jsonKeepsNumbersListsAndNullsAsJsonTypes() throws Exception {
        assertThat(print(QueryFormat.JSON).lines()).containsExactly(
            "{\"name\":\"淮安\",\"amount\":480.5,\"n\":3,\"note\":null,\"list\":[1,2]}",
            "{\"name\":\"a,\\\"b\\\"\",\"amount\":7,\"n\":12,\"note\":\"x\",\"list\":[]}");
    }

    @Test
    void jsonWritesStructsAsObjectsTimesInIso8601AndLargeDecimalsInPlainNotation() throws Exception {
        String sql = "SELECT {'place': '江城', 'n': 2} AS s, TIMESTAMP '2024-01-10 05:04:59.402794' AS t, DATE '2024-01-10' AS d, "
            + "48000000000.000000::DECIMAL(38,6) AS v";
        assertThat(print(QueryFormat.JSON, sql, 1).strip()).isEqualTo(
            "{\"s\":{\"place\":\"江城\",\"n\":2},\"t\":\"2024-01-10T05:04:59.402794\",\"d\":\"2024-01-10\",\"v\":48000000000}");
    }

    @Test
    void jsonStringsEscapeControlCharacters() throws Exception {
        String sql = "SELECT 'a\"b\\c' || chr(10) || 'd' || chr(9) || 'e' || chr(1) AS s";
        assertThat(print(QueryFormat.JSON, sql, 1).strip()).isEqualTo("{\"s\":\"a\\\"b\\\\c\\nd\\te\\u0001\"}");
    }

    private static String print(QueryFormat format) throws Exception {
        return print(format, SQL, 2);
    }

    private static String print(QueryFormat format, String sql, int rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql); PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertThat(new QueryPrinter().print(rs, format, out)).isEqualTo(rows);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
