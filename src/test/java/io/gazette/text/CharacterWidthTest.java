package io.gazette.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharacterWidthTest {

    @Test
    void fullWidthAsciiAndWideSpacesFoldAndHanStaysAsItIs() {
        StringBuilder folded = new StringBuilder();
        for (char c : "３．５％\u3000增长\u00A0ＧＤＰ".toCharArray()) {
            folded.append(CharacterWidth.fold(c));
        }
        assertThat(folded).hasToString("3.5% 增长 GDP");
    }
}
