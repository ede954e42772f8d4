package io.gazette;

import java.sql.Connection;
import java.sql.DriverManager;

/** Another program holding a warehouse file open read-write (DuckDB's file lock), started as a separate process. */
public final class WarehouseHolder {

    private WarehouseHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
            System.out.println("open");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}
