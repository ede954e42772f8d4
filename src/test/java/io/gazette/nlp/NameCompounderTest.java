package io.gazette.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names built up to a suffix word, on segmentations written out word by word. */
class NameCompounderTest {

    private final NameCompounder compounder = new NameCompounder(Lexicon.bundled());

    @Test
    void banAfterAFieldWithoutABodyIsTheVerb() {
        assertThat(organisations("村民/n 集资/v 办/v 学/v")).isEmpty();
        assertThat(organisations("能人/n 牵头/v 办/v 厂/n")).isEmpty();
        assertThat(organisations("老人们/n 相约/v 办/v 书画班/n")).isEmpty();
    }

    @Test
    void banAfterItsBodyIsAnOffice() {
        assertThat(organisations("县委/nt 办/v 发出/v 通知/n")).contains("县委办");
        assertThat(organisations("国务院/nt 新闻/n 办/v 负责人/n")).contains("国务院新闻办");
    }

    /** The organisations found in words written as {@code word/nature} separated by spaces. */
    private List<String> organisations(String segmented) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String written : segmented.split(" ")) {
            String[] parts = written.split("/");
            tokens.add(new Token(parts[0], parts[1], text.length()));
            text.append(parts[0]);
        }
        return compounder.compounds(text.toString(), tokens).stream().map(NameCompounder.Compound::mention)
            .filter(m -> m.type() == EntityType.ORG).map(EntityMention::text).toList();
    }
}
