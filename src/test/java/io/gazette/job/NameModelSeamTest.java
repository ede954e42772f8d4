package io.gazette.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.TestArchives;
import io.gazette.WarehouseReader;
import io.gazette.cli.GazetteCli;
import io.gazette.nlp.EntityType;
import io.gazette.nlp.NameMention;
import io.gazette.nlp.NameRecognizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The name model is one bean behind {@link NameRecognizer}: the ingest job runs in-process with a fake in its
 * place, and what the fake names lands in the warehouse (the trained model is never loaded).
 */
@SpringBootTest
class NameModelSeamTest {

    private static final String FAKE_NAME = "甲乙丙";

    @Autowired
    GazetteCli cli;

    @Autowired
    NameRecognizer recognizer;

    @Test
    void ingestJobUsesTheRecognizerBean() throws Exception {
        Path work = Files.createTempDirectory("gazette-seam");
        Path inbox = work.resolve("inbox");
        String page = "# 新区召开推进会\n\n本报讯 日前," + FAKE_NAME + "在会上介绍了全年签约项目12个的情况," + FAKE_NAME + "表示要抓落实。\n";
        TestArchives.write(inbox.resolve("paper").resolve("2024-06-01.zip"), Map.of("p1.txt", page.getBytes(StandardCharsets.UTF_8)));
        Path warehouse = work.resolve("w.duckdb");

        cli.run("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString(), "--threads", "1");

        assertThat(cli.getExitCode()).isZero();
        assertThat(recognizer).isInstanceOf(FakeRecognizer.class);
        assertThat(WarehouseReader.rows(warehouse, "select canonical_name || ' ' || entity_type || ' ' || mention_count "
            + "from fact_entity_mention join dim_entity using (entity_key)")).contains(FAKE_NAME + " PERSON 2");
    }

    /** Names every occurrence of one made-up name a person. */
    static final class FakeRecognizer implements NameRecognizer {
        @Override
        public List<NameMention> recognise(String text) {
            List<NameMention> found = new ArrayList<>();
            for (int at = text.indexOf(FAKE_NAME); at >= 0; at = text.indexOf(FAKE_NAME, at + 1)) {
                found.add(new NameMention(FAKE_NAME, EntityType.PERSON, at, at + FAKE_NAME.length()));
            }
            return found;
        }
    }

    @TestConfiguration
    static class FakeModel {
        @Bean
        @Primary
        NameRecognizer fakeRecognizer() {
            return new FakeRecognizer();
        }
    }
}
