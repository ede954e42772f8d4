package io.gazette.job;

import io.gazette.analysis.AnalysedEdition;

/**
 * What the processor hands to the writer: a analysed edition to load, or an unchanged one to log.
 *
 * @param task the task it came from
 * @param analysed the analysed edition, null when unchanged
 */
public record EditionResult(EditionTask task, AnalysedEdition analysed) {
}
