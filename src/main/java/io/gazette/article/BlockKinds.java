package io.gazette.article;

import io.gazette.text.Dateline;
import java.util.regex.Pattern;

/** Recognises what a block of newspaper text is by its form. */
final class BlockKinds {

    static final String ROLE_WORDS = "新华社记者|中新社记者|人民日报记者|本报记者|融媒体记者|全媒体记者|特约记者|见习记者|首席记者|实习记者|记者|"
        + "特约通讯员|通讯员|实习生|摄影|摄|文/|图/|文图/";
    static final Pattern ROLE = Pattern.compile(ROLE_WORDS);
    private static final Pattern BYLINE_MARKED = Pattern.compile("^[■□●◆▲★▼◇]\\s*\\S.{0,60}$");
    private static final Pattern BYLINE_PLAIN = Pattern.compile(
        "^[(\\[【]?\\s*(" + ROLE_WORDS + ")\\s*[\\p{IsHan}·][\\p{IsHan}·\\s、,]{0,40}(摄)?\\s*[)\\]】]?$");
    private static final Pattern CAPTION = Pattern.compile("^(图为|上图|下图|左图|右图|图\\s*[:一二三四五六七八九\\d]|\\(图)");
    /** Credits that close an article or a picture: (本报记者 X), (据新华社电), X摄, (作者为…), X整理, (执笔: X). */
    private static final Pattern CREDIT = Pattern.compile(
        "^[(（][^()（）]{0,200}(?:记者|报道|电|整理|执笔|采写|作者|编译|综合|供稿|参与采访)[^()（）]{0,200}[)）]$"
        + "|^[(（]作者[^()（）]{1,80}[)）]$"
        + "|^(?:[\\p{IsHan}]{0,8}记者)?\\s*[\\p{IsHan}·、\\s]{2,30}\\s*(?:摄|摄影|摄影报道|整理|绘|制图)(?:\\s*[(（][^()（）]{2,12}[)）])?$"
        + "|^[\\p{IsHan}·、\\s]{2,30}\\s*(?:摄|摄影报道)[/／]\\s*[\\p{IsHan}]{2,8}$");
    /** A commentary's signature in brackets at its end: (吴 峰), (王五). */
    private static final Pattern SIGNED_CLOSE = Pattern.compile("^[(（][\\p{IsHan}]{1,3}\\s*[\\p{IsHan}]{1,2}[)）]$");
    /** Credits of the page, not of an article: 版式设计: X, 本版责编: X, 制图: X. */
    private static final Pattern PAGE_CREDIT = Pattern.compile(
        "^(?:版式设计|版面设计|本版责编|本版编辑|责任编辑|责编|美编|制图|图表制作|设计)\\s*[:：]\\s*[\\p{IsHan}·、\\s]{2,30}$");
    /** Heads that belong to the article they sit in: 编者按, 核心阅读, 开栏的话, 记者手记… */
    private static final Pattern INNER_HEAD = Pattern.compile(
        "^(?:编者按|核心阅读|开栏的话|内容提要|记者手记|编后|短评|链接|相关链接|延伸阅读|背景链接|新闻链接|数据|图说|记者观察|专家点评)"
        + "(?:\\s*[:：].*)?$|^.{0,20}[(（](?:记者手记|编者按|短评|编后)[)）]$");
    /** A numbered section head (一、, (一), 1.) or a bullet point. */
    private static final Pattern SECTION_MARK = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.]"
        + "|[●■◆▲★▼◇□○•·]|[一二三四五六七八九十]{1,3}$)");
    private static final Pattern SIGNATURE = Pattern.compile(
        "^(?:[\\p{IsHan}]{2,3}|[\\p{IsHan}]\\s+[\\p{IsHan}]{1,2})(?:\\s+(?:[\\p{IsHan}]{2,3}|[\\p{IsHan}]\\s+[\\p{IsHan}]{1,2}))?$");
    /** A date or a place and date printed alone (2020年11月20日, 北京 2020年1月2日): a letter's or speech's dateline. */
    private static final Pattern DATE_LINE = Pattern.compile(
        "(?:\\d{4}|[〇一二三四五六七八九零]{4})年[\\d一二三四五六七八九十]{1,2}月[\\d一二三四五六七八九十]{1,3}日[)）]?$");
    private static final Pattern CONTACT = Pattern.compile("@|https?://|www\\.|电话|邮箱|热线");
    private static final String SENTENCE_END = "。!?！？…;；";
    private static final String CLOSE_QUOTES = "”」』)）\"'’";
    private static final int TITLE_MAX = 50;
    private static final int CREDIT_MAX = 240;
    /** A line this long with two commas or more is prose, not a title. */
    private static final int PROSE_MIN = 28;
    private static final int KICKER_MAX = 90;

    private BlockKinds() {
    }

    static boolean isByline(String text) {
        if (text.contains("。") || text.length() > 60) {
            return false;
        }
        if (BYLINE_MARKED.matcher(text).matches()) {
            return ROLE.matcher(text).find();
        }
        return BYLINE_PLAIN.matcher(text).matches();
    }

    static boolean isLead(String text) {
        return Dateline.opens(text);
    }

    /** What opens an article's text under its title: a byline, a dateline that is no closing credit, or 核心阅读. */
    static boolean opensArticleText(String text) {
        return isByline(text) || isLead(text) && !isCredit(text) || isInnerHead(text);
    }

    static boolean isCaption(String text) {
        return CAPTION.matcher(text).find();
    }

    /** A credit line closing an article or a picture (not a page credit). */
    static boolean isCredit(String text) {
        if (SIGNED_CLOSE.matcher(text).matches() && Surnames.isSurname(text.substring(1, 2))) {
            return true;
        }
        return text.length() <= CREDIT_MAX && CREDIT.matcher(text).matches() && !isPageCredit(text);
    }

    static boolean isPageCredit(String text) {
        return PAGE_CREDIT.matcher(text).matches();
    }

    static boolean isInnerHead(String text) {
        return text.length() <= 30 && INNER_HEAD.matcher(text).matches();
    }

    /** A writer's signature: one or two bare names (王立新, 赵海涛 孙丽娟, 吴 峰). */
    static boolean isSignature(String text) {
        if (!SIGNATURE.matcher(text).matches()) {
            return false;
        }
        for (String name : text.split("\\s{2,}|(?<=[\\p{IsHan}]{2})\\s+")) {
            String first = name.strip().substring(0, 1);
            if (!Surnames.isSurname(first) && !(name.strip().length() > 2 && Surnames.isSurname(name.strip().substring(0, 2)))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSectionMark(String text) {
        return SECTION_MARK.matcher(text).find();
    }

    /** Ends as a sentence does: 。!? or a closing quote or bracket right after one. */
    static boolean endsSentence(String text) {
        int last = text.length() - 1;
        while (last > 0 && CLOSE_QUOTES.indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        char end = text.charAt(last);
        return SENTENCE_END.indexOf(end) >= 0 || last == text.length() - 1 && ",，、:：".indexOf(end) >= 0 && text.length() > 20;
    }

    /** Looks like running text rather than a title: long, or punctuated as a sentence. */
    static boolean isBodyLike(String text) {
        return text.length() >= 40 || (text.length() >= 10 && (text.contains(",") || text.contains("。")));
    }

    /** A kicker printed above a title and ending in a dash or colon (某县召开现场会——, 市第一医院：). */
    static boolean isKicker(String text) {
        return text.endsWith("——") || text.endsWith("--") || text.endsWith("：") || text.endsWith(":");
    }

    /** Could be a title line: short, not a sentence, not a byline, lead, caption or credit. */
    static boolean isTitleLike(Block block) {
        String text = block.text();
        if (isByline(text) || isLead(text) || isCaption(text) || isCredit(text) || isPageCredit(text)) {
            return false;
        }
        if (block.marked()) {
            return true;
        }
        int max = isKicker(text) || text.startsWith("——") ? KICKER_MAX : TITLE_MAX;
        if (DATE_LINE.matcher(text).find() && !text.startsWith("(") && !text.startsWith("（") && !text.startsWith("——")
            || CONTACT.matcher(text).find()) {
            return false;
        }
        long commas = text.chars().filter(c -> c == ',' || c == '，').count();
        if (commas >= 2 && text.length() >= PROSE_MIN && !isKicker(text) && !text.startsWith("——")) {
            return false;
        }
        return text.length() <= max && text.indexOf('。') < 0 && !endsSentence(text) && !text.endsWith(",") && !text.endsWith("，");
    }
}
