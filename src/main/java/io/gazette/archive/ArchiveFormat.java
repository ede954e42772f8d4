package io.gazette.archive;

import java.util.Locale;
import java.util.Optional;

/** The containers an edition may come in, recognised by the file name's ending. */
public enum ArchiveFormat {
    ZIP(".zip"),
    TAR_GZ(".tar.gz"),
    TGZ(".tgz"),
    TAR_BZ2(".tar.bz2"),
    TAR_XZ(".tar.xz"),
    TAR(".tar"),
    SEVEN_Z(".7z"),
    FOLDER("");

    private final String suffix;

    ArchiveFormat(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }

    /** The format whose suffix ends {@code fileName}, longest suffix first so .tar.gz is not taken for .tar. */
    public static Optional<ArchiveFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ArchiveFormat format : values()) {
            if (format != FOLDER && lower.endsWith(format.suffix)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The file name without the format's suffix. */
    public String stem(String fileName) {
        return fileName.substring(0, fileName.length() - suffix.length());
    }
}
