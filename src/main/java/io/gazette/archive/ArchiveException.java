package io.gazette.archive;

/** An archive or one of its entries cannot be read; the message names what is wrong. */
public class ArchiveException extends Exception {

    private static final long serialVersionUID = 1L;

    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
