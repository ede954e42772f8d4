package io.gazette.archive;

/**
 * An archive entry that is not a page, kept for the reject log.
 *
 * @param entryName the entry's name as stored in the archive (never used as a path)
 * @param reason short reason code: not_text, symlink, unsafe_name
 * @param detail one line for the operator
 */
public record SkippedEntry(String entryName, String reason, String detail) {
}
