package io.gazette.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.nlp.EntityMention;
import io.gazette.nlp.HanlpTextAnalyzer;
import io.gazette.nlp.Lexicon;
import io.gazette.nlp.NameRecognizer;
import io.gazette.normalize.DateExtractor;
import io.gazette.normalize.DateMention;
import io.gazette.normalize.Quantity;
import io.gazette.normalize.QuantityExtractor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The pipeline's one entry point for a text (what extract runs): amounts, dates and names together. */
class EditionAnalyzerTest {

    private final EditionAnalyzer pipeline = new EditionAnalyzer(QuantityExtractor.bundled(), new DateExtractor(),
        new HanlpTextAnalyzer(Lexicon.bundled(), NameRecognizer.NONE), "test");

    @Test
    void aTextGoesThroughEveryStage() {
        EditionAnalyzer.AnalysedText analysed = pipeline.analyseText(
            "1月7日，区委书记张建华在会上说，全区地区生产总值达到480亿元。", LocalDate.of(2024, 1, 10));
        assertThat(analysed.quantities()).extracting(Quantity::text).contains("480亿元");
        assertThat(analysed.dates()).extracting(DateMention::date).contains(LocalDate.of(2024, 1, 7));
        assertThat(analysed.analysis().entities()).extracting(EntityMention::canonical).contains("张建华");
    }
}
