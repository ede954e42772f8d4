package io.gazette.cli;

/** Exit codes of CONTRACT section 2 (64, 66 and 75 follow BSD sysexits: EX_USAGE, EX_NOINPUT, EX_TEMPFAIL). */
final class ExitCodes {

    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 64;
    static final int NO_INPUT = 66;
    static final int LOCKED = 75;

    private ExitCodes() {
    }
}
