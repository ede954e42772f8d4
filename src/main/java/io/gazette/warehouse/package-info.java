/**
 * The DuckDB warehouse: schema from sql/schema, key lookup, Appender-based loading of one edition in one
 * transaction, the run log, data checks, read-only queries and the published analyst snapshot.
 */
package io.gazette.warehouse;
