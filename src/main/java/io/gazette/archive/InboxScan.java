package io.gazette.archive;

import java.util.List;

/**
 * What a look at the inbox found.
 *
 * @param editions loadable editions, ordered by source and date
 * @param problems files that could not be taken as editions
 */
public record InboxScan(List<Edition> editions, List<InboxProblem> problems) {
}
