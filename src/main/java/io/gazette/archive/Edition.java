package io.gazette.archive;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One archive in the inbox: a source's edition of one date.
 *
 * @param sourceCode the folder name under the inbox
 * @param editionDate the date in the archive's name
 * @param path the archive file or folder
 * @param format its container format
 */
public record Edition(String sourceCode, LocalDate editionDate, Path path, ArchiveFormat format) {

    /** The archive's path relative to the inbox, as recorded in the warehouse. */
    public String relativePath(Path inbox) {
        return relativePath(inbox, path);
    }

    /** A path under the inbox as the run log records it: relative, with forward slashes. */
    public static String relativePath(Path inbox, Path file) {
        return inbox.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        return sourceCode + "/" + editionDate;
    }
}
