package io.gazette.job;

import io.gazette.warehouse.RejectStage;

/** An edition that cannot be loaded; the skip policy records it and the night goes on. */
public class EditionFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RejectStage stage;
    private final String reason;
    private final String entryName;

    public EditionFailedException(RejectStage stage, String reason, String entryName, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.reason = reason;
        this.entryName = entryName;
    }

    public RejectStage stage() {
        return stage;
    }

    public String reason() {
        return reason;
    }

    public String entryName() {
        return entryName;
    }
}
