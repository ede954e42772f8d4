package io.gazette.article;

import io.gazette.nlp.Lexicon;
import java.util.Set;

/** The surnames of the bundled name lexicon (nlp/surnames.txt): a signature line is names that open with one. */
final class Surnames {

    private static final Set<String> ALL = Set.copyOf(Lexicon.bundledSurnames());

    private Surnames() {
    }

    static boolean isSurname(String s) {
        return ALL.contains(s);
    }
}
