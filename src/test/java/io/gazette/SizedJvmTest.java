package io.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When ingest starts itself again in a JVM sized for the name model, and with which command line. */
class SizedJvmTest {

    private static final Optional<String> JAVA = Optional.of("/usr/bin/java");

    @Test
    void ingestWithoutHeapOptionsRunsInASizedChildWithTheSameArguments() {
        List<String> command = SizedJvm.childCommand(new String[] {"ingest", "--threads", "2", "--date", "2024-01-10"},
            List.of("-Dgazette.home=/srv/gazette"), JAVA, "target/gazette.jar").orElseThrow();
        assertThat(command).containsExactly("/usr/bin/java", "-Dgazette.home=/srv/gazette", "-Xmx1200m",
            "-Xms1200m", "-XX:+UseParallelGC", "-Dgazette.sized-jvm=true", "-jar", "target/gazette.jar", "ingest", "--threads", "2",
            "--date", "2024-01-10");
    }

    @Test
    void anInitialHeapOfTheUsersOwnIsKept() {
        List<String> command = SizedJvm.childCommand(new String[] {"ingest", "--threads=1"}, List.of("-Xms256m"), JAVA,
            "target/gazette.jar").orElseThrow();
        assertThat(command).contains("-Xms256m", "-Xmx1150m").noneMatch(option -> option.equals("-Xms1150m"));
    }

    @Test
    void aClassPathOfSeveralEntriesStartsTheMainClass() {
        List<String> command = SizedJvm.childCommand(new String[] {"ingest"}, List.of(), JAVA, "classes:lib/a.jar").orElseThrow();
        assertThat(command).containsSubsequence("-cp", "classes:lib/a.jar", GazetteApplication.class.getName(), "ingest");
    }

    @Test
    void heapOrCollectorOptionsOfTheUserOrOtherCommandsAreLeftAlone() {
        for (String option : List.of("-Xmx3g", "-XX:MaxRAMPercentage=50", "-XX:+UseG1GC", "-XX:MaxHeapSize=2g",
            "-Dgazette.sized-jvm=true")) {
            assertThat(SizedJvm.childCommand(new String[] {"ingest"}, List.of(option), JAVA, "gazette.jar")).as(option).isEmpty();
        }
        assertThat(SizedJvm.childCommand(new String[] {"query", "select 1"}, List.of(), JAVA, "gazette.jar")).isEmpty();
        assertThat(SizedJvm.childCommand(new String[] {}, List.of(), JAVA, "gazette.jar")).isEmpty();
        assertThat(SizedJvm.childCommand(new String[] {"ingest"}, List.of(), Optional.empty(), "gazette.jar")).isEmpty();
    }

    @Test
    void theHeapGrowsWithTheAnalysisThreads() {
        assertThat(SizedJvm.heapMegabytes(1)).isEqualTo(1150);
        assertThat(SizedJvm.heapMegabytes(2)).isEqualTo(1200);
        assertThat(SizedJvm.heapMegabytes(64)).isEqualTo(SizedJvm.heapMegabytes(16));
        assertThat(SizedJvm.threads(new String[] {"ingest", "--threads=3"})).isEqualTo(3);
        assertThat(SizedJvm.threads(new String[] {"ingest"}, null)).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(SizedJvm.threads(new String[] {"ingest"}, "6")).isEqualTo(6);
    }
}
