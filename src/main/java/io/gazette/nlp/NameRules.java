package io.gazette.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure rules that correct or complete the model's names with what news text always means, whatever the paper:
 * a post is no part of an organisation, an ordinal is part of a body's name, a party congress named by its
 * number is an organisation, a place before a street word names the street.
 */
final class NameRules {

    /** A party congress by its number: 中共十二大, 党的十九大 (two numerals or more, so 十大新闻 is none). */
    private static final Pattern CONGRESS = Pattern.compile("(?:党的)?((?:中共)?[一二三四五六七八九十]{2,3}大)(?![学型量会小批])"
        + "|(第[一二三四五六七八九十百零〇0-9０-９]{1,4}次(?:全国)?代表大会)");
    /** An ordinal before a body's name belongs to it: 第十五次全国代表大会, 第九届全国人大. */
    private static final Pattern ORDINAL = Pattern.compile("第[一二三四五六七八九十百零〇0-9０-９]{1,4}[次届]$");
    private static final int LONGEST_ORDINAL = 7;
    /** What follows a place or a body to name its team: 队, 女队, 男子篮球队, 国家队, 联合登山队. */
    private static final Pattern TEAM = Pattern.compile(
        "(?:男子|女子|男|女)?(?:\\p{IsHan}{1,2}球|国际象棋|围棋|象棋|田径|游泳|体操|跳水|举重|击剑|登山|国家|联合|集训)?队(?![员长伍列友形旗服徽医部])");

    /**
     * Forms of address written after a surname alone (李先生, 王老师, 胡老, 张某): the person is named by the surname.
     * Posts (书记, 局长) count too.
     */
    private static final List<String> ADDRESS_FORMS = List.of("先生", "女士", "小姐", "太太", "夫人", "老师", "教授", "师傅", "同志",
        "大爷", "大妈", "大娘", "大姐", "阿姨", "医生", "大夫", "博士", "总理", "外长", "老", "某");
    /** Verbs of travel and stay before a place's short form: 来京, 赴美, 在港, 访日, 抵沪, 进疆. */
    private static final String TRAVEL = "来进在抵离返赴回驻留访去到";
    /** What follows 某 when it is "some" (某一方面, 某些), not "Mr X": 对某一方面 names nobody. */
    private static final String INDEFINITE = "一些种个位人方项处地时";
    /** Tags of single characters that are function words before a form of address (向老师学习, 和老师一起). */
    private static final List<String> NOT_A_SURNAME = List.of("p", "c", "u", "d", "r", "m", "q", "f", "v", "y", "e", "o");

    private final Lexicon lexicon;

    NameRules(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** An organisation read with its holder's post (交通部长, 联合国秘书长) is the organisation: the post is cut off. */
    NameMention withoutTrailingPost(NameMention name) {
        if (name.type() != EntityType.ORG) {
            return name;
        }
        for (String title : lexicon.titles()) {
            if (name.text().endsWith(title) && name.text().length() > title.length() + 1) {
                // 教育部长: the unit (部) is the organisation's last character and the post only 长; in 商务部部长 the
                // unit is printed twice, so the whole post goes.
                String before = name.text().substring(0, name.text().length() - title.length());
                boolean unitInPost = title.length() == 2 && title.endsWith("长") && !title.equals("区长") && !title.equals("市长")
                    && !title.equals("县长") && !before.endsWith(title.substring(0, 1));
                int cut = unitInPost ? 1 : title.length();
                int end = name.end() - cut;
                return new NameMention(name.text().substring(0, end - name.start()), name.type(), name.start(), end);
            }
        }
        return name;
    }

    /**
     * Places written by their one-character short forms (see {@link Lexicon#placeAbbreviations()}): a word of three
     * or four of them is a list of places (港澳台, 京津冀), and one after a verb of travel or stay is a place (赴美, 回京,
     * 在京, 访日). Two side by side are two places when the pair is no word of the dictionary (中俄, 巴以, which the
     * segmenter may even take for a person's name) or one it knows only as a proper noun or abbreviation (中加, 京津);
     * common words made of two (美德, 非法, 加以) and places named by two (辽宁, 中亚) are not.
     */
    List<NameMention> shortFormPlaces(String text, List<Token> fine) {
        List<NameMention> found = new ArrayList<>();
        for (int i = 0; i < fine.size(); i++) {
            Token t = fine.get(i);
            String word = t.word();
            boolean shortForms = word.chars().allMatch(c -> isShortForm(String.valueOf((char) c)));
            boolean list = word.length() >= 3 && word.length() <= 4 && shortForms
                || word.length() == 2 && shortForms && isPairOfPlaces(t);
            boolean travelWord = word.length() == 2 && TRAVEL.indexOf(word.charAt(0)) >= 0 && isShortForm(word.substring(1));
            boolean afterTravel = word.length() == 1 && isShortForm(word) && i > 0 && fine.get(i - 1).word().length() == 1
                && TRAVEL.indexOf(fine.get(i - 1).word().charAt(0)) >= 0 && (i + 1 == fine.size() || !fine.get(i + 1).isProper());
            if (list) {
                for (int k = t.start(); k < t.end(); k++) {
                    found.add(new NameMention(text.substring(k, k + 1), EntityType.PLACE, k, k + 1));
                }
            } else if (travelWord) {
                found.add(new NameMention(word.substring(1), EntityType.PLACE, t.start() + 1, t.end()));
            } else if (afterTravel) {
                found.add(new NameMention(word, EntityType.PLACE, t.start(), t.end()));
            }
        }
        return found;
    }

    /**
     * A country's short form with 方 (中方, 美方: the country's side in talks), 资 (外资-like: 中资, capital of the
     * country) or 独 (a separatist cause) is no place.
     */
    boolean isSideOrCapital(String place) {
        return place.length() == 2 && isShortForm(place.substring(0, 1)) && "方资独".indexOf(place.charAt(1)) >= 0;
    }

    private static boolean isPairOfPlaces(Token t) {
        if (t.nature().startsWith("ns")) {
            return false;
        }
        CoreDictionary.Attribute known = CoreDictionary.get(t.word());
        if (known == null) {
            return true;
        }
        for (var nature : known.nature) {
            String n = nature.toString();
            if (!n.startsWith("nz") && !n.equals("j")) {
                return false;
            }
        }
        return true;
    }

    private boolean isShortForm(String character) {
        return lexicon.placeAbbreviations().contains(character);
    }

    /**
     * A place read across 驻 (stationed in) is two places: 中国驻美 is China's, in the United States; an embassy or a
     * mission (中国驻美大使馆) is an organisation and stays whole.
     */
    static List<NameMention> stationedApart(NameMention name) {
        int at = name.text().indexOf('驻');
        if (name.type() != EntityType.PLACE || at < 1 || at > name.text().length() - 2) {
            return List.of(name);
        }
        return List.of(new NameMention(name.text().substring(0, at), EntityType.PLACE, name.start(), name.start() + at),
            new NameMention(name.text().substring(at + 1), EntityType.PLACE, name.start() + at + 1, name.end()));
    }

    /** The generic word for a region: 亚太地区 is the region 亚太 (both annotated corpora name it so), 地区 alone none. */
    static final String REGION = "地区";

    /** A place read with the generic 地区 after it (东北地区, 亚太地区) is the place before it. */
    static NameMention withoutRegionWord(NameMention name) {
        if (name.type() != EntityType.PLACE || !name.text().endsWith(REGION) || name.text().length() < REGION.length() + 2) {
            return name;
        }
        return new NameMention(name.text().substring(0, name.text().length() - REGION.length()), name.type(), name.start(),
            name.end() - REGION.length());
    }

    /** 小 and 老 before a name of two characters or more are a form of address (小张明 is 张明), not part of it. */
    static NameMention withoutFamiliarPrefix(NameMention name) {
        if (name.type() != EntityType.PERSON || name.text().length() < 3 || "小老".indexOf(name.text().charAt(0)) < 0) {
            return name;
        }
        return new NameMention(name.text().substring(1), name.type(), name.start() + 1, name.end());
    }

    /** The ordinal printed before an organisation (第十五次) joins its name. */
    static NameMention withOrdinal(String text, NameMention name) {
        if (name.type() != EntityType.ORG) {
            return name;
        }
        Matcher m = ORDINAL.matcher(text.substring(Math.max(0, name.start() - LONGEST_ORDINAL), name.start()));
        if (!m.find()) {
            return name;
        }
        int start = name.start() - (m.end() - m.start());
        return new NameMention(text.substring(start, name.end()), name.type(), start, name.end());
    }

    /** Party congresses named by their number (中共十六大) or by their ordinal (第十六次全国代表大会). */
    static List<NameMention> partyCongresses(String text) {
        List<NameMention> found = new ArrayList<>();
        for (Matcher m = CONGRESS.matcher(text); m.find(); ) {
            int group = m.group(1) != null ? 1 : 2;
            found.add(new NameMention(m.group(group), EntityType.ORG, m.start(group), m.end(group)));
        }
        return found;
    }

    /**
     * Where a place or an organisation's name runs on into a team (中国女队, 北京足球队, 某某俱乐部篮球队), the end of
     * the team's name; else {@code end}.
     */
    static int teamEnd(String text, int end) {
        Matcher m = TEAM.matcher(text).region(end, text.length());
        return m.lookingAt() ? m.end() : end;
    }

    /** 长江路, 人民大街: a place right before a street word names the street, not the place. */
    static boolean namesAStreet(String text, int end) {
        return end < text.length() && "路街道巷".indexOf(text.charAt(end)) >= 0 && !text.startsWith("道路", end)
            && !text.startsWith("街道", end);
    }

    /**
     * People named by the surname and a form of address (李先生, 江主席, 王某; 姓樊的 too): the surname is the name,
     * as the annotated news corpora read it. Read from the segmenter's words: the surname is a word of its own or
     * glued to the form of address in one word, and a one-character word that is a function word (向 in 向老师学习)
     * or a surname outside the common ones is none, and a glued word that {@code commonWord} knows (古老, 元老,
     * 党主席) is a word of its own.
     */
    List<NameMention> addressedBySurname(String text, List<Token> fine, Predicate<String> commonWord) {
        List<NameMention> found = new ArrayList<>();
        for (int i = 0; i < fine.size(); i++) {
            Token t = fine.get(i);
            String glued = commonWord.test(t.word()) ? null : addressedSurname(t.word());
            if (glued != null && !isIndefinite(text, t)) {
                found.add(new NameMention(glued, EntityType.PERSON, t.start(), t.start() + glued.length()));
                continue;
            }
            if (!isCommonSurname(t.word()) || NOT_A_SURNAME.stream().anyMatch(t.nature()::startsWith)) {
                continue;
            }
            boolean addressed = i + 1 < fine.size() && isAddress(fine.get(i + 1).word()) && !isIndefinite(text, fine.get(i + 1));
            boolean named = i > 0 && fine.get(i - 1).word().equals("姓") && (i + 1 == fine.size() || !fine.get(i + 1).isProper());
            if (addressed || named) {
                found.add(new NameMention(t.word(), EntityType.PERSON, t.start(), t.end()));
            }
        }
        return found;
    }

    /** 某 read as "some" (某一方面, 某些), not as "Mr X". */
    private static boolean isIndefinite(String text, Token address) {
        return address.word().endsWith("某") && address.end() < text.length() && INDEFINITE.indexOf(text.charAt(address.end())) >= 0;
    }

    /** The surname of a word that is a surname and a form of address glued. */
    private String addressedSurname(String word) {
        for (int length = 1; length <= 2 && length < word.length(); length++) {
            String surname = word.substring(0, length);
            if (isCommonSurname(surname) && isAddress(word.substring(length))) {
                return surname;
            }
        }
        return null;
    }

    /** A surname of the most common hundred, or of two characters: rarer ones are more often common words. */
    private boolean isCommonSurname(String word) {
        return lexicon.commonSurnames().contains(word) || word.length() == 2 && lexicon.surnames().contains(word);
    }

    private boolean isAddress(String word) {
        return ADDRESS_FORMS.contains(word) || lexicon.titles().contains(word) && !word.startsWith("副");
    }
}
