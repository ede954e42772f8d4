package io.gazette.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.nlp.Lexicon;
import io.gazette.nlp.NlpProperties.NameModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis version changes with the lexicon and the name model, and only with what decides the rows. */
class AnalyzerVersionTest {

    @TempDir
    Path dir;

    @Test
    void theSameAnalysisHasTheSameVersionAndAnotherLexiconOrModelAnother() throws Exception {
        String bundled = AnalyzerVersion.of(Lexicon.bundled(), NameModel.NONE);
        assertThat(bundled).matches("[0-9a-f]{12}").isEqualTo(AnalyzerVersion.of(Lexicon.bundled(), NameModel.NONE));
        assertThat(AnalyzerVersion.of(Lexicon.bundled(), NameModel.CORENLP)).isNotEqualTo(bundled);
        Files.writeString(dir.resolve("titles.txt"), "书记\n主任\n总工程师\n");
        assertThat(AnalyzerVersion.of(Lexicon.load(dir), NameModel.NONE)).isNotEqualTo(bundled);
    }

    @Test
    void everythingThatDecidesAnEditionsRowsIsVersioned() throws Exception {
        assertThat(AnalyzerVersion.versioned().keySet()).contains("io/gazette/nlp/NameCompounder.class",
            "io/gazette/normalize/DateExtractor.class", "io/gazette/place/PlaceLinker.class", "places/divisions.tsv.gz",
            "places/villages.tsv.gz", "io/gazette/warehouse/FactTables.class")
            .noneMatch(name -> name.startsWith("io/gazette/cli/") || name.startsWith("io/gazette/job/"));
    }
}
