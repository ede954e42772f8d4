package io.gazette.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what an ingest run did and prints one progress line per edition. */
public final class RunReport {

    private final AtomicInteger loaded = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failedChecks = Collections.synchronizedList(new ArrayList<>());
    private volatile int total;
    private volatile boolean stopRequested;
    private final PrintStream out;
    private final PrintStream err;

    public RunReport(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void expect(int editions) {
        total = editions;
    }

    void loaded(String what, String detail) {
        loaded.incrementAndGet();
        out.printf("[%d/%d] %s loaded: %s%n", done.incrementAndGet(), total, what, detail);
    }

    void skipped(String what) {
        skipped.incrementAndGet();
        out.printf("[%d/%d] %s unchanged, skipped%n", done.incrementAndGet(), total, what);
    }

    void failed(String what, String message) {
        failed.incrementAndGet();
        failures.add(message);
        done.incrementAndGet();
        err.println("FAILED " + what + ": " + message);
    }

    void checkFailed(String message) {
        failedChecks.add(message);
        err.println("CHECK FAILED " + message);
    }

    /** Asks the run to stop after the editions under way (SIGTERM): no new edition is started. */
    public void requestStop() {
        stopRequested = true;
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    /** Editions planned but never started because the run was stopped. */
    public int notStarted() {
        return Math.max(0, total - done.get());
    }

    public int loaded() {
        return loaded.get();
    }

    public int failed() {
        return failed.get();
    }

    public int skipped() {
        return skipped.get();
    }

    public List<String> failedChecks() {
        return List.copyOf(failedChecks);
    }

    public String summary() {
        return "%d loaded, %d unchanged, %d failed%s%s".formatted(loaded(), skipped(), failed(),
            failedChecks.isEmpty() ? "" : ", " + failedChecks.size() + " data checks failed",
            stopRequested ? ", stopped with " + notStarted() + " editions not started" : "");
    }
}
