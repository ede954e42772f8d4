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
     * @param parent the organisation a sub-unit belongs to (淮安经济技术开发区 of 淮安经济技术开发区党工委), else null
     */
    record Compound(EntityMention mention, boolean strong, EntityMention parent) {
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
    List<Compound> compounds(String text, List<Token> segmented) {
        List<Token> tokens = mergeSuffixes(segmented);
        List<Compound> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token last = tokens.get(i);
            String type = suffixType(last.word());
            if (type == null) {
                continue;
            }
            boolean crossOrgs = type.equals("ORG") && SUB_UNITS.stream().anyMatch(last.word()::endsWith);
            int j = i;
            while (j > 0 && i - j + 1 < MAX_TOKENS && isNamePart(tokens.get(j - 1), crossOrgs, j == i)
                && last.end() - tokens.get(j - 1).start() <= MAX_LENGTH) {
                j--;
            }
            while (j < i && !startsName(tokens.get(j), j == i - 1, i - j + 1 <= 3)) {
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
                found.add(new Compound(new EntityMention(name, type, name, tokens.get(j).start(), last.end()), strong,
                    parent(text, tokens, j, i)));
            }
        }
        return found;
    }

    /** Joins neighbouring words that together make a suffix the segmenter split (警务 + 室). */
    private List<Token> mergeSuffixes(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token merged = tokens.get(i);
            for (int span = 3; span >= 2; span--) {
                if (i + span <= tokens.size()) {
                    StringBuilder word = new StringBuilder();
                    for (int k = i; k < i + span; k++) {
                        word.append(tokens.get(k).word());
                    }
                    String w = word.toString();
                    if (lexicon.orgSuffixes().contains(w) || lexicon.placeSuffixes().contains(w)) {
                        merged = new Token(w, "nis", tokens.get(i).start());
                        i += span - 1;
                        break;
                    }
                }
            }
            out.add(merged);
        }
        return out;
    }

    /** The longest organisation name inside the compound that ends before its last word. */
    private EntityMention parent(String text, List<Token> tokens, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if ("ORG".equals(suffixType(tokens.get(k).word()))) {
                String name = text.substring(tokens.get(from).start(), tokens.get(k).end());
                return name.length() > 2 ? new EntityMention(name, "ORG", name, tokens.get(from).start(), tokens.get(k).end()) : null;
            }
        }
        return null;
    }

    private boolean hasProperPart(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            String known = lexicon.words().get(t.word());
            if ("ORG".equals(known) || "PLACE".equals(known)) {
                return true;
            }
            if (k == to && suffixType(t.word()) != null) {
                String stem = stem(t.word());
                if (stem.length() >= 2 && isProperWord(new Token(stem, "x", 0))) {
                    return true;
                }
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
            if (n.startsWith("ns") || n.startsWith("nr") || n.startsWith("nz") || n.startsWith("nt") || n.equals("j")) {
                return true;
            }
        }
        return false;
    }

    private String stem(String word) {
        for (String suffix : lexicon.orgSuffixes()) {
            if (word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        for (String suffix : lexicon.placeSuffixes()) {
            if (word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
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

    private boolean isNamePart(Token t, boolean crossOrgs, boolean nextToSuffix) {
        if (t.isPunctuation() || lexicon.notNames().contains(t.word()) && !t.word().equals("经开区")) {
            return false;
        }
        String type = suffixType(t.word());
        if (type != null && !lexicon.words().containsKey(t.word())) {
            // A place ends a name (南马厂街道 | 农业生态园安置小区); an organisation does too, unless this one is its sub-unit.
            return type.equals("ORG") && crossOrgs && t.word().length() > 1;
        }
        return t.isProper() || lexicon.words().containsKey(t.word()) || ADDRESS_PARTS.contains(t.word()) || isProperWord(t)
            || (t.nature().equals("n") || t.nature().equals("vn")) && t.word().length() >= 2;
    }

    /**
     * A name starts at a place, person or organisation name, a lexicon word or a word no dictionary knows; other proper
     * nouns (nz: 宜居) only in a short name; right before the suffix, any noun-like word.
     */
    private boolean startsName(Token t, boolean nextIsSuffix, boolean shortName) {
        boolean proper = t.isProper() && (!t.nature().startsWith("nz") || shortName);
        return proper || lexicon.words().containsKey(t.word()) || CoreDictionary.get(t.word()) == null && t.word().length() >= 2
            || (nextIsSuffix && t.word().length() >= 2 && !t.nature().startsWith("v"));
    }

    private boolean isKnown(String name) {
        return "ORG".equals(lexicon.words().get(name)) || "PLACE".equals(lexicon.words().get(name));
    }
}
