package io.gazette.article;

import java.util.List;

/**
 * One page split: its articles and the credits printed for the page itself.
 *
 * @param articles the articles in print order
 * @param creditLines page credit lines as printed (版式设计: X, 本版责编: X)
 * @param credits the people those lines credit, role {@link Author#EDITOR}
 */
public record SplitPage(List<Article> articles, List<String> creditLines, List<Author> credits) {
}
