package io.gazette.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packed index gives every feature the number CoreNLP's own index gives it, and nothing else. */
class PackedFeatureIndexTest {

    @Test
    void everyFeatureHasItsNumberAndUnknownOnesNone() {
        // "Aa" and "BB" share a hash code: the table must tell them apart by their characters.
        List<String> features = List.of("W-上海|C", "Aa", "BB", "", "DISTSIM-12|PREV", "W-上海|P", "𠀀字");
        PackedFeatureIndex index = new PackedFeatureIndex(features);
        assertThat(index.size()).isEqualTo(features.size());
        for (int i = 0; i < features.size(); i++) {
            assertThat(index.indexOf(features.get(i))).isEqualTo(i);
            assertThat(index.get(i)).isEqualTo(features.get(i));
        }
        assertThat(index.indexOf("W-上海|N")).isEqualTo(-1);
        assertThat(index.indexOf("A")).isEqualTo(-1);
        assertThat(index.indexOf(null)).isEqualTo(-1);
        assertThat(index.contains("BB")).isTrue();
        assertThat(index.objectsList()).containsExactlyElementsOf(features);
        assertThat(index.isLocked()).isTrue();
    }

    @Test
    void aTrainedIndexIsPackedWithTheSameAnswersAndCannotGrow() {
        List<String> features = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            features.add("F" + i + "|" + (char) ('一' + i % 300));
        }
        Index<String> trained = new HashIndex<>(features);
        Index<String> packed = PackedFeatureIndex.pack(trained);
        assertThat(packed).isInstanceOf(PackedFeatureIndex.class);
        for (String feature : features) {
            assertThat(packed.indexOf(feature)).isEqualTo(trained.indexOf(feature));
        }
        assertThat(packed.indexOf("F5000|一")).isEqualTo(trained.indexOf("F5000|一")).isEqualTo(-1);
        assertThat(packed.addToIndex("F7|" + (char) ('一' + 7))).isEqualTo(7);
        assertThatThrownBy(() -> packed.addToIndex("new feature")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> packed.add("new feature")).isInstanceOf(UnsupportedOperationException.class);
        Index<String> small = new HashIndex<>(List.of("a", "b"));
        assertThat(PackedFeatureIndex.pack(small)).as("too small to matter").isSameAs(small);
    }
}
