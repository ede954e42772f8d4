package io.gazette.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the data tests of sql/checks: each query returns the rows that break a rule, none when all is well. */
public final class DataChecks {

    /**
     * One check's result.
     *
     * @param name the file name
     * @param failingRows rows returned
     * @param example the first row, for the message
     */
    public record Result(String name, long failingRows, String example) {

        public boolean passed() {
            return failingRows == 0;
        }
    }

    /** Runs every check. */
    public List<Result> run(Connection connection) throws SQLException {
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, String> check : SqlScripts.folder("checks").entrySet()) {
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(check.getValue())) {
                long rows = 0;
                String example = null;
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    if (rows == 0) {
                        StringBuilder sb = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            sb.append(c == 1 ? "" : ", ").append(rs.getMetaData().getColumnLabel(c)).append('=').append(rs.getObject(c));
                        }
                        example = sb.toString();
                    }
                    rows++;
                }
                results.add(new Result(check.getKey(), rows, example));
            }
        }
        return results;
    }
}
