package io.gazette.warehouse;

/** How query results are printed. */
public enum QueryFormat {
    /** Aligned columns for a terminal. */
    TABLE,
    /** RFC 4180 CSV with a header row. */
    CSV,
    /** One JSON object per line. */
    JSON
}
