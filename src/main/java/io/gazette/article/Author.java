package io.gazette.article;

import io.gazette.text.Coded;
import java.util.Objects;

/**
 * A person credited in a byline, a credit line or a page credit.
 *
 * @param name the name with the spaces of justified print removed
 * @param role what the person did for the article or page
 */
public record Author(String name, Role role) {

    public Author {
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an author needs a name");
        }
    }

    /** The roles of {@code bridge_article_author.role} and {@code fact_page_credit.role}, stored as {@link #code()}. */
    public enum Role implements Coded {
        /** A reporter of the paper or an agency (记者, 本报记者). */
        REPORTER,
        /** A correspondent or intern (通讯员, 实习生). */
        CORRESPONDENT,
        /** Who took the picture (摄, 摄影). */
        PHOTOGRAPHER,
        /** A page credit: layout, graphics, page editor. */
        EDITOR,
        /** The signed author of an essay or commentary. */
        WRITER
    }
}
