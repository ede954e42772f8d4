package io.gazette.normalize;

import io.gazette.normalize.DateMention.Granularity;
import io.gazette.text.Dateline;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in text and resolves them against the edition date: full dates (2024年1月7日), month-days
 * (1月7日, the edition's year unless that puts them more than half a year after the edition), months, years
 * in Arabic or Chinese digits (二〇二四年), relative years (今年, 去年, 明年), halves (上半年) and quarters
 * (一季度). A month, quarter, half or year resolves to its first day; the end of one (6月底, 去年年底, 2023年末, 截至月底)
 * to its last day.
 */
public final class DateExtractor {

    private static final String Y = "(?<y>\\d{4}|[〇零一二三四五六七八九]{4}|[两一]千(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?"
        + "|(?<yy>\\d{2}|[〇零一二三四五六七八九]{2})(?=\\s?年\\s?(?:\\d{1,2}|[十一二三四五六七八九]{1,2})月|\\s?年\\s?[一二三四1-4首]季度)"
        + "|(?<yz>0\\d|[〇零][一二三四五六七八九]))\\s?年";
    private static final String REL = "(?<rel>今年|去年|前年|明年|后年|上年|当年|这一年|本年)";
    private static final String M = "(?<m>\\d{1,2}|十[一二]?|[一二三四五六七八九])月";
    private static final String D = "(?<d>\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:[日号]|(?![\\d\\p{IsHan}]))";
    private static final Pattern DATE = Pattern.compile(
        "(?:" + Y + "|" + REL + ")?(?:" + M + "(?:" + D + "|份)?|(?<half>上半年|下半年|前半年|后半年)|(?:第)?(?<q>[一二三四1-4首])季度"
        + "|(?<first>首月)|的?第(?<nth>\\d{1,2}|十[一二]?|[一二三四五六七八九])个月)?");
    /** The day a lead opens with, after its dateline and credits if it has them: 本报讯 (记者 X) 1月7日, …. */
    private static final Pattern LEADING_DAY = Pattern.compile("^\\s*(?:[(（][^)）]{0,40}[)）])?\\s*(?<m>\\d{1,2})月(?<d>\\d{1,2})日");
    private static final int FUTURE_DAYS = 183;
    private static final int MIN_YEAR = 1000;
    /** Characters after which a two-digit year may stand: 在08年, 于97年, 从91年, 他07年. */
    private static final String YEAR_LEAD = "在于从到至自是的他她我你们等和与及或前后了";
    /** What picks a day inside a year: 倒数第N天, 第N天, 的5月份第一个周六. */
    private static final Pattern YEAR_PICK = Pattern.compile("^的?(?:倒数)?第[\\d一二三四五六七八九十百]+个?天"
        + "|^的?[\\d一二三四五六七八九十]{1,2}月份?的?第");
    /** A month said with what picks a day inside it (3月的最后一天, 8月第10天) is no month mention. */
    private static final Pattern INSIDE_MONTH = Pattern.compile("^的?(?:最后一|第[\\d一二三四五六七八九十]+个?)(?:天|周|星期)");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
        "(?<![\\d.\\-/])(?:(?<y>(?:1[0-9]|20)\\d{2})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})"
        + "|(?<a>\\d{1,2})(?<sep2>[/.])(?<b>\\d{1,2})\\k<sep2>(?<y2>(?:1[0-9]|20)\\d{2}))(?![\\d.\\-/])");
    private static final Pattern COUNTED = Pattern.compile("的(?<n>\\d{1,3}|[一二两三四五六七八九十]{1,3})(?<unit>天|个月|周|个星期|年)"
        + "(?<dir>以后|之后|后|以前|之前|前)|(?<dir2>前|后)的第(?<n2>\\d{1,3}|[一二两三四五六七八九十]{1,3})天");
    private static final Pattern SAME_DAY_OTHER_YEAR = Pattern.compile("(去年|前年|明年)的?今天");
    private static final Pattern MONTH_END = Pattern.compile("(这个|本|上个|下个|上|下)月(?:月底|月末|底|末)");
    /**
     * A bare 年底 or 月底 (截至月底, 项目年底前投产), not the end of a word in 年 or 月 (青年底层, 岁月底色, 今年年底, whose
     * year is read with it).
     */
    private static final String BARE_END_LEAD = "(?:(?<![青少老中成童壮晚早幼全每近往历多新周当今去明前后同上本翌次逐常长整半年〇零一二两三四五六七八九十百千万数几\\d])年"
        + "|(?<![岁蜜满正腊本上下当每逐按个年日明风赏登经数几闰同次前后整半月〇零一二两三四五六七八九十\\d])月)";
    /** 底 or 末 that begins another word (年底线, 月末位; 月底气温 is an end), not an end. */
    private static final String NOT_AN_END = "(?![线部层价薪子数稿牌盘细蕴位班尾端梢流])";
    private static final Pattern BARE_END = Pattern.compile("(?<unit>" + BARE_END_LEAD + ")(?:底|末)" + NOT_AN_END);
    /** The end of the month just read (6月底, 二月末), unless 底 or 末 begins another word. */
    private static final Pattern END_OF_MONTH = Pattern.compile("^[底末]" + NOT_AN_END);
    /** The end of the year just read (去年底, 今年年底, 2023年末). */
    private static final Pattern END_OF_YEAR = Pattern.compile("^(?:年底|年末|底|末)" + NOT_AN_END);
    private static final Pattern DAY_WORD = Pattern.compile("大前天|前天|昨天|昨日|今天|今日|明天|明日|大后天|后天");
    private static final Pattern OFFSET = Pattern.compile(
        "(?<n>\\d{1,3}|[一二两三四五六七八九十]{1,3})(?<unit>天|个月|周|个星期|年)(?<dir>以后|之后|后|以前|之前|前)");
    private static final Pattern WEEKDAY = Pattern.compile("(?<![\\d零一二两三四五六七八九十几每])(?<which>上上个?|下下个?|上个?|下个?|这个?|本|今个)?"
        + "(?:周|星期|礼拜)?(?:周|星期|礼拜)(?<day>[一二三四五六日天])(?![次遍年个度岁天周期])");
    private static final Pattern RELATIVE_MONTH = Pattern.compile("(?<year>去年|今年|明年)?(?<which>上个|上|本|这个|下个|下)(?:(?<month>月)"
        + "(?:(?<d>\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?|(?<quarter>季度))");

    /**
     * Every date in {@code text}, resolved against {@code reference}: traditional forms (週, 號) read as simplified,
     * offsets and text those of the original.
     */
    public List<DateMention> extract(String original, LocalDate reference) {
        FoldedText folded = FoldedText.of(original);
        String text = folded.text();
        List<DateMention> found = new ArrayList<>();
        numericDates(text, found);
        relativeDays(text, reference, found);
        weekdays(text, reference, found);
        relativeMonths(text, reference, found);
        Matcher m = DATE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (m.end() == m.start()) {
                from = m.start() + 1;
                continue;
            }
            int start = m.start();
            int end = m.end();
            if (found.stream().noneMatch(d -> d.start() < end && start < d.end())) {
                resolve(m, text, reference, found).ifPresent(found::add);
            }
            from = m.end();
        }
        found.sort(java.util.Comparator.comparingInt(DateMention::start));
        found = counted(text, found);
        return found.stream().map(d -> {
            int start = folded.start(d.start());
            int end = folded.end(d.end());
            return new DateMention(original.substring(start, end), d.date(), d.granularity(), start, end);
        }).toList();
    }

    /** A day counted from another date: 6月2号的5天后, 后天的一个月以前, 6月2号前的第10天. */
    private static List<DateMention> counted(String text, List<DateMention> found) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : found) {
            Matcher m = COUNTED.matcher(text).region(d.end(), text.length());
            if (d.granularity() != Granularity.DAY || !m.lookingAt()) {
                out.add(d);
                continue;
            }
            try {
                String n = m.group("n") != null ? m.group("n") : m.group("n2");
                int count = ChineseNumbers.parse(n).intValueExact();
                String dir = m.group("dir") != null ? m.group("dir") : m.group("dir2");
                int sign = dir.endsWith("后") ? 1 : -1;
                String unit = m.group("unit") == null ? "天" : m.group("unit");
                LocalDate date = switch (unit) {
                    case "个月" -> d.date().plusMonths((long) sign * count);
                    case "周", "个星期" -> d.date().plusWeeks((long) sign * count);
                    case "年" -> d.date().plusYears((long) sign * count);
                    default -> d.date().plusDays((long) sign * count);
                };
                out.add(new DateMention(text.substring(d.start(), m.end()), date, Granularity.DAY, d.start(), m.end()));
            } catch (ArithmeticException | IllegalArgumentException e) {
                out.add(d);
            }
        }
        return out;
    }

    /** 2010-01-29, 2010/01/29, 2010.1.29, 29.1.2010, 3/3/2015. */
    private static void numericDates(String text, List<DateMention> found) {
        Matcher m = NUMERIC_DATE.matcher(text);
        while (m.find()) {
            try {
                LocalDate date;
                if (m.group("y") != null) {
                    date = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
                } else {
                    int a = Integer.parseInt(m.group("a"));
                    int b = Integer.parseInt(m.group("b"));
                    int year = Integer.parseInt(m.group("y2"));
                    // Day first where it must be (25.6.2019); else month first as in 3/4/2015 (a bare 3.4 is no date).
                    date = a > 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
                }
                if (date.getYear() >= MIN_YEAR) {
                    found.add(new DateMention(m.group(), date, Granularity.DAY, m.start(), m.end()));
                }
            } catch (DateTimeException | NumberFormatException e) {
                // 2010-13-45 is a code, not a date.
            }
        }
    }

    /** 今天, 昨天, 前天, 大前天, 明天, 后天, 大后天 (and 今日, 昨日, 明日); 5天后, 3年前. */
    private static void relativeDays(String text, LocalDate reference, List<DateMention> found) {
        Matcher y = SAME_DAY_OTHER_YEAR.matcher(text);
        while (y.find()) {
            int years = y.group(1).equals("去年") ? -1 : y.group(1).equals("前年") ? -2 : 1;
            found.add(new DateMention(y.group(), reference.plusYears(years), Granularity.DAY, y.start(), y.end()));
        }
        Matcher end = MONTH_END.matcher(text);
        while (end.find()) {
            if (!overlaps(found, end.start(), end.end())) {
                String which = end.group(1);
                int shift = which == null ? 0 : which.startsWith("上") ? -1 : which.startsWith("下") ? 1 : 0;
                LocalDate month = reference.withDayOfMonth(1).plusMonths(shift);
                found.add(new DateMention(end.group(), month.withDayOfMonth(month.lengthOfMonth()), Granularity.DAY, end.start(),
                    end.end()));
            }
        }
        Matcher bare = BARE_END.matcher(text);
        while (bare.find()) {
            if (!overlaps(found, bare.start(), bare.end())) {
                LocalDate last = bare.group("unit").equals("年") ? reference.withDayOfYear(reference.lengthOfYear())
                    : reference.withDayOfMonth(reference.lengthOfMonth());
                found.add(new DateMention(bare.group(), last, Granularity.DAY, bare.start(), bare.end()));
            }
        }
        Matcher m = DAY_WORD.matcher(text);
        while (m.find()) {
            if (overlaps(found, m.start(), m.end()) || m.end() < text.length() && text.startsWith("头条", m.end())) {
                continue;
            }
            int shift = switch (m.group()) {
                case "大前天" -> -3;
                case "前天" -> -2;
                case "昨天", "昨日" -> -1;
                case "明天", "明日" -> 1;
                case "后天" -> 2;
                case "大后天" -> 3;
                default -> 0;
            };
            found.add(new DateMention(m.group(), reference.plusDays(shift), Granularity.DAY, m.start(), m.end()));
        }
        m = OFFSET.matcher(text);
        while (m.find()) {
            char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            if (overlaps(found, m.start(), m.end()) || Character.isDigit(before) || m.group("n").startsWith("0") || before == '的'
                || before == '个') {
                // 05年以前 is a year; 6月2号的5天后 counts from another date.
                continue;
            }
            try {
                int n = ChineseNumbers.parse(m.group("n")).intValueExact();
                int sign = m.group("dir").endsWith("后") ? 1 : -1;
                LocalDate date = switch (m.group("unit")) {
                    case "天", "日" -> reference.plusDays((long) sign * n);
                    case "周", "个星期", "星期" -> reference.plusWeeks((long) sign * n);
                    case "个月" -> reference.plusMonths((long) sign * n);
                    default -> reference.plusYears((long) sign * n);
                };
                found.add(new DateMention(m.group(), date, Granularity.DAY, m.start(), m.end()));
            } catch (ArithmeticException | IllegalArgumentException e) {
                // Not a whole number of units.
            }
        }
    }

    /** 周三, 星期天, 礼拜五, 上周二, 上上周三, 下星期一, 这周四, 本周日: weeks run Monday to Sunday. */
    private static void weekdays(String text, LocalDate reference, List<DateMention> found) {
        Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            if (overlaps(found, m.start(), m.end())) {
                continue;
            }
            String which = m.group("which") == null ? "" : m.group("which");
            int weeks = switch (which) {
                case "上上", "上上个" -> -2;
                case "上", "上个" -> -1;
                case "下", "下个" -> 1;
                case "下下", "下下个" -> 2;
                default -> 0;
            };
            int day = "一二三四五六日天".indexOf(m.group("day").charAt(0)) + 1;
            day = Math.min(day, 7);
            char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            if (which.isEmpty() && (day <= reference.getDayOfWeek().getValue() || before == '个' || before == '的')) {
                // A bare weekday on or before today's is last week's or next week's, which the text alone cannot say.
                continue;
            }
            LocalDate monday = reference.minusDays(reference.getDayOfWeek().getValue() - 1L).plusWeeks(weeks);
            found.add(new DateMention(m.group(), monday.plusDays(day - 1L), Granularity.DAY, m.start(), m.end()));
        }
    }

    /** 上个月, 本月, 这个月, 下个月 (with a day: 上个月15号, 本月十日, 去年本月十日); 本季度, 上个季度, 下季度. */
    private static void relativeMonths(String text, LocalDate reference, List<DateMention> found) {
        Matcher m = RELATIVE_MONTH.matcher(text);
        while (m.find()) {
            if (overlaps(found, m.start(), m.end())) {
                continue;
            }
            LocalDate base = reference;
            if (m.group("year") != null) {
                base = base.plusYears(m.group("year").equals("去年") ? -1 : m.group("year").equals("明年") ? 1 : 0);
            }
            String which = m.group("which");
            int shift = which.startsWith("上") ? -1 : which.startsWith("下") ? 1 : 0;
            try {
                if (m.group("quarter") != null) {
                int firstMonth = (base.getMonthValue() - 1) / 3 * 3 + 1;
                    LocalDate firstOfQuarter = LocalDate.of(base.getYear(), firstMonth, 1).plusMonths(3L * shift);
                    found.add(new DateMention(m.group(), firstOfQuarter, Granularity.QUARTER, m.start(), m.end()));
                    continue;
                }
                LocalDate month = base.withDayOfMonth(1).plusMonths(shift);
                if (m.group("d") != null) {
                    int dd = ChineseNumbers.parse(m.group("d")).intValue();
                    found.add(new DateMention(m.group(), month.withDayOfMonth(dd), Granularity.DAY, m.start(), m.end()));
                } else {
                    found.add(new DateMention(m.group(), month, Granularity.MONTH, m.start(), m.end()));
                }
            } catch (DateTimeException | IllegalArgumentException e) {
                // 本月31日 in a 30-day month: no date.
            }
        }
    }

    private static boolean overlaps(List<DateMention> found, int start, int end) {
        return found.stream().anyMatch(d -> d.start() < end && start < d.end());
    }

    /** The date a news lead reports on (本报讯 1月7日 …), if its dateline names one. */
    public Optional<LocalDate> eventDate(String lead, LocalDate editionDate) {
        String text = lead.strip();
        Optional<Dateline> dateline = Dateline.of(text);
        String month;
        String day;
        // The day the first sentence opens with is the event's (新华社北京1月8日电 1月6日, …); else the dispatch's.
        Matcher m = LEADING_DAY.matcher(dateline.map(d -> text.substring(d.end())).orElse(text));
        if (m.find()) {
            month = m.group("m");
            day = m.group("d");
        } else if (dateline.isPresent() && dateline.get().month() != null) {
            month = dateline.get().month();
            day = dateline.get().day();
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(nearest(editionDate.getYear(), ChineseNumbers.parse(month).intValueExact(),
                ChineseNumbers.parse(day).intValueExact(), editionDate));
        } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<DateMention> resolve(Matcher m, String text, LocalDate reference, List<DateMention> earlier) {
        String yearText = m.group("y");
        String rel = m.group("rel");
        String month = m.group("m");
        boolean explicitYear = yearText != null || rel != null;
        if (yearText != null && m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1))) {
            return Optional.empty();
        }
        if (!explicitYear && month == null && m.group("half") == null && m.group("q") == null) {
            return Optional.empty();
        }
        if (month != null && m.group("d") == null && INSIDE_MONTH.matcher(text.substring(m.end())).find()) {
            return Optional.empty();
        }
        char beforeMonth = month != null && m.start("m") > 0 ? text.charAt(m.start("m") - 1) : ' ';
        if (Character.isDigit(beforeMonth) || beforeMonth == '个') {
            return Optional.empty();
        }
        if (!explicitYear && (beforeMonth == '年' || month == null && isAfterYearContext(text, m.start()))) {
            // A year was printed that cannot be read (光绪十年三月): no date rather than the edition's year.
            return Optional.empty();
        }
        int year = reference.getYear();
        if (m.group("yy") != null || m.group("yz") != null) {
            char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            boolean numeral = Character.isDigit(before) || "零〇一二两三四五六七八九十百千".indexOf(before) >= 0;
            boolean afterName = Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN && YEAR_LEAD.indexOf(before) < 0;
            if (numeral || afterName) {
                // 二五八年 is no 1958, 光绪10年 no 2010: a two-digit year stands alone or after a function word.
                return Optional.empty();
            }
            year = twoDigitYear(ChineseNumbers.parse(m.group("yy") != null ? m.group("yy") : m.group("yz")).intValue(), reference);
        } else if (yearText != null) {
            year = ChineseNumbers.parse(yearText).intValue();
            if (year < MIN_YEAR || year > 2100) {
                return Optional.empty();
            }
        } else if (rel != null) {
            year += switch (rel) {
                case "去年", "上年" -> -1;
                case "前年" -> -2;
                case "明年" -> 1;
                case "后年" -> 2;
                default -> 0;
            };
        } else if (month != null && isRangeEnd(text, m.start(), earlier)) {
            // 从2016年4月至10月: the far end of a range is in the year of its near end.
            year = lastBefore(earlier, m.start()).date().getYear();
            explicitYear = true;
        }
        try {
            String matched = m.group();
            if (month != null) {
                int mm = ChineseNumbers.parse(month).intValue();
                if (m.group("d") != null) {
                    int dd = ChineseNumbers.parse(m.group("d")).intValue();
                    LocalDate date = explicitYear ? LocalDate.of(year, mm, dd) : nearest(year, mm, dd, reference);
                    return Optional.of(new DateMention(matched, date, Granularity.DAY, m.start(), m.end()));
                }
                LocalDate date = explicitYear ? LocalDate.of(year, mm, 1) : nearest(year, mm, 1, reference);
                int end = endWordEnd(END_OF_MONTH, text, m.end());
                if (end > 0) {
                    return Optional.of(new DateMention(text.substring(m.start(), end), date.withDayOfMonth(date.lengthOfMonth()),
                        Granularity.DAY, m.start(), end));
                }
                return Optional.of(new DateMention(matched, date, Granularity.MONTH, m.start(), m.end()));
            }
            if (m.group("half") != null) {
                boolean first = m.group("half").startsWith("上") || m.group("half").startsWith("前");
                return Optional.of(new DateMention(matched, LocalDate.of(year, first ? 1 : 7, 1), Granularity.HALF,
                    m.start(), m.end()));
            }
            if (m.group("nth") != null && explicitYear) {
                int nth = ChineseNumbers.parse(m.group("nth")).intValue();
                return Optional.of(new DateMention(matched, LocalDate.of(year, nth, 1), Granularity.MONTH, m.start(), m.end()));
            }
            if (m.group("first") != null) {
                return Optional.of(new DateMention(matched, LocalDate.of(year, 1, 1), Granularity.MONTH, m.start(), m.end()));
            }
            if (m.group("q") != null) {
                int q = m.group("q").equals("首") ? 1 : ChineseNumbers.parse(m.group("q")).intValue();
                return Optional.of(new DateMention(matched, LocalDate.of(year, (q - 1) * 3 + 1, 1), Granularity.QUARTER, m.start(),
                    m.end()));
            }
            if (YEAR_PICK.matcher(text.substring(m.end())).lookingAt()) {
                // 今年倒数第20天, 明年的5月份第一个周六: a day picked inside the year, which a year mention would misstate.
                return Optional.empty();
            }
            int end = endWordEnd(END_OF_YEAR, text, m.end());
            if (end > 0) {
                return Optional.of(new DateMention(text.substring(m.start(), end), LocalDate.of(year, 12, 31), Granularity.DAY,
                    m.start(), end));
            }
            return Optional.of(new DateMention(matched, LocalDate.of(year, 1, 1), Granularity.YEAR, m.start(), m.end()));
        } catch (DateTimeException | IllegalArgumentException e) {
            // 2月30日 and the like: not a date, so not a mention.
            return Optional.empty();
        }
    }

    /** Where the end word ({@code endWord}) standing right at {@code from} ends, or -1 when none stands there. */
    private static int endWordEnd(Pattern endWord, String text, int from) {
        Matcher end = endWord.matcher(text).region(from, text.length());
        return end.lookingAt() ? end.end() : -1;
    }

    /** A two-digit year: this century unless that is more than ten years after the reference (91年 is 1991). */
    private static int twoDigitYear(int yy, LocalDate reference) {
        int century = reference.getYear() / 100 * 100;
        return century + yy > reference.getYear() + 10 ? century - 100 + yy : century + yy;
    }

    /** Right after 至, 到 or a dash that follows a date with its own year. */
    private static boolean isRangeEnd(String text, int start, List<DateMention> earlier) {
        DateMention last = lastBefore(earlier, start);
        return last != null && text.substring(last.end(), start).strip().matches("至|到|-|~|～|—|——") && last.text().contains("年");
    }

    /** The mention found so far that ends last at or before {@code start}, or null. */
    private static DateMention lastBefore(List<DateMention> found, int start) {
        DateMention last = null;
        for (DateMention d : found) {
            if (d.end() <= start && (last == null || d.end() > last.end())) {
                last = d;
            }
        }
        return last;
    }

    private static boolean isAfterYearContext(String text, int start) {
        return start > 0 && text.charAt(start - 1) == '年';
    }

    /** A month-day without a year: the edition's year, or the year before when that would be far in the future. */
    private static LocalDate nearest(int year, int month, int day, LocalDate reference) {
        LocalDate date = LocalDate.of(year, month, day);
        if (date.isAfter(reference.plusDays(FUTURE_DAYS))) {
            return LocalDate.of(year - 1, month, day);
        }
        return date;
    }
}
