package io.gazette.normalize;

import java.time.LocalDate;

/**
 * A date written in text, resolved against the edition date.
 *
 * @param text the expression as printed
 * @param date the day it names, or the first day of the month, quarter, half or year
 * @param granularity day, month, quarter, half or year
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record DateMention(String text, LocalDate date, String granularity, int start, int end) {
}
