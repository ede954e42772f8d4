package io.gazette.nlp;

/** The language analysis Gazette needs; implementations are safe to share across threads. */
public interface TextAnalyzer {

    /** Analyses one text, such as an article's headline and body. */
    TextAnalysis analyse(String text);

    /**
     * True for a name that only means something inside one paper: an administrative level and a generic body
     * (市委, 区政府, 县纪委, 党工委), with no proper name in it.
     */
    default boolean isLocalName(String canonical) {
        return false;
    }

    /** Loads models and dictionaries now; a run calls it once before its first edition. */
    default void load() {
    }
}
