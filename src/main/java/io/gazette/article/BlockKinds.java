package io.gazette.article;

import java.util.regex.Pattern;

/** Recognises what a block of newspaper text is by its form. */
final class BlockKinds {

    static final String ROLE_WORDS = "新华社记者|中新社记者|人民日报记者|本报记者|融媒体记者|全媒体记者|特约记者|见习记者|首席记者|实习记者|记者|特约通讯员|通讯员|实习生|摄影|摄|文/|图/|文图/";
    static final Pattern ROLE = Pattern.compile(ROLE_WORDS);
    private static final Pattern BYLINE_MARKED = Pattern.compile("^[■□●◆▲★▼◇]\\s*\\S.{0,60}$");
    private static final Pattern BYLINE_PLAIN = Pattern.compile(
        "^[(\\[【]?\\s*(" + ROLE_WORDS + ")\\s*[\\p{IsHan}·][\\p{IsHan}·\\s、,]{0,40}(摄)?\\s*[)\\]】]?$");
    private static final Pattern LEAD = Pattern.compile("^(本报讯|本报[\\p{IsHan}\\d\\s]{0,12}[讯电]|新华社[\\p{IsHan}\\d\\s]{0,16}电|"
        + "[\\p{IsHan}]{2,8}(网|社)?[\\d一二三四五六七八九十]{1,2}月[\\d一二三四五六七八九十]{1,3}日电)");
    private static final Pattern CAPTION = Pattern.compile("^(图为|上图|下图|左图|右图|图\\s*[:一二三四五六七八九\\d]|\\(图)");
    private static final String SENTENCE_END = "。!?！？…;；”」』)）";

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
        return LEAD.matcher(text).find();
    }

    static boolean isCaption(String text) {
        return CAPTION.matcher(text).find();
    }

    static boolean endsSentence(String text) {
        return SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** Looks like running text rather than a title: long, or punctuated as a sentence. */
    static boolean isBodyLike(String text) {
        return text.length() >= 40 || (text.length() >= 10 && (text.contains(",") || text.contains("。")));
    }

    /** Could be a title line: short, not a sentence, not a byline, lead or caption. */
    static boolean isTitleLike(Block block) {
        String text = block.text();
        if (isByline(text) || isLead(text) || isCaption(text)) {
            return false;
        }
        if (block.marked()) {
            return true;
        }
        return text.length() <= 40 && !text.contains("。") && !endsSentence(text) && !text.endsWith(",")
            && !text.endsWith(":");
    }
}
