package io.gazette.nlp;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the language stage.
 *
 * @param lexiconDir a folder of the operator's lexicon files; each replaces the bundled file of the same name
 *     (format in src/main/resources/nlp/README.md); unset for the bundled lexicon only
 */
@ConfigurationProperties("gazette.nlp")
public record NlpProperties(Path lexiconDir) {
}
