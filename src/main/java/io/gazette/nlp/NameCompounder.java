package io.gazette.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds organisation and place names the segmenter leaves in pieces: a word ending in an organisation or
 * place suffix (党工委, 办事处, 公司; 街道, 小区, 村) joined with the proper nouns, lexicon words and nouns to its
 * left, as in 淮安 + 经济技术开发区 + 党工委 or 南马厂 + 街道. A name with a proper part (a place or person name,
 * a word no dictionary knows, a lexicon name) is strong; one made of common words only (招商局) is weak.
 */
final class NameCompounder {

    /**
     * A compound name.
     *
     * @param mention the name
     * @param strong true when it has a proper part
     */
    record Compound(EntityMention mention, boolean strong) {
    }

    private static final int MAX_TOKENS = 7;
    private static final int MAX_LENGTH = 24;
    private static final Set<String> ADDRESS_PARTS = Set.of("路", "街", "大街", "大道", "巷");
    private static final Set<String> ADMIN_PREFIXES = Set.of("省", "市", "区", "县");
    private static final Set<String> GOVERNMENT_SUFFIXES = Set.of("厅", "局", "委", "办", "院");
    private static final Set<String> SUB_UNITS = Set.of("分局", "党委", "党工委", "党组", "支部", "党支部", "工委", "办公室", "办事处",
        "管委会", "行业党委");

    private final Lexicon lexicon;

    NameCompounder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Organisation and place names ending at a suffix word. */
    List<Compound> compounds(String text, List<Token> tokens) {
        List<Compound> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token last = tokens.get(i);
            String type = suffixType(last.word());
            if (type == null) {
                continue;
            }
            boolean crossOrgs = type.equals("ORG") && SUB_UNITS.stream().anyMatch(last.word()::endsWith);
            int j = i;
            while (j > 0 && i - j + 1 < MAX_TOKENS && isNamePart(tokens.get(j - 1), crossOrgs)
                && last.end() - tokens.get(j - 1).start() <= MAX_LENGTH) {
                j--;
            }
            while (j < i && !startsName(tokens.get(j), j == i - 1)) {
                j++;
            }
            boolean admin = false;
            if (j > 0 && ADMIN_PREFIXES.contains(tokens.get(j - 1).word())) {
                j--;
                admin = true;
            }
            String name = text.substring(tokens.get(j).start(), last.end());
            if (name.length() <= 2 || lexicon.notNames().contains(name) || name.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            boolean strong = hasProperPart(tokens, j, i) || admin && type.equals("ORG") && governmentBody(last.word());
            if (j < i || isKnown(name) || strong) {
                found.add(new Compound(new EntityMention(name, type, name, tokens.get(j).start(), last.end()), strong));
            }
        }
        return found;
    }

    private boolean hasProperPart(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            String known = lexicon.words().get(t.word());
            if ("ORG".equals(known) || "PLACE".equals(known)) {
                return true;
            }
            if (k == to && suffixType(t.word()) != null && t.word().length() <= 3) {
                continue;
            }
            if (t.word().chars().allMatch(c -> c < 128 && Character.isLetter(c)) && t.word().length() >= 2) {
                return true;
            }
            if (known == null && isProperWord(t)) {
                return true;
            }
        }
        return false;
    }

    /** A place or person name from the dictionary, or a word of two or more characters no dictionary knows. */
    static boolean isProperWord(Token t) {
        if (t.word().length() < 2 || t.isPunctuation()) {
            return false;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(t.word());
        if (attribute == null) {
            return !t.nature().startsWith("m") && !t.nature().startsWith("v");
        }
        for (var nature : attribute.nature) {
            String n = nature.toString();
            if (n.startsWith("ns") || n.startsWith("nr") || n.startsWith("nz") || n.startsWith("nt")) {
                return true;
            }
        }
        return false;
    }

    private boolean governmentBody(String word) {
        return GOVERNMENT_SUFFIXES.stream().anyMatch(word::endsWith);
    }

    String suffixType(String word) {
        if ("ORG".equals(lexicon.words().get(word))) {
            return "ORG";
        }
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

    private boolean isNamePart(Token t, boolean crossOrgs) {
        if (t.isPunctuation() || lexicon.notNames().contains(t.word()) && !t.word().equals("经开区")) {
            return false;
        }
        String type = suffixType(t.word());
        if (type != null && !lexicon.words().containsKey(t.word())) {
            // A place ends a name (南马厂街道 | 农业生态园安置小区); an organisation does too, unless this one is its sub-unit.
            return type.equals("ORG") && crossOrgs && t.word().length() > 1;
        }
        return t.isProper() || lexicon.words().containsKey(t.word()) || ADDRESS_PARTS.contains(t.word())
            || (t.nature().equals("n") || t.nature().equals("nz") || t.nature().equals("vn")) && t.word().length() >= 2;
    }

    /** A name starts at a proper noun, a lexicon word, or (right before the suffix) any noun-like word. */
    private boolean startsName(Token t, boolean nextIsSuffix) {
        return t.isProper() || lexicon.words().containsKey(t.word()) || isProperWord(t)
            || (nextIsSuffix && t.word().length() >= 2 && !t.nature().startsWith("v"));
    }

    private boolean isKnown(String name) {
        return "ORG".equals(lexicon.words().get(name)) || "PLACE".equals(lexicon.words().get(name));
    }
}
