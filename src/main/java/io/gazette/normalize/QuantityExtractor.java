package io.gazette.normalize;

import io.gazette.normalize.Quantity.Qualifier;
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
    private static final String RANGE = "(?:至|到|——|-|~|～|—|－)";
    private static final String PRE = "(?:不超过|不少于|不低于|不高于|至少|最多|最少|小于|大于|高于|低于|多于|少于|约有|大约|大概|约|将近|接近|近|超过|超|逾|"
        + "突破|不足|不到|数)";
    private static final String POST = "(?:左右|上下|及以上|以上|以下|以内|多)";
    private static final Pattern PERCENT_WORDS = Pattern.compile("百分之?(" + CHINESE + "|" + ARABIC + ")|百分百");
    private static final Pattern FRACTION = Pattern.compile("(" + CHINESE + ")分之(" + CHINESE + ")");
    private static final Pattern ARABIC_BIG = Pattern.compile("(\\d+)大([\\p{IsHan}])");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The warehouse keeps six decimal places (DECIMAL(38,6)); small fractions (十万分之三) need them all. */
    private static final int DECIMAL_PLACES = 10;
    private static final String FINANCIAL = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兩圆";
    private static final String PLAIN = "一二二三三四五六六七八九十百千万亿两元";
    private static final Pattern CURRENCY_SIGN = Pattern.compile("(?<sign>US\\$|HK\\$|[¥￥$€])\\s?(?<num>" + ARABIC + ")(?<mult>[万亿]*)"
        + "(?<unit>元|美元|港元|欧元)?");
    private static final Pattern TENTHS = Pattern.compile("(?<pre>" + PRE + ")?(?<num>[一二两三四五六七八九十](?:点[一二三四五六七八九])?|10|[1-9](?:\\.\\d+)?)成"
        + "(?:(?<tail>半|[一二三四五六七八九])(?![\\d零一二两三四五六七八九十百千万亿成个点]))?(?<post>多|以上|左右)?"
        + "(?![为立功本果绩长就员都效交品型年熟])");
    private static final String DIGIT = "(?:\\d|[零一二两三四五六七八九])";
    private static final Pattern SMALL_CHANGE = Pattern.compile(
        "(?:(?<yuan>" + ARABIC + "|[零〇一二两三四五六七八九十百千万]+)(?<yu>元|块|圆)"
        + "(?:(?<jiao>" + DIGIT + ")(?:角|毛))?(?:(?<fen>" + DIGIT + ")分)?"
        + "|(?<jiaoOnly>" + DIGIT + ")(?:角|毛)(?![形洲度落楼尖旗色梅架质线膜孩泽主星])(?:(?<fenAfter>" + DIGIT + ")分)?)"
        + "(?<tail>" + DIGIT + "(?![\\d零一二两三四五六七八九十百千万亿元块角毛分点.]))?");
    private static final Pattern CURRENCY_WORD = Pattern.compile(
        "(?<cur>RMB|CNY|USD|HKD|EUR|JPY|人民币|美元|港币|港元|欧元|日元)\\s?(?<num>" + ARABIC + ")(?<mult>[万亿]*)");
    private static final Pattern DISCOUNT = Pattern.compile(
        "(?<num>\\d{1,2}(?:\\.\\d)?|[一二两三四五六七八九](?:点[一二三四五六七八九])?[一二三四五六七八九]?|半|对)折(?![合算旧射叠服腾纸线])");
    private static final Pattern LABELLED = Pattern.compile("规划|计划|行动|义务教育|工作方案|方案|攻坚|发展战略|纲要|制");
    /** Bare numbers listed before an amount share its unit: 7.8、9.8和13.8个百分点. */
    private static final Pattern LISTED_BEFORE = Pattern.compile("(" + ARABIC + ")(?:、|和|及|与|或|,|，)$");
    private static final java.util.Set<String> SIGNED_UNITS = java.util.Set.of("CNY", "USD", "EUR", "HKD", "JPY", "GBP", "%", "pp",
        "permille", "times", "degC");
    private static final java.util.Set<String> ELIDED_UNITS = java.util.Set.of("m", "t", "kg", "jin");
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

    /**
     * Every amount in {@code text}, in order of appearance; full-width and traditional forms (３．５％, 萬, 個) and
     * spaces inside a number (七成 六) read as if printed plainly, offsets and text those of the original.
     */
    public List<Quantity> extract(String original) {
        FoldedText folded = FoldedText.of(original);
        List<Quantity> found = extractFolded(foldFinancial(folded.text()));
        return found.stream().map(q -> {
            int start = folded.start(q.start());
            int end = folded.end(q.end());
            return new Quantity(original.substring(start, end), q.value(), q.valueHigh(), q.unitCode(), q.baseValue(), q.qualifier(),
                q.indicator(), start, end);
        }).toList();
    }

    /**
     * The financial numerals of cheques and contracts (壹万贰仟圆) as plain ones where they stand next to another
     * numeral, one character for one so offsets stay valid (full-width forms are folded before, by FoldedText).
     */
    static String foldFinancial(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int financial = FINANCIAL.indexOf(c);
            if (financial >= 0 && (isNumeral(text, i - 1) || isNumeral(text, i + 1))) {
                out.append(PLAIN.charAt(financial));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isNumeral(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return FINANCIAL.indexOf(c) >= 0 || "零〇一二两三四五六七八九十百千万亿元圆整之".indexOf(c) >= 0;
    }

    private List<Quantity> extractFolded(String text) {
        List<Quantity> found = new ArrayList<>();
        found.addAll(smallChange(text, found));
        found.addAll(currencyWords(text, found));
        found.addAll(tenths(text, found));
        found.addAll(discounts(text, found));
        Matcher m = amount.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Quantity q = accept(text, m);
            if (q != null && !overlaps(found, q.start(), q.end())) {
                found.add(q);
                from = m.end();
            } else {
                from = m.start("num") + Math.max(1, m.group("num").length());
            }
        }
        found.addAll(wordPercents(text, found));
        found.addAll(arabicBig(text, found));
        found.addAll(currencySigns(text, found));
        found.addAll(listed(text, found));
        List<Quantity> signed = new ArrayList<>();
        for (Quantity q : found) {
            signed.add(withSign(text, q));
        }
        signed.sort(java.util.Comparator.comparingInt(Quantity::start));
        return signed;
    }

    /** Numbers listed before an amount with its unit take that unit: 7.8、9.8和13.8个百分点 is three amounts in pp. */
    private List<Quantity> listed(String text, List<Quantity> taken) {
        List<Quantity> found = new ArrayList<>();
        for (Quantity q : taken) {
            if (q.valueHigh() != null || !Character.isDigit(text.charAt(q.start()))) {
                continue;
            }
            int end = q.start();
            Matcher m = LISTED_BEFORE.matcher(text.substring(Math.max(0, end - 24), end));
            while (m.find()) {
                int offset = Math.max(0, end - 24);
                int start = offset + m.start(1);
                char before = start > 0 ? text.charAt(start - 1) : ' ';
                if (Character.isDigit(before) || before == '.' || overlaps(taken, start, offset + m.end(1))) {
                    break;
                }
                BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
                BigDecimal factor = q.value().signum() == 0 ? BigDecimal.ONE
                    : q.baseValue().divide(q.value(), java.math.MathContext.DECIMAL64);
                found.add(new Quantity(m.group(1), value, null, q.unitCode(), value.multiply(factor), q.qualifier(), q.indicator(), start,
                    offset + m.end(1)));
                end = start;
                m = LISTED_BEFORE.matcher(text.substring(Math.max(0, end - 24), end));
            }
        }
        return found;
    }

    /** A minus sign or 负 (负的) right before an amount makes it negative: 负3.9%, -98%, 负的百分之六十. */
    private static Quantity withSign(String text, Quantity q) {
        int at = q.start();
        int signStart = -1;
        char beforeSign = at >= 2 ? text.charAt(at - 2) : ' ';
        if (at > 0 && text.charAt(at - 1) == '-' && !isAsciiLetter(beforeSign) && !Character.isDigit(beforeSign)
            && ")）]】".indexOf(beforeSign) < 0) {
            signStart = at - 1;
        } else if (text.startsWith("负的", Math.max(0, at - 2)) && at >= 2) {
            signStart = at - 2;
        } else if (at > 0 && text.charAt(at - 1) == '负') {
            signStart = at - 1;
        }
        if (signStart < 0 || q.value().signum() <= 0 || !SIGNED_UNITS.contains(q.unitCode())) {
            // Only money, shares and temperatures take a sign; a count or a length never does.
            return q;
        }
        BigDecimal high = q.valueHigh() == null ? null : q.valueHigh().negate();
        return new Quantity(text.substring(signStart, q.end()), q.value().negate(), high, q.unitCode(), q.baseValue().negate(),
            q.qualifier(), q.indicator(), signStart, q.end());
    }

    /**
     * Money in yuan, jiao and fen as people say and price tags print it: 九块九 (9.9), 十二块五, 两块九毛九, 九元九角,
     * 贰佰叁拾圆伍角, 五角, 九毛九, 五块钱. A plain 元 amount is left to the general reading.
     */
    private List<Quantity> smallChange(String text, List<Quantity> taken) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = SMALL_CHANGE.matcher(text);
        while (m.find()) {
            int start = m.start();
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            if (Character.isDigit(before) || before == '第' || overlaps(taken, start, m.end()) || overlaps(found, start, m.end())) {
                continue;
            }
            String yuanWord = m.group("yu");
            boolean change = m.group("jiao") != null || m.group("fen") != null || m.group("tail") != null;
            boolean spoken = yuanWord != null && yuanWord.equals("块") && text.startsWith("钱", m.end());
            if (yuanWord != null && !change && !spoken) {
                continue;
            }
            if (yuanWord == null && m.group("jiaoOnly") == null) {
                continue;
            }
            try {
                BigDecimal value = yuanWord != null ? ChineseNumbers.parse(m.group("yuan")) : BigDecimal.ZERO;
                BigDecimal tenth = new BigDecimal("0.1");
                BigDecimal hundredth = new BigDecimal("0.01");
                if (m.group("jiaoOnly") != null) {
                    value = value.add(ChineseNumbers.parse(m.group("jiaoOnly")).multiply(tenth));
                }
                if (m.group("jiao") != null) {
                    value = value.add(ChineseNumbers.parse(m.group("jiao")).multiply(tenth));
                }
                if (m.group("fen") != null) {
                    value = value.add(ChineseNumbers.parse(m.group("fen")).multiply(hundredth));
                }
                if (m.group("fenAfter") != null) {
                    value = value.add(ChineseNumbers.parse(m.group("fenAfter")).multiply(hundredth));
                }
                if (m.group("tail") != null) {
                    // The digit after 块 counts jiao, after 毛 or 角 fen: 九块九, 九毛九.
                    boolean afterJiao = m.group("jiao") != null || m.group("jiaoOnly") != null;
                    value = value.add(ChineseNumbers.parse(m.group("tail")).multiply(afterJiao ? hundredth : tenth));
                }
                if (value.signum() <= 0) {
                    continue;
                }
                int end = m.end() + (spoken ? 1 : 0);
                found.add(new Quantity(text.substring(start, end), value.stripTrailingZeros(), null, "CNY", value, Qualifier.EXACT,
                    indicators.find(text, start), start, end));
            } catch (IllegalArgumentException e) {
                // Not a well-formed number: no amount.
            }
        }
        return found;
    }

    /** Amounts after a currency's name or code: 人民币6.78, CNY 2.50, RMB500, 美元200万. */
    private List<Quantity> currencyWords(String text, List<Quantity> taken) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = CURRENCY_WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            if (overlaps(taken, m.start(), end) || end < text.length() && (Character.isDigit(text.charAt(end))
                || "元美港欧日".indexOf(text.charAt(end)) >= 0)) {
                continue;
            }
            String code = switch (m.group("cur")) {
                case "USD", "美元" -> "USD";
                case "HKD", "港币", "港元" -> "HKD";
                case "EUR", "欧元" -> "EUR";
                case "JPY", "日元" -> "JPY";
                default -> "CNY";
            };
            found.add(money(text, m, code, end));
        }
        return found;
    }

    /** The money a match's {@code num} and {@code mult} groups write, in {@code code}. */
    private Quantity money(String text, Matcher m, String code, int end) {
        BigDecimal value = ChineseNumbers.parse(m.group("num")).multiply(ChineseNumbers.multiplier(m.group("mult")));
        return new Quantity(text.substring(m.start(), end), value, null, code, value.multiply(units.units().get(code).factorToBase()),
            Qualifier.EXACT, indicators.find(text, m.start()), m.start(), end);
    }

    /** Discounts as shares of the price: 九折 is 90 %, 75折 75 %, 四点五折 45 %, 半折 and 打对折 50 %. */
    private List<Quantity> discounts(String text, List<Quantity> taken) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = DISCOUNT.matcher(text);
        while (m.find()) {
            int start = m.start("num");
            if (!standsFree(text, taken, start, m.end())) {
                continue;
            }
            String num = m.group("num");
            BigDecimal value;
            if (num.equals("半") || num.equals("对")) {
                value = BigDecimal.valueOf(50);
            } else if (num.matches("\\d\\d")) {
                value = new BigDecimal(num);
            } else if (num.matches("[一二两三四五六七八九]{2}")) {
                value = ChineseNumbers.parse(num);
            } else {
                value = ChineseNumbers.parse(num).multiply(BigDecimal.TEN);
            }
            if (value.signum() <= 0 || value.compareTo(HUNDRED) >= 0) {
                continue;
            }
            value = value.stripTrailingZeros();
            found.add(new Quantity(text.substring(start, m.end()), value, null, "%", value, Qualifier.EXACT, indicators.find(text, start),
                start, m.end()));
        }
        return found;
    }

    private Quantity accept(String text, Matcher m) {
        String num = m.group("num");
        String num2 = m.group("num2");
        String unitWord = m.group("unit");
        if (num2 == null && num.length() > 1 && num.endsWith("千") && m.group("mult").isEmpty() && units.word("千" + unitWord) != null) {
            // 一千克 is one kilogram, 二十五千米 25 km: 千 belongs to the unit.
            num = num.substring(0, num.length() - 1);
            unitWord = "千" + unitWord;
        }
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
            BigDecimal[] pair = num2 == null ? ChineseNumbers.approximatePair(num) : null;
            if (pair != null) {
                // 七八公斤, 八九千, 三四十万: two neighbouring digits give a range.
                value = pair[0].multiply(trailing);
                high = pair[1].multiply(trailing);
            } else {
                value = ChineseNumbers.parse(num);
                if (num2 != null) {
                    high = ChineseNumbers.parse(num2).multiply(trailing);
                    value = inheritMultiplier(num, num2 + m.group("mult"), value);
                } else {
                    value = value.multiply(trailing);
                }
            }
        } catch (IllegalArgumentException e) {
            // Not a well-formed number after all (such as 十百); it is not an amount.
            return null;
        }
        if (value.signum() == 0 && chinese) {
            return null;
        }
        String pre = realQualifier(text, m);
        Qualifier qualifier = qualifier(pre, m.group("mid") != null ? m.group("mid") : unitWord.contains("多") ? "多" : null, m.group("post"),
            num, high != null);
        if (num2 == null && high != null) {
            qualifier = Qualifier.APPROX;
        }
        if (high != null && high.compareTo(value) < 0) {
            return null;
        }
        Unit unit = word.unit();
        int end = m.end("unit");
        if (high == null && ELIDED_UNITS.contains(unit.code()) && end < text.length()) {
            // Spoken elision: 两米半 is 2.5 m, 三米九 3.9 m, 一吨二 1.2 t.
            char next = text.charAt(end);
            boolean lone = end + 1 >= text.length() || "零一二两三四五六七八九十百千万亿点.0123456789个米吨斤".indexOf(text.charAt(end + 1)) < 0;
            if (next == '半') {
                value = value.add(new BigDecimal("0.5"));
                end++;
            } else if (chinese && lone && "一二三四五六七八九".indexOf(next) >= 0) {
                value = value.add(ChineseNumbers.parse(String.valueOf(next)).multiply(new BigDecimal("0.1")));
                end++;
            }
        }
        String indicator = indicators.find(text, m.group("pre") != null ? m.start("pre") : start);
        return new Quantity(text.substring(start, end), value, high, unit.code(), value.multiply(unit.factorToBase()),
            qualifier, indicator, start, end);
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

    /**
     * A range writes its big multiplier once, after the high end: 2-3万, 两到三万, 十八至三十万, 七千到九千亿元. The low end
     * takes the high end's 万 or 亿 when it has none of its own.
     */
    private static BigDecimal inheritMultiplier(String low, String high, BigDecimal lowValue) {
        boolean lowPlain = low.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
        String highMultiplier = high.replaceAll("^[\\d.,]+", "");
        if (lowPlain && !highMultiplier.isEmpty() && Character.isDigit(high.charAt(0))) {
            return lowValue.multiply(ChineseNumbers.multiplier(highMultiplier));
        }
        if (!lowPlain && low.indexOf('万') < 0 && low.indexOf('亿') < 0) {
            Matcher big = Pattern.compile("(万亿|亿|万)$").matcher(high);
            if (big.find() && !Character.isDigit(high.charAt(0))) {
                return lowValue.multiply(ChineseNumbers.multiplier(big.group(1)));
            }
        }
        return lowValue;
    }

    private static Qualifier qualifier(String pre, String mid, String post, String num, boolean range) {
        if (range) {
            return Qualifier.RANGE;
        }
        if (mid != null || "以上".equals(post) || "及以上".equals(post) || "多".equals(post)) {
            return Qualifier.OVER;
        }
        if ("以下".equals(post) || "以内".equals(post)) {
            return Qualifier.UNDER;
        }
        if ("左右".equals(post) || "上下".equals(post) || ChineseNumbers.isApproximate(num)) {
            return Qualifier.APPROX;
        }
        if (pre == null) {
            return Qualifier.EXACT;
        }
        return switch (pre) {
            case "约", "大约", "大概", "约有", "近", "将近", "接近", "数" -> Qualifier.APPROX;
            case "不足", "不到", "不超过", "不高于", "最多", "小于", "低于", "少于" -> Qualifier.UNDER;
            default -> Qualifier.OVER;
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
        if (num.equals("几") || word.kind().equals("item")) {
            return false;
        }
        // A lone 一 measures before a unit of measure or money (一吨, 一美元), not before people or time (一名, 一年).
        return !num.equals("一") || word.kind().equals("physical");
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
        if ("月度底初末代级份".indexOf(after) >= 0 || LABELLED.matcher(text.substring(end)).lookingAt()) {
            // 九年义务教育, 五年规划, 三年行动方案: the years name a programme, they measure nothing.
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
                BigDecimal value = m.group(1) == null ? HUNDRED : ChineseNumbers.parse(m.group(1));
                found.add(new Quantity(m.group(), value, null, "%", value, Qualifier.EXACT, indicators.find(text, m.start()), m.start(),
                    m.end()));
            }
        }
        m = FRACTION.matcher(text);
        while (m.find()) {
            if (!overlaps(taken, m.start(), m.end()) && !m.group(1).equals("百") && !insideShortQuote(text, m.start())) {
                BigDecimal denominator = m.group(1).chars().allMatch(c -> "十百千万亿".indexOf(c) >= 0)
                    ? ChineseNumbers.multiplier(m.group(1)) : ChineseNumbers.parse(m.group(1));
                BigDecimal numerator = ChineseNumbers.parse(m.group(2));
                if (m.group(1).equals("千")) {
                    found.add(new Quantity(m.group(), numerator, null, "permille", numerator.multiply(units.units().get("permille")
                        .factorToBase()), Qualifier.EXACT, indicators.find(text, m.start()), m.start(), m.end()));
                } else if (denominator.signum() > 0 && numerator.compareTo(denominator) <= 0) {
                    BigDecimal value = numerator.multiply(HUNDRED).divide(denominator, DECIMAL_PLACES, RoundingMode.HALF_UP)
                        .stripTrailingZeros();
                    found.add(new Quantity(m.group(), value, null, "%", value, Qualifier.EXACT, indicators.find(text, m.start()),
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
                found.add(money(text, m, code, m.end()));
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
            if (!standsFree(text, taken, start, m.end())) {
                continue;
            }
            BigDecimal value = ChineseNumbers.parse(m.group("num")).multiply(BigDecimal.TEN);
            if (m.group("tail") != null) {
                // 七成六 is 76 %, 三成半 35 %.
                value = value.add(m.group("tail").equals("半") ? BigDecimal.valueOf(5) : ChineseNumbers.parse(m.group("tail")));
            }
            if (value.compareTo(HUNDRED) > 0) {
                continue;
            }
            value = value.stripTrailingZeros();
            Qualifier qualifier = qualifier(realQualifier(text, m), null, m.group("post"), m.group("num"), false);
            int end = m.group("tail") != null ? m.end("tail") : m.end("num") + 1;
            found.add(new Quantity(text.substring(start, end), value, null, "%", value, qualifier, indicators.find(text, m.start()), start,
                end));
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
                found.add(new Quantity(m.group(), value, null, "item", value, Qualifier.EXACT, null, m.start(), m.end()));
            }
        }
        return found;
    }

    /** Not taken by another amount, not an ordinal (第三成), not the tail of a longer number, not in a short quote. */
    private static boolean standsFree(String text, List<Quantity> taken, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        return !overlaps(taken, start, end) && !Character.isDigit(before) && before != '第' && !insideShortQuote(text, start);
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
