package io.gazette.nlp;

import java.util.List;

/**
 * What the language analysis found in one text.
 *
 * @param entities people, organisations and places in order of appearance
 * @param titles posts held by people
 * @param terms content words with counts
 * @param weakEntities names made only of common words (招商局, 区党工委): kept by {@link AliasResolver} only when
 *     they are a short form of a name found elsewhere in the edition
 */
public record TextAnalysis(List<EntityMention> entities, List<PersonTitle> titles, List<Term> terms, List<EntityMention> weakEntities) {

    public static final TextAnalysis EMPTY = new TextAnalysis(List.of(), List.of(), List.of(), List.of());

    public TextAnalysis(List<EntityMention> entities, List<PersonTitle> titles, List<Term> terms) {
        this(entities, titles, terms, List.of());
    }
}
