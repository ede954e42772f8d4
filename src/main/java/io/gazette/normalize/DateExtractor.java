package io.gazette.normalize;

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
 * (一季度). A month, quarter, half or year resolves to its first day.
 */
public final class DateExtractor {

    private static final String Y = "(?<y>\\d{4}|[〇零一二三四五六七八九]{4})年";
    private static final String REL = "(?<rel>今年|去年|前年|明年|上年|当年)";
    private static final String M = "(?<m>\\d{1,2}|十[一二]?|[一二三四五六七八九])月";
    private static final String D = "(?<d>\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]";
    private static final Pattern DATE = Pattern.compile(
        "(?:" + Y + "|" + REL + ")?(?:" + M + "(?:" + D + "|份)?|(?<half>上半年|下半年)|(?:第)?(?<q>[一二三四1-4])季度)?");
    private static final Pattern DATELINE = Pattern.compile(
        "^(?:(?:本报讯|本报[\\p{IsHan}\\d\\s]{0,12}讯|新华社[\\p{IsHan}\\d\\s]{0,16}电)?\\s*(?:[(（][^)）]{0,40}[)）])?\\s*"
            + "(?<m>\\d{1,2})月(?<d>\\d{1,2})日|(?:本报|新华社)\\p{IsHan}{0,6}?(?<m2>\\d{1,2})月(?<d2>\\d{1,2})日电)");
    private static final int FUTURE_DAYS = 183;

    /** Every date in {@code text}, resolved against {@code reference}. */
    public List<DateMention> extract(String text, LocalDate reference) {
        List<DateMention> found = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (m.end() == m.start()) {
                from = m.start() + 1;
                continue;
            }
            resolve(m, text, reference).ifPresent(found::add);
            from = m.end();
        }
        return found;
    }

    /** The date a news lead reports on (本报讯 1月7日 …), if its dateline names one. */
    public Optional<LocalDate> eventDate(String lead, LocalDate editionDate) {
        Matcher m = DATELINE.matcher(lead.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String month = m.group("m") != null ? m.group("m") : m.group("m2");
        String day = m.group("d") != null ? m.group("d") : m.group("d2");
        try {
            return Optional.of(nearest(editionDate.getYear(), Integer.parseInt(month), Integer.parseInt(day), editionDate));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<DateMention> resolve(Matcher m, String text, LocalDate reference) {
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
        char beforeMonth = month != null && m.start("m") > 0 ? text.charAt(m.start("m") - 1) : ' ';
        if (Character.isDigit(beforeMonth) || beforeMonth == '个') {
            return Optional.empty();
        }
        if (!explicitYear && month == null && !isAfterYearContext(text, m.start())) {
            // 上半年 or 一季度 alone: the edition's year
            explicitYear = false;
        }
        int year = reference.getYear();
        if (yearText != null) {
            year = ChineseNumbers.parse(yearText).intValue();
            if (year < 1900 || year > 2100) {
                return Optional.empty();
            }
        } else if (rel != null) {
            year += switch (rel) {
                case "去年", "上年" -> -1;
                case "前年" -> -2;
                case "明年" -> 1;
                default -> 0;
            };
        }
        try {
            String matched = m.group();
            if (month != null) {
                int mm = ChineseNumbers.parse(month).intValue();
                if (m.group("d") != null) {
                    int dd = ChineseNumbers.parse(m.group("d")).intValue();
                    LocalDate date = explicitYear ? LocalDate.of(year, mm, dd) : nearest(year, mm, dd, reference);
                    return Optional.of(new DateMention(matched, date, "day", m.start(), m.end()));
                }
                LocalDate date = explicitYear ? LocalDate.of(year, mm, 1) : nearest(year, mm, 1, reference);
                return Optional.of(new DateMention(matched, date, "month", m.start(), m.end()));
            }
            if (m.group("half") != null) {
                return Optional.of(new DateMention(matched, LocalDate.of(year, m.group("half").startsWith("上") ? 1 : 7, 1), "half",
                    m.start(), m.end()));
            }
            if (m.group("q") != null) {
                int q = ChineseNumbers.parse(m.group("q")).intValue();
                return Optional.of(new DateMention(matched, LocalDate.of(year, (q - 1) * 3 + 1, 1), "quarter", m.start(), m.end()));
            }
            return Optional.of(new DateMention(matched, LocalDate.of(year, 1, 1), "year", m.start(), m.end()));
        } catch (DateTimeException | IllegalArgumentException e) {
            // 2月30日 and the like: not a date, so not a mention.
            return Optional.empty();
        }
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
