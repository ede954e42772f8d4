package io.gazette.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the credits of one article: people in print order without repeats, the first agency and place. */
final class Credits {

    private final Set<Author> authors = new LinkedHashSet<>();
    private String agency;
    private String place;

    void addAuthors(List<Author> more) {
        authors.addAll(more);
    }

    void add(Credit credit) {
        authors.addAll(credit.authors());
        if (agency == null) {
            agency = credit.agency();
        }
        if (place == null) {
            place = credit.place();
        }
    }

    List<Author> authors() {
        return List.copyOf(new ArrayList<>(authors));
    }

    String agency() {
        return agency;
    }

    String place() {
        return place;
    }
}
