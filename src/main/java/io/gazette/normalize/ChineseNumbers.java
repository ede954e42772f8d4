package io.gazette.normalize;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads numbers as Chinese papers print them: Arabic with thousands separators and decimals, Chinese numerals
 * in positional (一百二十三, 两千, 一亿二千万) and digit-by-digit (二〇二四) style, decimals with 点, and
 * Arabic numbers with Chinese multipliers (1.05万, 3千万, 480亿).
 */
public final class ChineseNumbers {

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
        Map.entry('零', 0), Map.entry('〇', 0), Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2), Map.entry('三', 3),
        Map.entry('四', 4), Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7), Map.entry('八', 8), Map.entry('九', 9),
        Map.entry('几', 0));
    private static final Map<Character, Long> SMALL_UNITS = Map.of('十', 10L, '百', 100L, '千', 1000L);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private ChineseNumbers() {
    }

    /** The value of a number written in any of the supported forms. */
    public static BigDecimal parse(String text) {
        String s = text.replace(",", "").replace("，", "").strip();
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        if (i > 0) {
            BigDecimal value = new BigDecimal(s.substring(0, i));
            return value.multiply(multiplier(s.substring(i)));
        }
        return parseChinese(s);
    }

    /** The product of trailing multiplier characters such as 万, 亿, 千万. */
    public static BigDecimal multiplier(String chars) {
        BigDecimal m = BigDecimal.ONE;
        for (char c : chars.toCharArray()) {
            m = m.multiply(unitValue(c));
        }
        return m;
    }

    private static BigDecimal unitValue(char c) {
        return switch (c) {
            case '十' -> BigDecimal.TEN;
            case '百' -> BigDecimal.valueOf(100);
            case '千' -> BigDecimal.valueOf(1000);
            case '万' -> WAN;
            case '亿' -> YI;
            default -> throw new IllegalArgumentException("not a multiplier: " + c);
        };
    }

    private static final java.util.regex.Pattern PAIR = java.util.regex.Pattern.compile(
        "^([一二三四五六七八九])([二三四五六七八九])([十百千]?)(万亿|万|亿)?$");
    private static final java.util.regex.Pattern TEEN_FEW = java.util.regex.Pattern.compile("^十几(万亿|万|亿)?$");

    /**
     * The range an approximate numeral means, or null: two neighbouring digits (七八 is 7 to 8, 八九千 8000 to 9000,
     * 三四十万 300000 to 400000) or 十几 (11 to 19, 十几万 110000 to 190000).
     */
    public static BigDecimal[] approximatePair(String text) {
        java.util.regex.Matcher m = PAIR.matcher(text);
        if (m.matches() && DIGITS.get(m.group(2).charAt(0)) == DIGITS.get(m.group(1).charAt(0)) + 1) {
            BigDecimal scale = multiplier(m.group(3) + (m.group(4) == null ? "" : m.group(4)));
            return new BigDecimal[] {BigDecimal.valueOf(DIGITS.get(m.group(1).charAt(0))).multiply(scale),
                BigDecimal.valueOf(DIGITS.get(m.group(2).charAt(0))).multiply(scale)};
        }
        m = TEEN_FEW.matcher(text);
        if (m.matches()) {
            BigDecimal scale = multiplier(m.group(1) == null ? "" : m.group(1));
            return new BigDecimal[] {BigDecimal.valueOf(11).multiply(scale), BigDecimal.valueOf(19).multiply(scale)};
        }
        return null;
    }

    /** True when the numeral has an approximate digit (几), as in 十几万. */
    public static boolean isApproximate(String text) {
        return text.indexOf('几') >= 0;
    }

    private static BigDecimal parseChinese(String s) {
        int point = s.indexOf('点');
        String integer = point >= 0 ? s.substring(0, point) : s;
        BigDecimal value = integer.isEmpty() ? BigDecimal.ZERO : parseChineseInteger(integer);
        if (point >= 0) {
            StringBuilder fraction = new StringBuilder("0.");
            for (char c : s.substring(point + 1).toCharArray()) {
                Integer d = DIGITS.get(c);
                if (d == null) {
                    throw new IllegalArgumentException("not a Chinese decimal: " + s);
                }
                fraction.append(d);
            }
            value = value.add(new BigDecimal(fraction.toString()));
        }
        return value;
    }

    private static BigDecimal parseChineseInteger(String s) {
        boolean positional = s.chars().anyMatch(c -> SMALL_UNITS.containsKey((char) c) || c == '万' || c == '亿');
        if (!positional) {
            StringBuilder digits = new StringBuilder();
            for (char c : s.toCharArray()) {
                Integer d = DIGITS.get(c);
                if (d == null) {
                    throw new IllegalArgumentException("not a Chinese number: " + s);
                }
                digits.append(d);
            }
            return new BigDecimal(digits.toString());
        }
        BigDecimal total = BigDecimal.ZERO;
        long section = 0;
        long number = 0;
        for (char c : s.toCharArray()) {
            Integer d = DIGITS.get(c);
            if (d != null) {
                number = d;
            } else if (SMALL_UNITS.containsKey(c)) {
                section += (number == 0 ? 1 : number) * SMALL_UNITS.get(c);
                number = 0;
            } else if (c == '万') {
                total = total.add(BigDecimal.valueOf(section + number).multiply(WAN));
                section = 0;
                number = 0;
            } else if (c == '亿') {
                total = total.add(BigDecimal.valueOf(section + number)).multiply(YI);
                section = 0;
                number = 0;
            } else {
                throw new IllegalArgumentException("not a Chinese number: " + s);
            }
        }
        return total.add(BigDecimal.valueOf(section + number));
    }
}
