package io.gazette.text;

/** One line for the operator out of an exception chain: the deepest cause's own message. */
public final class Messages {

    private Messages() {
    }

    /** The first line of the root cause's message (DuckDB's own words), or its type when it has none. */
    public static String oneLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        return message.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }
}
