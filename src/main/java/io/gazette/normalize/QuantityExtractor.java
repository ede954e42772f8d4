package io.gazette.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every amount in a text and normalises it to a value, unit, qualifier and indicator. It leaves out
 * what only looks like an amount: dates and years, ordinals (第三), numbers inside codes and slogans
 * ("1623"目标, 3+N, 5G, PH13.5), list markers and idioms built on Chinese numerals (一是, 一手抓, 四个方面).
 */
public final class QuantityExtractor {

    private static final String ARABIC = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String CHINESE = "[零〇一二两三四五六七八九十百千万亿几]+(?:点[零〇一二三四五六七八九]+)?";
    private static final String NUMBER = "(?:" + ARABIC + "[十百千万亿]*?|" + CHINESE + ")";
    private static final String RANGE = "(?:至|到|-|~|～|—|－)";
    private static final String PRE = "(?:大约|约|将近|接近|近|超过|超|逾|突破|不足|不到|数)";
    private static final String POST = "(?:左右|上下|以上|以下|以内|多)";
    private static final Pattern PERCENT_WORDS = Pattern.compile("百分之(" + CHINESE + "|" + ARABIC + ")");
    private static final Pattern FRACTION = Pattern.compile("(" + CHINESE + ")分之(" + CHINESE + ")");
    private static final Pattern ARABIC_BIG = Pattern.compile("(\\d+)大([\\p{IsHan}])");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String FINANCIAL = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兩圆";
    private static final String PLAIN = "一二二三三四五六六七八九十百千万亿两元";
    private static final Pattern CURRENCY_SIGN = Pattern.compile("(?<sign>US\\$|HK\\$|[¥￥$€])\\s?(?<num>" + ARABIC + ")(?<mult>[万亿]*)"
        + "(?<unit>元|美元|港元|欧元)?");
    private static final Pattern TENTHS = Pattern.compile("(?<pre>" + PRE + ")?(?<num>[一二两三四五六七八九十]|10|[1-9])成(?<post>多|以上|左右)?"
        + "(?![为立功本果绩长就员都效交品型年熟])");
    private static final java.util.Set<String> NOT_QUALIFIERS = java.util.Set.of("签约", "节约", "制约", "预约", "履约", "违约", "公约",
        "条约", "合约", "特约", "邀约", "如约", "集约", "附近", "最近", "临近", "靠近", "亲近", "就近", "邻近", "赶超", "高超");

    private final UnitTable units;
    private final IndicatorFinder indicators;
    private final Pattern amount;

    public QuantityExtractor(UnitTable units, IndicatorFinder indicators) {
        this.units = units;
        this.indicators = indicators;
        this.amount = Pattern.compile("(?<pre>" + PRE + ")?(?<num>" + NUMBER + ")(?:%?\\s*" + RANGE + "\\s*(?<num2>" + NUMBER + "))?"
            + "(?<mid>余|多)?(?<mult>[十百千万亿]*?)(?<unit>" + units.alternation() + ")(?<post>" + POST + ")?");
    }

    /** The extractor with the bundled unit words and indicator heads. */
    public static QuantityExtractor bundled() {
        return new QuantityExtractor(UnitTable.bundled(), IndicatorFinder.bundled());
    }

    /** Every amount in {@code text}, in order of appearance; full-width digits and signs (３．５％) read as ASCII. */
    public List<Quantity> extract(String original) {
        String text = foldWidth(original);
        List<Quantity> found = extractFolded(text);
        if (text.equals(original)) {
            return found;
        }
        return found.stream().map(q -> new Quantity(original.substring(q.start(), q.end()), q.value(), q.valueHigh(), q.unitCode(),
            q.baseValue(), q.qualifier(), q.indicator(), q.start(), q.end())).toList();
    }

    /**
     * Full-width ASCII forms to ASCII, and the financial numerals of cheques and contracts (壹万贰仟圆) to plain
     * ones where they stand next to another numeral, one character for one so offsets stay valid.
     */
    static String foldWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int financial = FINANCIAL.indexOf(c);
            if (financial >= 0 && (isNumeral(text, i - 1) || isNumeral(text, i + 1))) {
                out.append(PLAIN.charAt(financial));
            } else {
                out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
            }
        }
        return out.toString();
    }

    private static boolean isNumeral(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return FINANCIAL.indexOf(c) >= 0 || "零〇一二两三四五六七八九十百千万亿元圆整".indexOf(c) >= 0;
    }

    private List<Quantity> extractFolded(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = amount.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Quantity q = accept(text, m);
            if (q != null) {
                found.add(q);
                from = m.end();
            } else {
                from = m.start("num") + Math.max(1, m.group("num").length());
            }
        }
        found.addAll(wordPercents(text, found));
        found.addAll(arabicBig(text, found));
        found.addAll(currencySigns(text, found));
        found.addAll(tenths(text, found));
        found.sort(java.util.Comparator.comparingInt(Quantity::start));
        return found;
    }

    private Quantity accept(String text, Matcher m) {
        String num = m.group("num");
        String num2 = m.group("num2");
        String unitWord = m.group("unit");
        UnitTable.UnitWord word = units.word(unitWord);
        int start = m.start("num");
        boolean chinese = !Character.isDigit(num.charAt(0));
        if (word == null || excludedByContext(text, start, m.end("unit"), num, chinese)) {
            return null;
        }
        if (chinese && !acceptChinese(num, word, realQualifier(text, m) != null)) {
            return null;
        }
        if (word.kind().equals("duration") && word.unit().code().equals("year") && !isDurationYear(text, num, m.end("unit"))) {
            return null;
        }
        if (!unitFits(text, unitWord, m.end("unit"), start)) {
            return null;
        }
        BigDecimal value;
        BigDecimal high = null;
        BigDecimal trailing = ChineseNumbers.multiplier(m.group("mult"));
        try {
            value = ChineseNumbers.parse(num);
            if (num2 != null) {
                high = ChineseNumbers.parse(num2).multiply(trailing);
                value = inheritMultiplier(num, num2 + m.group("mult"), value);
            } else {
                value = value.multiply(trailing);
            }
        } catch (IllegalArgumentException e) {
            // Not a well-formed number after all (such as 十百); it is not an amount.
            return null;
        }
        if (value.signum() == 0 && chinese) {
            return null;
        }
        String pre = realQualifier(text, m);
        String qualifier = qualifier(pre, m.group("mid"), m.group("post"), num, high != null);
        if (high != null && high.compareTo(value) < 0) {
            return null;
        }
        Unit unit = word.unit();
        String indicator = indicators.find(text, m.group("pre") != null ? m.start("pre") : start);
        return new Quantity(text.substring(start, m.end("unit")), value, high, unit.code(), value.multiply(unit.factorToBase()),
            qualifier, indicator, start, m.end("unit"));
    }

    /** The qualifier before the number, unless it is the end of another word (签约, 附近, 赶超). */
    private static String realQualifier(String text, Matcher m) {
        String pre = m.group("pre");
        if (pre == null || pre.length() > 1) {
            return pre;
        }
        int at = m.start("pre");
        String word = at > 0 ? text.substring(at - 1, at + 1) : "";
        if (pre.equals("数") && at > 0 && "人总次户个件天岁票分系指倍函基少多无".indexOf(text.charAt(at - 1)) >= 0) {
            // 人数, 总数, 次数: 数 ends a noun here and does not make the amount approximate.
            return null;
        }
        return NOT_QUALIFIERS.contains(word) ? null : pre;
    }

    private static BigDecimal inheritMultiplier(String low, String high, BigDecimal lowValue) {
        boolean lowPlain = low.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
        String highMultiplier = high.replaceAll("^[\\d.,]+", "");
        if (lowPlain && !highMultiplier.isEmpty() && Character.isDigit(high.charAt(0))) {
            return lowValue.multiply(ChineseNumbers.multiplier(highMultiplier));
        }
        return lowValue;
    }

    private static String qualifier(String pre, String mid, String post, String num, boolean range) {
        if (range) {
            return "range";
        }
        if (mid != null || "以上".equals(post) || "多".equals(post)) {
            return "over";
        }
        if ("以下".equals(post) || "以内".equals(post)) {
            return "under";
        }
        if ("左右".equals(post) || "上下".equals(post) || ChineseNumbers.isApproximate(num)) {
            return "approx";
        }
        if (pre == null) {
            return "exact";
        }
        return switch (pre) {
            case "约", "大约", "近", "将近", "接近", "数" -> "approx";
            case "不足", "不到" -> "under";
            default -> "over";
        };
    }

    /** Chinese numerals count things only in clear cases: people, durations and measures, never 一 alone. */
    private static boolean acceptChinese(String num, UnitTable.UnitWord word, boolean qualified) {
        char first = num.charAt(0);
        boolean bare = first == '百' || first == '千' || first == '万' || first == '亿';
        if (first == '点' || bare && (!qualified || word.kind().equals("item"))) {
            // 百亿元企业, 千家万户: a bare multiplier is a manner of speaking unless a qualifier makes it a size (近千名).
            return false;
        }
        if (num.equals("一") || num.equals("几") || word.kind().equals("item")) {
            return false;
        }
        return true;
    }

    private static boolean excludedByContext(String text, int start, int end, String num, boolean chinese) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (before == '第' || before == '+' || before == '.' || isAsciiLetter(before) || (Character.isDigit(before))) {
            return true;
        }
        if (after == '+' || isAsciiLetter(after) && isAsciiLetter(text.charAt(end - 1))) {
            return true;
        }
        if (chinese && start > 0 && "第前初周星礼农正腊".indexOf(before) >= 0) {
            return true;
        }
        return insideShortQuote(text, start) || insideBookTitle(text, start);
    }

    /** Years, ages of anniversaries and time points are not durations: 2023年, 2024年度, 12年前 still is one. */
    private static boolean isDurationYear(String text, String num, int end) {
        char after = end < text.length() ? text.charAt(end) : ' ';
        if ("月度底初末代级份".indexOf(after) >= 0 || text.startsWith("规划", end) || text.startsWith("计划", end)
            || text.startsWith("行动", end)) {
            return false;
        }
        try {
            BigDecimal value = ChineseNumbers.parse(num);
            return value.compareTo(HUNDRED) < 0 && num.length() < 4;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Words that are a unit only in some company: 名单 is a list, 位数 a digit count, 次会议 an ordinal session. */
    private static boolean unitFits(String text, String unitWord, int end, int start) {
        String rest = text.substring(end, Math.min(text.length(), end + 3));
        return switch (unitWord) {
            case "名" -> !rest.startsWith("单");
            case "位" -> !rest.startsWith("数") && !rest.startsWith("于");
            case "次" -> !rest.startsWith("会议") && !rest.startsWith("全会") && !rest.startsWith("党代会");
            case "人" -> !rest.startsWith("民") && !rest.startsWith("大");
            case "米" -> !rest.startsWith("粉");
            case "天" -> !rest.startsWith("然");
            case "家" -> !rest.startsWith("庭") && !rest.startsWith("长");
            case "所" -> !rest.startsWith("有") && !rest.startsWith("在") && !rest.startsWith("以");
            case "条" -> !rest.startsWith("件");
            default -> true;
        };
    }

    private List<Quantity> wordPercents(String text, List<Quantity> taken) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = PERCENT_WORDS.matcher(text);
        while (m.find()) {
            if (!overlaps(taken, m.start(), m.end()) && !insideShortQuote(text, m.start())) {
                BigDecimal value = ChineseNumbers.parse(m.group(1));
                found.add(new Quantity(m.group(), value, null, "%", value, "exact", indicators.find(text, m.start()), m.start(), m.end()));
            }
        }
        m = FRACTION.matcher(text);
        while (m.find()) {
            if (!overlaps(taken, m.start(), m.end()) && !m.group(1).startsWith("百") && !insideShortQuote(text, m.start())) {
                BigDecimal denominator = ChineseNumbers.parse(m.group(1));
                BigDecimal numerator = ChineseNumbers.parse(m.group(2));
                if (m.group(1).equals("千")) {
                    found.add(new Quantity(m.group(), numerator, null, "permille", numerator.multiply(units.units().get("permille")
                        .factorToBase()), "exact", indicators.find(text, m.start()), m.start(), m.end()));
                } else if (denominator.signum() > 0 && numerator.compareTo(denominator) <= 0) {
                    BigDecimal value = numerator.multiply(HUNDRED).divide(denominator, 4, RoundingMode.HALF_UP);
                    found.add(new Quantity(m.group(), value, null, "%", value, "exact", indicators.find(text, m.start()),
                        m.start(), m.end()));
                }
            }
        }
        return found;
    }

    /** Amounts after a currency sign: ¥5000, $1.2亿, HK$300. */
    private List<Quantity> currencySigns(String text, List<Quantity> taken) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = CURRENCY_SIGN.matcher(text);
        while (m.find()) {
            if (!overlaps(taken, m.start(), m.end())) {
                String code = switch (m.group("sign")) {
                    case "$", "US$" -> "USD";
                    case "HK$" -> "HKD";
                    case "€" -> "EUR";
                    default -> "CNY";
                };
                Unit unit = units.units().get(code);
                BigDecimal value = ChineseNumbers.parse(m.group("num")).multiply(ChineseNumbers.multiplier(m.group("mult")));
                found.add(new Quantity(m.group(), value, null, code, value.multiply(unit.factorToBase()), "exact",
                    indicators.find(text, m.start()), m.start(), m.end()));
            }
        }
        return found;
    }

    /** Tenths as Chinese papers write shares: 三成 is 30 %, 近两成 about 20 %. */
    private List<Quantity> tenths(String text, List<Quantity> taken) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = TENTHS.matcher(text);
        while (m.find()) {
            int start = m.start("num");
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            if (overlaps(taken, start, m.end()) || before == '第' || Character.isDigit(before) || insideShortQuote(text, start)) {
                continue;
            }
            BigDecimal value = ChineseNumbers.parse(m.group("num")).multiply(BigDecimal.TEN);
            String qualifier = qualifier(realQualifier(text, m), null, m.group("post"), m.group("num"), false);
            found.add(new Quantity(text.substring(start, m.end("num") + 1), value, null, "%", value, qualifier,
                indicators.find(text, m.start()), start, m.end("num") + 1));
        }
        return found;
    }

    /** Counts such as 2大片区 and 10大类: an Arabic number, 大, and what is counted. */
    private List<Quantity> arabicBig(String text, List<Quantity> taken) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = ARABIC_BIG.matcher(text);
        while (m.find()) {
            char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            if (!overlaps(taken, m.start(), m.end()) && before != '第' && !Character.isDigit(before) && !isAsciiLetter(before)
                && !insideShortQuote(text, m.start())) {
                BigDecimal value = new BigDecimal(m.group(1));
                found.add(new Quantity(m.group(), value, null, "item", value, "exact", null, m.start(), m.end()));
            }
        }
        return found;
    }

    private static boolean overlaps(List<Quantity> taken, int start, int end) {
        return taken.stream().anyMatch(q -> q.start() < end && start < q.end());
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Inside “…” of at most 12 characters: a slogan, code or name rather than a measurement. */
    static boolean insideShortQuote(String text, int position) {
        int open = text.lastIndexOf('“', position);
        if (open < 0) {
            return false;
        }
        int closeBefore = text.lastIndexOf('”', position);
        if (closeBefore > open) {
            return false;
        }
        int close = text.indexOf('”', position);
        return close > 0 && close - open - 1 <= 12;
    }

    private static boolean insideBookTitle(String text, int position) {
        int open = text.lastIndexOf('《', position);
        return open >= 0 && text.lastIndexOf('》', position) < open && text.indexOf('》', position) > 0;
    }
}
