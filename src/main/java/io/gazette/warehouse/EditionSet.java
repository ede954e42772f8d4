package io.gazette.warehouse;

/**
 * Editions named by rows of etl_archive, kept as a temporary table of their (source_key, date_key), and the filter that
 * picks their rows out of a fact table: a date range the scan's zone maps prune, then the pairs. The run's data checks
 * and the snapshot's update both work on such a set, so that their cost follows the editions, not the history.
 */
final class EditionSet {

    private EditionSet() {
    }

    /**
     * The statement that makes temporary table {@code name} of the editions of {@code archiveRows} (a query of
     * etl_archive rows), their source keys from {@code dimSource}.
     */
    static String create(String name, String archiveRows, String dimSource) {
        return """
            CREATE OR REPLACE TEMP TABLE %1$s AS
            SELECT DISTINCT s.source_key, CAST(strftime(e.edition_date, '%%Y%%m%%d') AS INTEGER) AS date_key
            FROM (%2$s) e JOIN %3$s s ON s.source_code = e.source_code
            WHERE e.edition_date IS NOT NULL""".formatted(name, archiveRows, dimSource);
    }

    /** The condition on a fact table's source_key and date_key that keeps the rows of the editions in {@code name}. */
    static String rowsOf(String name) {
        return ("date_key BETWEEN (SELECT min(date_key) FROM %1$s) AND (SELECT max(date_key) FROM %1$s) "
            + "AND (source_key, date_key) IN (SELECT (source_key, date_key) FROM %1$s)").formatted(name);
    }
}
