package io.gazette.cli;

/** A bad flag or parameter value: exit 64 with the message. */
class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
