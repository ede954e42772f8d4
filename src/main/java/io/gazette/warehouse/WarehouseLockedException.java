package io.gazette.warehouse;

/** Another process holds the warehouse for writing. */
public class WarehouseLockedException extends Exception {

    private static final long serialVersionUID = 1L;

    public WarehouseLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
