/**
 * Wiring of the ingest job: reader, processor, writer and listeners that delegate to the stages, and the
 * one job configuration class.
 */
package io.gazette.job;
