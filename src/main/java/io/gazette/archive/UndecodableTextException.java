package io.gazette.archive;

/** Page bytes that are not text in any charset Gazette reads. */
public class UndecodableTextException extends ArchiveException {

    private static final long serialVersionUID = 1L;

    public UndecodableTextException(String message) {
        super(message);
    }

    public UndecodableTextException(String message, String entryName) {
        super(message, entryName);
    }
}
