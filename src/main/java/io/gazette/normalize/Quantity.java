package io.gazette.normalize;

import io.gazette.text.Coded;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount written in text.
 *
 * @param text the amount as printed, qualifier words included
 * @param value the amount in {@code unitCode} after expanding 万/亿 multipliers (the low end of a range)
 * @param valueHigh the high end of a range, else null
 * @param unitCode a code of dim_unit
 * @param baseValue value times the unit's factor to its base unit
 * @param qualifier how exact the amount is
 * @param indicator the measured thing named just before, else null
 * @param start offset of the first character in the analysed text
 * @param end offset after the last character
 */
public record Quantity(String text, BigDecimal value, BigDecimal valueHigh, String unitCode, BigDecimal baseValue,
                       Qualifier qualifier, String indicator, int start, int end) {

    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(baseValue, "baseValue");
        Objects.requireNonNull(qualifier, "qualifier");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("an amount needs a span: " + start + ".." + end);
        }
    }

    /** What {@code fact_quantity.qualifier} holds, stored as {@link #code()}. */
    public enum Qualifier implements Coded {
        /** As printed. */
        EXACT,
        /** 约, 近, 左右, 几: about. */
        APPROX,
        /** 多, 余, 以上, 超过: more than. */
        OVER,
        /** 不足, 以下, 以内: less than. */
        UNDER,
        /** 3至5: from value to value_high. */
        RANGE
    }
}
