package io.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The data dictionary in docs/ is the one the schema's own comments give: it cannot drift from the warehouse. */
class DocsCommandTest {

    @Test
    void theCommittedDataDictionaryIsWhatTheSchemaSays() throws Exception {
        String generated = DocsCommand.ofThisGazette();
        assertThat(generated).contains("## fact_quantity (table)").contains("| char_offset | INTEGER | Characters (code points)")
            .contains("## v_quantity (view)").contains("`approx` about");
        assertThat(Files.readString(Path.of("docs/data-dictionary.md"), StandardCharsets.UTF_8))
            .as("docs/data-dictionary.md is stale: java -jar target/gazette.jar docs --schema-only --out docs/data-dictionary.md")
            .isEqualTo(generated);
    }
}
