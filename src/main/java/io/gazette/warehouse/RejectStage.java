package io.gazette.warehouse;

import io.gazette.text.Coded;

/** Where in the pipeline something was refused: {@code etl_reject.stage}, stored as {@link #code()}. */
public enum RejectStage implements Coded {
    /** The archive's name or place in the inbox (no date in the name, unknown source). */
    INBOX,
    /** The archive itself (unreadable, truncated, unsafe entries). */
    ARCHIVE,
    /** A page's text (an encoding that cannot be decoded). */
    DECODE,
    /** Splitting and analysis of the pages. */
    ANALYSE,
    /** Any other failure while an edition was processed. */
    PROCESS,
    /** Writing the edition to the warehouse. */
    LOAD
}
