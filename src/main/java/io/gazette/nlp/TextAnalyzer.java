package io.gazette.nlp;

/** The language analysis Gazette needs; implementations are safe to share across threads. */
public interface TextAnalyzer {

    /** Analyses one text, such as an article's headline and body. */
    TextAnalysis analyse(String text);

    /** Loads models and dictionaries now; a run calls it once before its first edition. */
    default void load() {
    }
}
