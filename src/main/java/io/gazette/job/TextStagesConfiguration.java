package io.gazette.job;

import io.gazette.nlp.HanlpTextAnalyzer;
import io.gazette.nlp.TextAnalyzer;
import io.gazette.normalize.DateExtractor;
import io.gazette.normalize.QuantityExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The text stages as shared, thread-safe beans. HanLP loads its dictionaries on first use only. */
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
    TextAnalyzer textAnalyzer() {
        return HanlpTextAnalyzer.withBundledLexicon();
    }
}
