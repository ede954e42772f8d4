package io.gazette.analysis;

import io.gazette.article.Author;

/**
 * A person credited for a page rather than an article (版式设计: X).
 *
 * @param pageNo the page
 * @param author the person and role
 * @param line the credit line as printed
 */
public record PageCredit(int pageNo, Author author, String line) {
}
