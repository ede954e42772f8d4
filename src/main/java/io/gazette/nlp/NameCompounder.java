package io.gazette.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds organisation and place names the segmenter leaves in pieces: a word ending in an organisation or
 * place suffix (党工委, 办事处, 公司; 街道, 小区, 村) joined with the proper nouns, lexicon words and nouns to its
 * left, as in 淮安 + 经济技术开发区 + 党工委 or 北关 + 街道. A name with a proper part (a place or person name,
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
    /** The one government suffix that is also a common verb (办学, 办事, 办企业). */
    private static final String VERB_SUFFIX = "办";
    private static final Set<String> SUB_UNITS = Set.of("分局", "党委", "党工委", "党组", "支部", "党支部", "工委", "办公室", "办事处",
        "管委会", "行业党委", "学院", "研究所");
    /** Suffix words that also occur inside names (科技城中心警务室, 锦华花园小区) and so do not end a name to their right. */
    private static final Set<String> INNER_SUFFIXES = Set.of("中心", "谷", "花园", "家园", "新村", "广场", "公园", "大学城", "科技", "乐园",
        "经济技术开发区", "开发区", "高新区");
    private static final Set<String> CONNECTORS = Set.of("和", "与");
    private static final String FUNCTION_NATURES = "p c u d r w m y e o q f";
    private static final String SINGLE_FUNCTION_NATURES = "p c u d r w m y e o f";

    private final Lexicon lexicon;

    NameCompounder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** 研究所和湖北省水产研究所 is two names: a connector after a complete name lists names, it does not join them. */
    private boolean endsAName(Token t) {
        return t.word().length() >= 2 && (lexicon.orgSuffixes().stream().anyMatch(t.word()::endsWith)
            || lexicon.placeSuffixes().stream().anyMatch(t.word()::endsWith) || t.nature().startsWith("ns") || t.nature().startsWith("nt"));
    }

    /** Organisation and place names ending at a suffix word. */
    List<Compound> compounds(String text, List<Token> segmented) {
        List<Token> tokens = mergeSuffixes(segmented);
        List<Compound> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token last = tokens.get(i);
            String type = suffixType(last);
            if (type == null) {
                continue;
            }
            boolean crossOrgs = type.equals("ORG") && SUB_UNITS.stream().anyMatch(last.word()::endsWith);
            // A complete name from the lexicon (经开区) takes only place names in front (淮安经开区), not 品质 or 幸福.
            boolean properOnly = "ORG".equals(lexicon.words().get(last.word()));
            int j = i;
            // A place the dictionary knows whole (苏州市, 甘肃省) is its own name: the words before it (近两年, 农家女,
            // a name the segmenter made of 黄菊和) are no part of it.
            boolean wholePlace = type.equals("PLACE") && last.nature().startsWith("ns") && stem(last.word()).length() >= 2;
            while (!wholePlace && j > 0 && i - j + 1 < MAX_TOKENS && last.end() - tokens.get(j - 1).start() <= MAX_LENGTH) {
                Token before = tokens.get(j - 1);
                // Before a one-character suffix (局, 厅, 委) the word is the body's field, whatever its part of speech (经济发展 + 局).
                boolean field = j == i && last.word().length() == 1 && type.equals("ORG") && governmentBody(last.word())
                    && before.word().length() >= 2 && !before.isPunctuation()
                    && !FUNCTION_NATURES.contains(before.nature().substring(0, 1));
                boolean part = properOnly ? before.nature().startsWith("ns") : field || isNamePart(before, crossOrgs, type)
                    || CONNECTORS.contains(before.word()) && j - 1 > 0 && j < i && !endsAName(tokens.get(j - 2));
                if (!part) {
                    break;
                }
                j--;
            }
            int named = type.equals("PLACE") ? placeStart(tokens, j, i) : -1;
            if (named >= 0) {
                j = named;
            }
            while (named < 0 && j < i && !startsName(tokens.get(j), j == i - 1, i - j + 1 <= 3)
                && !ADDRESS_PARTS.contains(tokens.get(j).word())) {
                j++;
            }
            int beforeAbsorb = j;
            j = absorbSingleCharacters(tokens, j, i);
            boolean rareName = j < beforeAbsorb;
            while (rareName && j > 0 && extendsRareName(tokens.get(j - 1))) {
                j--;
            }
            while (j < i && ADDRESS_PARTS.contains(tokens.get(j).word())) {
                j++;
            }
            boolean admin = false;
            if (j > 0 && ADMIN_PREFIXES.contains(tokens.get(j - 1).word()) && type.equals("ORG") && governmentBody(last.word())) {
                j--;
                admin = true;
            }
            String name = text.substring(tokens.get(j).start(), last.end());
            if (name.length() <= 2 || lexicon.notNames().contains(name) || name.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            if (last.word().equals(VERB_SUFFIX) && !admin && !isKnown(name) && !hasBodyBefore(tokens, j, i)) {
                // 办 is far more often the verb (集资办学, 合伙办厂) than an office: one needs its body (县委办, 国务院新闻办).
                continue;
            }
            boolean strong = rareName || hasProperPart(tokens, j, i) || admin && type.equals("ORG") && governmentBody(last.word());
            if (j < i || isKnown(name) || strong) {
                found.add(new Compound(new EntityMention(name, EntityType.valueOf(type), name, tokens.get(j).start(), last.end()), strong,
                    parent(text, tokens, j, i)));
            }
        }
        return found;
    }

    /**
     * Rare names the segmenter breaks into single characters (枚/乘 + 路, 许 + 庄村): up to two lone characters
     * that are not function words join a road word or a place word whose own stem is short.
     */
    private int absorbSingleCharacters(List<Token> tokens, int j, int i) {
        Token first = tokens.get(j);
        boolean road = ADDRESS_PARTS.contains(first.word());
        boolean shortPlace = j == i && "PLACE".equals(suffixType(first.word())) && stem(first.word()).length() < 2;
        if (!road && !shortPlace) {
            return j;
        }
        int k = j;
        while (k > 0 && j - k < 2 && tokens.get(k - 1).word().length() == 1 && isHan(tokens.get(k - 1).word().charAt(0))
            && !SINGLE_FUNCTION_NATURES.contains(tokens.get(k - 1).nature().substring(0, 1))
            && !lexicon.notNames().contains(tokens.get(k - 1).word())
            && (road || completesPlace(tokens.get(k - 1), first.word().length() == 1))) {
            k--;
        }
        if (road) {
            return k;
        }
        // 许 + 庄村: one character completes a one-character stem; a bare 街道 or 市 needs two (枚 + 乘 + 街道).
        int stemLength = stem(first.word()).length();
        return stemLength == 1 ? Math.max(k, j - 1) : j - k == 2 ? k : j;
    }

    /**
     * A lone character that may complete a place stem: never an administrative word itself (逐乡逐村, 并乡扩镇 list
     * places, they name none); before a bare one-character word (村, 镇, 乡), which is far more often a common noun,
     * only a surname (许 + 庄村, 王 + 村, whatever tag the segmenter gave it) or a character that is no verb or
     * measure word (是向乡, 村联镇 name nothing).
     */
    private boolean completesPlace(Token t, boolean bareCharacter) {
        if ("PLACE".equals(suffixType(t.word()))) {
            return false;
        }
        return !bareCharacter || lexicon.surnames().contains(t.word()) || !t.nature().startsWith("v") && !t.nature().startsWith("q");
    }

    /** What may stand before a rare name: a zone or organisation from the lexicon, or a place that is not itself a place word. */
    private boolean extendsRareName(Token t) {
        return "ORG".equals(lexicon.words().get(t.word())) || INNER_SUFFIXES.contains(t.word())
            || t.nature().startsWith("ns") && suffixType(t.word()) == null;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
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

    /**
     * A place is named by the last place or person name before its suffix (幸福示范居住区 + 东方小区); without one,
     * the whole run of nouns is its name (滨河生态园安置小区).
     */
    private static int placeStart(List<Token> tokens, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            String nature = tokens.get(k).nature();
            if (nature.startsWith("ns") || nature.startsWith("nr")) {
                return k;
            }
        }
        return to - from >= 2 ? from : -1;
    }

    /** The longest organisation name inside the compound that ends before its last word. */
    private EntityMention parent(String text, List<Token> tokens, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if ("ORG".equals(suffixType(tokens.get(k).word())) && !INNER_SUFFIXES.contains(tokens.get(k).word())) {
                String name = text.substring(tokens.get(from).start(), tokens.get(k).end());
                return name.length() > 2
                    ? new EntityMention(name, EntityType.ORG, name, tokens.get(from).start(), tokens.get(k).end()) : null;
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

    /** A body or place among the words before an office's suffix (县委 + 办, 国务院 + 新闻 + 办, 开发区 + 招商 + 办). */
    private boolean hasBodyBefore(List<Token> tokens, int from, int suffix) {
        for (int k = from; k < suffix; k++) {
            Token t = tokens.get(k);
            String w = t.word();
            if (t.nature().startsWith("ns") || t.nature().startsWith("nt") || "ORG".equals(lexicon.words().get(w))
                || w.length() >= 2 && (governmentBody(w) || w.endsWith("部") || w.endsWith("政府") || suffixType(t) != null)) {
                return true;
            }
        }
        return false;
    }

    private boolean governmentBody(String word) {
        return GOVERNMENT_SUFFIXES.stream().anyMatch(word::endsWith);
    }

    /** The type a token's suffix names; a common word that merely ends like one (家乡, 全局) names nothing. */
    String suffixType(Token t) {
        String type = suffixType(t.word());
        if (type == null || lexicon.words().containsKey(t.word()) || lexicon.orgSuffixes().contains(t.word())
            || lexicon.placeSuffixes().contains(t.word()) || t.nature().startsWith("ni") || t.nature().startsWith("nt")
            || t.nature().startsWith("ns")) {
            return type;
        }
        boolean commonWord = CoreDictionary.get(t.word()) != null || CustomDictionary.get(t.word()) != null
            || t.nature().equals("l") || t.nature().equals("i");
        return commonWord ? null : type;
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

    private boolean isNamePart(Token t, boolean crossOrgs, String compoundType) {
        if (t.isPunctuation() || lexicon.notNames().contains(t.word()) || lexicon.titles().contains(t.word())) {
            // A post (领导, 书记) ends what stands before it: 某县领导 + 走访服务中心 is no organisation.
            return false;
        }
        if (INNER_SUFFIXES.contains(t.word())) {
            return true;
        }
        String type = suffixType(t);
        String known = lexicon.words().get(t.word());
        if (type != null && !"ORG".equals(known) && !"PLACE".equals(known) && !INNER_SUFFIXES.contains(t.word())) {
            // A place ends a place name (北关街道 | 滨河生态园安置小区) but may open an organisation's (淮安市 + 公安局);
            // an organisation ends a name too, unless the name is its sub-unit (分局, 党委).
            if (type.equals("PLACE")) {
                return compoundType.equals("ORG") && t.nature().startsWith("ns");
            }
            return crossOrgs && t.word().length() > 1;
        }
        // Ordinals (第一医院) and attributive words (附属, 省级) belong to names as well as nouns do.
        boolean ordinal = t.nature().startsWith("m") && t.word().startsWith("第");
        return t.isProper() || lexicon.words().containsKey(t.word()) || ADDRESS_PARTS.contains(t.word()) || isProperWord(t) || ordinal
            || (t.nature().equals("n") || t.nature().equals("vn") || t.nature().equals("b")) && t.word().length() >= 2;
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
