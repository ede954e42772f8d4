package io.gazette.normalize;

import io.gazette.text.CharacterWidth;

/**
 * A text folded for reading numbers, with the way back to the original's offsets: full-width digits and signs
 * as ASCII (３．５％), traditional numerals and units as simplified (萬 億 點 個 兩 圓 塊 幣), the minus sign as
 * a hyphen, and the spaces of justified print or careless typing dropped where they sit inside a number or between
 * a number and its unit (七成 六, 百 分 之 2.4, 9 m, 一百五十 个百分点).
 */
final class FoldedText {

    private static final String TRADITIONAL = "萬億點個兩圓塊幣錢貳參陸週號後禮這○";
    private static final String SIMPLIFIED = "万亿点个两圆块币钱贰叁陆周号后礼这〇";
    private static final String NUMERIC = "0123456789.零〇○一二两三四五六七八九十百千万亿点分之成";
    private static final String UNIT_START = "个成折%‰分之点万亿千百米克斤吨公平年月日号kKmMcCgGtTwW㎡";

    private final String text;
    private final int[] origin;

    private FoldedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    static FoldedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length()];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = fold(original.charAt(i));
            if (c == ' ') {
                int next = i + 1;
                while (next < original.length() && fold(original.charAt(next)) == ' ') {
                    next++;
                }
                char before = n > 0 ? out.charAt(n - 1) : 0;
                char after = next < original.length() ? fold(original.charAt(next)) : 0;
                boolean inNumber = before != 0 && after != 0 && NUMERIC.indexOf(before) >= 0
                    && (NUMERIC.indexOf(after) >= 0 || UNIT_START.indexOf(after) >= 0);
                if (inNumber) {
                    i = next - 1;
                    continue;
                }
            }
            out.append(c);
            origin[n++] = i;
        }
        return new FoldedText(out.toString(), java.util.Arrays.copyOf(origin, n));
    }

    private static char fold(char c) {
        char narrow = CharacterWidth.fold(c);
        if (narrow != c) {
            return narrow;
        }
        if (c == '\t') {
            return ' ';
        }
        if (c == '\u2212') {
            return '-';
        }
        int traditional = TRADITIONAL.indexOf(c);
        return traditional >= 0 ? SIMPLIFIED.charAt(traditional) : c;
    }

    String text() {
        return text;
    }

    /** The original offset of the folded character at {@code index}. */
    int start(int index) {
        return index < origin.length ? origin[index] : origin.length == 0 ? 0 : origin[origin.length - 1] + 1;
    }

    /** The original offset just after the folded characters before {@code end}. */
    int end(int end) {
        return end == 0 ? 0 : origin[end - 1] + 1;
    }
}
