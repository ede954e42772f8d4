package io.gazette.normalize;

import io.gazette.text.Coded;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date written in text, resolved against the edition date.
 *
 * @param text the expression as printed
 * @param date the day it names, or the first day of the month, quarter, half or year
 * @param granularity how much of the calendar it names
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record DateMention(String text, LocalDate date, Granularity granularity, int start, int end) {

    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(granularity, "granularity");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a date mention needs a span: " + start + ".." + end);
        }
    }

    /** What {@code fact_date_mention.granularity} holds, stored as {@link #code()}. */
    public enum Granularity implements Coded {
        DAY, MONTH, QUARTER, HALF, YEAR
    }
}
