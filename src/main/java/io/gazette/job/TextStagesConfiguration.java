package io.gazette.job;

import io.gazette.analysis.AnalyzerVersion;
import io.gazette.analysis.EditionAnalyzer;
import io.gazette.nlp.HanlpTextAnalyzer;
import io.gazette.nlp.Lexicon;
import io.gazette.nlp.NameRecognizer;
import io.gazette.nlp.NlpProperties;
import io.gazette.nlp.TextAnalyzer;
import io.gazette.normalize.DateExtractor;
import io.gazette.normalize.QuantityExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The text stages as shared, thread-safe beans. HanLP loads its dictionaries on first use, the name model when
 * a run starts; both beans are lazy, so query, check and --help never load either.
 */
@Configuration(proxyBeanMethods = false)
public class TextStagesConfiguration {

    @Bean
    QuantityExtractor quantityExtractor() {
        return QuantityExtractor.bundled();
    }

    @Bean
    DateExtractor dateExtractor() {
        return new DateExtractor();
    }

    @Bean
    @Lazy
    Lexicon lexicon(NlpProperties nlpProperties) {
        return Lexicon.load(nlpProperties.lexiconDir());
    }

    /** The trained name model (or none, {@code gazette.nlp.name-model}); a test or another model replaces this one bean. */
    @Bean
    @Lazy
    NameRecognizer nameRecognizer(Lexicon lexicon, NlpProperties nlpProperties) {
        return nlpProperties.nameModel() == NlpProperties.NameModel.NONE ? NameRecognizer.NONE : lexicon.nameRecognizer();
    }

    /** The analysis pipeline that ingest and extract share; the name model loads on the first text it analyses. */
    @Bean
    @Lazy
    EditionAnalyzer editionAnalyzer(QuantityExtractor quantityExtractor, DateExtractor dateExtractor, @Lazy TextAnalyzer textAnalyzer,
                                    Lexicon lexicon, NlpProperties nlpProperties) {
        return new EditionAnalyzer(quantityExtractor, dateExtractor, textAnalyzer, AnalyzerVersion.of(lexicon, nlpProperties.nameModel()));
    }

    @Bean
    @Lazy
    TextAnalyzer textAnalyzer(Lexicon lexicon, @Lazy NameRecognizer nameRecognizer) {
        return new HanlpTextAnalyzer(lexicon, nameRecognizer);
    }
}
