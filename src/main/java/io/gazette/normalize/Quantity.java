package io.gazette.normalize;

import java.math.BigDecimal;

/**
 * An amount written in text.
 *
 * @param text the amount as printed, qualifier words included
 * @param value the amount in {@code unitCode} after expanding 万/亿 multipliers (the low end of a range)
 * @param valueHigh the high end of a range, else null
 * @param unitCode a code of dim_unit
 * @param baseValue value times the unit's factor to its base unit
 * @param qualifier exact, approx, over, under or range
 * @param indicator the measured thing named just before, else null
 * @param start offset of the first character in the analysed text
 * @param end offset after the last character
 */
public record Quantity(String text, BigDecimal value, BigDecimal valueHigh, String unitCode, BigDecimal baseValue,
                       String qualifier, String indicator, int start, int end) {
}
