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
}
