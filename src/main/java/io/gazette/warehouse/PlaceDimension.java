package io.gazette.warehouse;

import io.gazette.place.Division;
import io.gazette.place.Gazetteer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Writes dim_place, the gazetteer's divisions with the names of the province, city and county each lies in. */
final class PlaceDimension {

    private PlaceDimension() {
    }

    /** What the rows are made of: changes when the gazetteer does, so the schema step rewrites them. */
    static String version() {
        return "dim_place " + Gazetteer.bundledChecksum();
    }

    /**
     * Adds the villages an edition links to (dim_place holds the 44,703 divisions down to townships, and of the
     * 620,573 villages and communities those the papers name).
     */
    static void ensureVillages(Connection connection, List<String> codes) throws SQLException {
        List<Division> villages = codes.stream().filter(c -> c.length() == 12).map(c -> Gazetteer.bundled().division(c))
            .flatMap(java.util.Optional::stream).toList();
        if (villages.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM dim_place WHERE place_code IN ("
                + String.join(", ", villages.stream().map(v -> "'" + v.code() + "'").toList()) + ")");
        }
        append(connection, villages);
    }

    /** Replaces the divisions of dim_place down to townships by the bundled gazetteer's; villages already there stay. */
    static void fill(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM dim_place WHERE level <= 4");
        }
        append(connection, Gazetteer.bundled().divisions().stream().sorted(Comparator.comparing(Division::code)).toList());
    }

    private static void append(Connection connection, List<Division> divisions) throws SQLException {
        Gazetteer gazetteer = Gazetteer.bundled();
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "dim_place")) {
            for (Division d : divisions) {
                Division province = null;
                Division city = null;
                Division county = null;
                for (Division up : gazetteer.lineage(d)) {
                    switch (up.level()) {
                        case 1 -> province = up;
                        case 2 -> city = up;
                        case 3 -> county = up;
                        default -> { }
                    }
                }
                appender.beginRow();
                for (Object value : new Object[] {d.code(), d.name(), d.level(), d.levelName(), d.parentCode(),
                    province == null ? d.code() : province.code(), province == null ? d.name() : province.name(),
                    city == null ? null : city.code(), city == null ? null : city.name(),
                    county == null ? null : county.code(), county == null ? null : county.name()}) {
                    EditionLoader.appendValue(appender, value);
                }
                appender.endRow();
            }
        }
    }
}
