package io.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Default paths resolve against Gazette's home, whatever the current folder. */
class GazettePropertiesTest {

    @TempDir
    Path dir;

    @Test
    void gazetteHomeWinsThenTheJarsProjectThenTheJarsFolder() throws Exception {
        Path project = Files.createDirectories(dir.resolve("gazette"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Path built = project.resolve("target").resolve("gazette.jar");
        Path installed = dir.resolve("opt").resolve("gazette.jar");

        assertThat(GazetteProperties.home("/srv/gazette", built)).isEqualTo(Path.of("/srv/gazette"));
        assertThat(GazetteProperties.home(null, built)).isEqualTo(project);
        assertThat(GazetteProperties.home("", installed)).isEqualTo(dir.resolve("opt"));
        assertThat(GazetteProperties.home(null, null)).isEqualTo(Path.of(""));
    }

    @Test
    void relativeDefaultsAreResolvedAndAbsoluteOnesKept() {
        GazetteProperties properties = new GazetteProperties(Path.of("warehouse/inbox"), Path.of("/data/gazette.duckdb"), 2);
        assertThat(properties.warehouse()).isEqualTo(Path.of("/data/gazette.duckdb"));
        assertThat(properties.inbox()).endsWith(Path.of("warehouse", "inbox"));
    }

    @Test
    void threadsDefaultToOnePerAvailableProcessor() {
        assertThat(new GazetteProperties(Path.of("i"), Path.of("w.duckdb"), 0).threads()).isEqualTo(
            Math.min(64, Runtime.getRuntime().availableProcessors()));
        assertThat(new GazetteProperties(Path.of("i"), Path.of("w.duckdb"), 3).threads()).isEqualTo(3);
    }
}
