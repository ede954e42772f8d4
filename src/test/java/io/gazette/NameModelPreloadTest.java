package io.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameModelPreloadTest {

    @Test
    void commandsThatAnalyseTextPreloadTheModel() {
        assertThat(NameModelPreload.analysesText(List.of("ingest"))).isTrue();
        assertThat(NameModelPreload.analysesText(List.of("ingest", "--date", "2024-01-10"))).isTrue();
        assertThat(NameModelPreload.analysesText(List.of("extract", "inbox/a/2024-01-10.zip"))).isTrue();
    }

    @Test
    void otherCommandsAndHelpRequestsLoadNothing() {
        assertThat(NameModelPreload.analysesText(List.of())).isFalse();
        assertThat(NameModelPreload.analysesText(List.of("query", "--file", "a.sql"))).isFalse();
        assertThat(NameModelPreload.analysesText(List.of("check"))).isFalse();
        assertThat(NameModelPreload.analysesText(List.of("ingest", "--help"))).isFalse();
        assertThat(NameModelPreload.analysesText(List.of("extract", "-h"))).isFalse();
    }
}
