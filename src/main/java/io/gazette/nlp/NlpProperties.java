package io.gazette.nlp;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the language stage.
 *
 * @param lexiconDir a folder of the operator's lexicon files; each replaces the bundled file of the same name
 *     (format in src/main/resources/nlp/README.md); unset for the bundled lexicon only
 * @param nameModel the name model: {@code corenlp} (the trained model, the default) or {@code none} (names from
 *     HanLP's dictionary and the rules only: a structural load in seconds, for tests and trials, with far fewer
 *     people and organisations)
 */
@ConfigurationProperties("gazette.nlp")
public record NlpProperties(Path lexiconDir, NameModel nameModel) {

    /** The name models Gazette can run. */
    public enum NameModel {
        CORENLP, NONE
    }

    public NlpProperties {
        nameModel = nameModel == null ? NameModel.CORENLP : nameModel;
    }
}
