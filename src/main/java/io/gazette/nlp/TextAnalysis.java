package io.gazette.nlp;

import java.util.List;

/**
 * What the language analysis found in one text.
 *
 * @param entities people, organisations and places in order of appearance
 * @param titles posts held by people
 * @param terms content words with counts
 */
public record TextAnalysis(List<EntityMention> entities, List<PersonTitle> titles, List<Term> terms) {

    public static final TextAnalysis EMPTY = new TextAnalysis(List.of(), List.of(), List.of());
}
