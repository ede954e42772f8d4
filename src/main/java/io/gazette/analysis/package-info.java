/**
 * The analysis pipeline, one home for what turns pages into facts: clean, split, amounts, dates, names and the
 * edition's short forms ({@link io.gazette.analysis.EditionAnalyzer}), and its result types. The ingest job, the
 * {@code extract} command and the tests all call it.
 */
package io.gazette.analysis;
