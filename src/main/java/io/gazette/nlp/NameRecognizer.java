package io.gazette.nlp;

import java.util.List;

/**
 * The seam for the trained name model: text in, typed names with offsets out. Implementations are safe to share
 * across threads and load their model once, on first use, so commands that never analyse text never load it.
 */
public interface NameRecognizer {

    /** No model: finds no names (the rules and HanLP's dictionary still do). */
    NameRecognizer NONE = text -> List.of();

    /** People, organisations and places in {@code text}, in order, not overlapping. */
    List<NameMention> recognise(String text);

    /** Loads the model now instead of on first use, so that a run that cannot load it stops before any edition. */
    default void load() {
    }
}
