package io.gazette.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class LexiconTest {

    @TempDir
    Path dir;

    @Test
    void operatorFileReplacesTheBundledFileOfTheSameName() throws Exception {
        Files.writeString(dir.resolve("titles.txt"), "# a newsroom's own posts\n站长助理\n", StandardCharsets.UTF_8);
        Lexicon lexicon = Lexicon.load(dir);
        assertThat(lexicon.titles()).containsExactly("站长助理");
        assertThat(lexicon.surnames()).isEqualTo(Lexicon.bundled().surnames());
    }

    @Test
    void missingLexiconFolderIsAClearError() {
        assertThatThrownBy(() -> Lexicon.load(dir.resolve("nowhere"))).hasMessageContaining("gazette.nlp.lexicon-dir")
            .hasMessageContaining("nowhere");
    }

    @Test
    void lexiconDirBindsFromProperties() {
        NlpProperties bound = new Binder(new MapConfigurationPropertySource(Map.of("gazette.nlp.lexicon-dir", dir.toString())))
            .bind("gazette.nlp", NlpProperties.class).get();
        assertThat(bound.lexiconDir()).isEqualTo(dir);
    }
}
