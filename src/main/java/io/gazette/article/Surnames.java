package io.gazette.article;

import io.gazette.normalize.ResourceLines;
import java.util.HashSet;
import java.util.Set;

/** The surnames of the bundled name lexicon (nlp/surnames.txt): a signature line is names that open with one. */
final class Surnames {

    private static final Set<String> ALL = load();

    private Surnames() {
    }

    static boolean isSurname(String s) {
        return ALL.contains(s);
    }

    private static Set<String> load() {
        Set<String> surnames = new HashSet<>();
        for (String line : ResourceLines.read(null, "nlp", "surnames.txt")) {
            for (String s : line.split("\\s+")) {
                if (!s.isBlank()) {
                    surnames.add(s);
                }
            }
        }
        return Set.copyOf(surnames);
    }
}
