package io.gazette.archive;

/** An archive or one of its entries cannot be read; the message names what is wrong. */
public class ArchiveException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String entryName;

    public ArchiveException(String message) {
        this(message, (String) null);
    }

    /** A problem with one entry of the archive. */
    public ArchiveException(String message, String entryName) {
        super(message);
        this.entryName = entryName;
    }

    /** The entry at fault, or null when the archive as a whole is. */
    public String entryName() {
        return entryName;
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
        this.entryName = null;
    }
}
