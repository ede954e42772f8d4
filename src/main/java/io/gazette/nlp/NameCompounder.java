package io.gazette.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds organisation and place names the segmenter leaves in pieces: a word ending in an organisation or
 * place suffix (党工委, 办事处, 公司; 街道, 小区, 村) joined with the proper nouns, lexicon words and nouns to its
 * left, as in 淮安 + 经济技术开发区 + 党工委 or 南马厂 + 街道.
 */
final class NameCompounder {

    private static final int MAX_TOKENS = 7;
    private static final int MAX_LENGTH = 24;
    private static final Set<String> ADDRESS_PARTS = Set.of("路", "街", "大街", "大道", "巷", "省", "市", "区", "县", "镇");
    private static final Set<String> ADMIN_PREFIXES = Set.of("省", "市", "区", "县");

    private final Lexicon lexicon;

    NameCompounder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Organisation and place names ending at a suffix word. */
    List<EntityMention> compounds(String text, List<Token> tokens) {
        List<EntityMention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token last = tokens.get(i);
            String type = suffixType(last.word());
            if (type == null) {
                continue;
            }
            int j = i;
            while (j > 0 && i - j + 1 < MAX_TOKENS && isNamePart(tokens.get(j - 1))
                && last.end() - tokens.get(j - 1).start() <= MAX_LENGTH) {
                j--;
            }
            while (j < i && !startsName(tokens.get(j), j == i - 1)) {
                j++;
            }
            if (j > 0 && ADMIN_PREFIXES.contains(tokens.get(j - 1).word()) && !isNamePart(tokens.get(j - 1))) {
                j--;
            }
            String name = text.substring(tokens.get(j).start(), last.end());
            if (name.length() > 2 && !lexicon.notNames().contains(name) && (j < i || last.isProper() || isKnown(name))) {
                found.add(new EntityMention(name, type, name, tokens.get(j).start(), last.end()));
            }
        }
        return found;
    }

    private String suffixType(String word) {
        for (String suffix : lexicon.orgSuffixes()) {
            if (word.endsWith(suffix)) {
                return "ORG";
            }
        }
        for (String suffix : lexicon.placeSuffixes()) {
            if (word.endsWith(suffix)) {
                return "PLACE";
            }
        }
        return null;
    }

    private boolean isNamePart(Token t) {
        if (t.isPunctuation() || lexicon.notNames().contains(t.word()) && !t.word().equals("经开区")) {
            return false;
        }
        return t.isProper() || lexicon.words().containsKey(t.word()) || ADDRESS_PARTS.contains(t.word())
            || suffixType(t.word()) != null && t.word().length() > 1
            || (t.nature().equals("n") || t.nature().equals("vn")) && t.word().length() >= 2;
    }

    /** A name starts at a proper noun, a lexicon word, or (right before the suffix) any noun-like word. */
    private boolean startsName(Token t, boolean nextIsSuffix) {
        return t.isProper() || lexicon.words().containsKey(t.word())
            || (nextIsSuffix && t.word().length() >= 2 && !t.nature().startsWith("v"));
    }

    private boolean isKnown(String name) {
        return "ORG".equals(lexicon.words().get(name)) || "PLACE".equals(lexicon.words().get(name));
    }
}
