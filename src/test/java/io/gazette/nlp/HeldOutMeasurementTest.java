package io.gazette.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures people, places and organisations on held-out sentences (src/test/resources/nlp/held-out.tsv), written
 * from other regions and never used to tune the rules. Prints precision, recall and F1; asserts only a floor that
 * catches a broken recogniser, not the figure itself.
 */
class HeldOutMeasurementTest {

    private static final String[] TYPES = {"PERSON", "PLACE", "ORG"};

    @Test
    void heldOutSentencesScoreAboveTheFloor() throws Exception {
        HanlpTextAnalyzer analyzer = HanlpTextAnalyzer.withBundledLexicon();
        int[][] counts = new int[3][3];
        try (InputStream in = getClass().getResourceAsStream("/nlp/held-out.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                String[] gold = (parts[1] + " ").split("\\|", -1);
                TextAnalysis analysis = new AliasResolver().resolve(List.of(analyzer.analyse(parts[0]))).get(0);
                for (int t = 0; t < 3; t++) {
                    Set<String> expected = names(gold[t].strip());
                    Set<String> found = new HashSet<>();
                    for (EntityMention m : analysis.entities()) {
                        if (m.type().name().equals(TYPES[t])) {
                            found.add(m.text());
                        }
                    }
                    Set<String> hit = new HashSet<>(found);
                    hit.retainAll(expected);
                    counts[t][0] += hit.size();
                    counts[t][1] += found.size();
                    counts[t][2] += expected.size();
                }
            }
        }
        for (int t = 0; t < 3; t++) {
            double p = counts[t][1] == 0 ? 0 : (double) counts[t][0] / counts[t][1];
            double r = counts[t][2] == 0 ? 0 : (double) counts[t][0] / counts[t][2];
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf("held-out %-6s precision %.3f recall %.3f F1 %.3f (gold %d, found %d)%n", TYPES[t], p, r, f, counts[t][2],
                counts[t][1]);
            assertThat(f).as(TYPES[t] + " F1 on held-out sentences").isGreaterThan(0.4);
        }
    }

    private static Set<String> names(String field) {
        Set<String> names = new HashSet<>();
        for (String n : field.split(",")) {
            if (!n.isBlank()) {
                names.add(n.strip());
            }
        }
        return names;
    }
}
