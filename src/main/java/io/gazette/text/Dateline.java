package io.gazette.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a news lead opens with, written once for the splitter, the credit parser and the event date: an
 * optional 据, the agency (本报, 新华社, any …日报, …网, …社, …电视台), an optional place and date, and 讯 or 电,
 * then credits in brackets: 本报讯, 本报南京讯, 本报北京1月7日电 (记者 X), 新华社东京3月2日电, 据新华社电,
 * 某某网讯. A place and a date with no agency before 电 (南京1月7日电) is one too.
 *
 * @param agency the agency as printed, null when the dateline names none
 * @param place the place, spaces removed, or null
 * @param month the month as printed (digits or Chinese numerals), or null
 * @param day the day as printed, or null
 * @param credits the text inside the brackets after the dateline, or null
 * @param end where the dateline and its credits end in the paragraph
 */
public record Dateline(String agency, String place, String month, String day, String credits, int end) {

    /** Agencies named in full: after them a place with no date may stand (本报南京讯, 新华社电). */
    private static final String KNOWN = "本报|新华社|中新社|人民网|央视网|光明网|新华网|中国新闻网";
    /** Any other paper, site, agency or station: directly 讯 or 电, or a place and a date before 电. */
    private static final String NAMED = "\\p{IsHan}{2,8}?(?:通讯社|日报|晚报|电视台|网|社|台|报)";
    private static final String NUMBER = "\\d{1,2}|[一二三四五六七八九十]{1,3}";
    private static final String PLACE = "[\\p{IsHan}\\s]{0,12}?";
    private static final Pattern PATTERN = Pattern.compile("^\\s*[(（]?\\s*(?:据?(?<agency>" + KNOWN + ")(?<place>" + PLACE + ")\\s*"
        + date("m", "d") + "?\\s*[讯电]"
        + "|据?(?<agency2>" + NAMED + ")(?:[讯电]|(?<place2>" + PLACE + ")\\s*" + date("m2", "d2") + "\\s*电)"
        + "|(?<place3>\\p{IsHan}{2,8}?)(?:网|社)?\\s*" + date("m3", "d3") + "电)"
        + "\\s*(?:[(（](?<credits>[^()（）]{2,80})[)）])?\\s*");

    private static String date(String month, String day) {
        return "(?:(?<%s>%s)\\s*月\\s*(?<%s>%s)\\s*日?)".formatted(month, NUMBER, day, NUMBER);
    }

    /** The dateline a paragraph opens with, if any. */
    public static Optional<Dateline> of(String paragraph) {
        Matcher m = PATTERN.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = first(m, "place", "place2", "place3");
        place = place == null ? null : place.replaceAll("\\s+", "");
        return Optional.of(new Dateline(first(m, "agency", "agency2"), place == null || place.isEmpty() ? null : place,
            first(m, "m", "m2", "m3"), first(m, "d", "d2", "d3"), m.group("credits"), m.end()));
    }

    private static String first(Matcher m, String... groups) {
        for (String group : groups) {
            if (m.group(group) != null) {
                return m.group(group);
            }
        }
        return null;
    }

    /** Whether a paragraph opens with a dateline. */
    public static boolean opens(String paragraph) {
        return PATTERN.matcher(paragraph).find();
    }
}
