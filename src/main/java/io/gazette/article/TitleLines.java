package io.gazette.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the main title out of a run of title lines. Marked runs: the line with the fewest {@code #}.
 * Unmarked runs: a line ending in a dash is a kicker and one starting with a dash a subtitle; of the rest,
 * one line is the title, two are title and subtitle (or one title broken in two when the first is a short
 * fragment), three (or two and a dashed subtitle) are kicker, title and subtitle.
 *
 * @param headline the main title
 * @param subtitles the other lines, dashes trimmed
 */
record TitleLines(String headline, List<String> subtitles) {

    private static final int FRAGMENT_MAX = 6;
    private static final Pattern REPORTING = Pattern.compile("(?:强调|表示|指出|宣布|透露|认为|提出|要求|获悉|建议|说|称|时强调|时指出)$");
    /** A kicker saying when: 9月末, 明年一季度, 2016年底投产以来. */
    private static final Pattern TIME_PHRASE = Pattern.compile("^(?:截至|自|从)?(?:\\d{4}年|今年|去年|前?[\\d一二三四五六七八九十]{1,2}个?月|"
        + "[一二三四]季度)(?:.{0,6}|.{0,16}(?:以来|期间|之际))$");
    /** A kicker naming only who: 全市税务部门, 两部委, 湖南郴州. */
    private static final Pattern SUBJECT_ONLY = Pattern.compile("^[\\p{IsHan}、]{2,16}(?:部|委|厅|署|机关|政府|中心|集团|公司|部门|委员会|办公室|省|市|县|州)$");
    /** A subtitle giving the figures: 12项成果发布, 同比增加近20万吨, 连续3个月增长. */
    private static final Pattern FIGURE = Pattern.compile("^(?:\\d|同比|环比|累计|连续|预计|强调)|百分之|%|连续\\d|同比");
    /** A line that reports an event: a subject of two characters or more, then the event. */
    private static final Pattern EVENT = Pattern.compile(
        "^[^\\s]{2,14}?(?:召开|举行|举办|开展|启动|部署|发布|印发|出台|出席|会见|会谈|接见|调研|考察|视察|观摩|表彰|签署|通报|发出|接待|欢送|"
        + "开幕|闭幕|揭晓|介绍|实行|推进|座谈会|发布会)");
    private static final int JOINED_MAX = 24;

    static TitleLines of(List<Block> titles) {
        if (titles.isEmpty()) {
            return new TitleLines(null, List.of());
        }
        boolean unmarkedPair = titles.stream().noneMatch(Block::marked) && titles.size() == 2;
        if (unmarkedPair && isFragmentPair(titles) && !saysWhoOrWhen(titles.get(0).text())) {
            return new TitleLines(trimDashes(titles.get(0).text()) + trimDashes(titles.get(1).text()), List.of());
        }
        int main = mainIndex(titles);
        List<String> others = new ArrayList<>();
        String headline = trimDashes(titles.get(main).text());
        for (int k = 0; k < titles.size(); k++) {
            if (k != main) {
                others.add(trimDashes(titles.get(k).text()));
            }
        }
        return new TitleLines(headline, List.copyOf(others));
    }

    private static int mainIndex(List<Block> titles) {
        int best = -1;
        for (int k = 0; k < titles.size(); k++) {
            Block b = titles.get(k);
            if (b.marked() && (best < 0 || b.level() < titles.get(best).level())) {
                best = k;
            }
        }
        if (best >= 0) {
            return best;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            String t = titles.get(k).text();
            if (!t.startsWith("——") && !t.startsWith("--") && !BlockKinds.isKicker(t) && !t.matches("^[(（].*[)）]$")) {
                candidates.add(k);
            }
        }
        if (candidates.isEmpty()) {
            return 0;
        }
        List<Integer> tagged = candidates.stream().filter(k -> ArticleSplitter.hasColumnTag(titles.get(k).text())).toList();
        if (tagged.size() == 1) {
            return tagged.get(0);
        }
        boolean dashedSubtitle = titles.stream().anyMatch(b -> b.text().startsWith("——") || b.text().startsWith("--"));
        if (candidates.size() == 2 && dashedSubtitle) {
            // Kicker, title, ——subtitle: the title stands right above its dashed subtitle.
            return candidates.get(1);
        }
        if (candidates.size() == 2) {
            return candidates.get(mainOfTwo(titles.get(candidates.get(0)).text(), titles.get(candidates.get(1)).text()));
        }
        return candidates.size() >= 3 ? candidates.get(1) : candidates.get(0);
    }

    /**
     * Which of two title lines is the main title (0 or 1). The other is a kicker when it reports who spoke or when
     * (某某在X考察时强调, 9月末), a subtitle when it opens with a figure (12项成果发布); where one line reports an
     * event (X召开, X举行) and the other does not, the event line is the secondary one; else the second line is
     * the title under its kicker.
     */
    static int mainOfTwo(String first, String second) {
        if (saysWhoOrWhen(first)) {
            return 1;
        }
        if (FIGURE.matcher(second).find()) {
            return 0;
        }
        boolean firstEvent = EVENT.matcher(first).find();
        boolean secondEvent = EVENT.matcher(second).find();
        if (firstEvent != secondEvent) {
            return firstEvent ? 1 : 0;
        }
        return 1;
    }

    /** A kicker that only says who spoke, who acted or when (某某强调, 全市税务部门, 9月末). */
    private static boolean saysWhoOrWhen(String line) {
        return REPORTING.matcher(line).find() || TIME_PHRASE.matcher(line).matches() || SUBJECT_ONLY.matcher(line).matches();
    }

    private static boolean isFragmentPair(List<Block> titles) {
        String first = titles.get(0).text();
        String second = titles.get(1).text();
        return first.length() <= FRAGMENT_MAX && !first.contains(" ") && !second.contains(" ")
            && !second.startsWith("——") && first.length() + second.length() <= JOINED_MAX;
    }

    private static String trimDashes(String text) {
        return text.replaceAll("^[—\\-]+", "").replaceAll("[—\\-]+$", "").strip();
    }
}
