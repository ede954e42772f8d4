package io.gazette;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A SQL tool that opens a published snapshot read-write, changes it and is then killed before it checkpoints:
 * it leaves {@code <snapshot>.wal} behind. Started as a separate process by the reliability tests.
 */
public final class AnalystSession {

    private AnalystSession() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
             Statement s = c.createStatement()) {
            s.execute("SET checkpoint_threshold = '10GB'");
            s.execute("DELETE FROM fact_quantity");
            s.execute("UPDATE fact_article SET headline = 'changed by an analyst'");
            System.out.println("written");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}
