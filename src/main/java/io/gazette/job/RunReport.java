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
    private final PrintStream out;
    private final PrintStream err;
    private final StopSignal stop;

    public RunReport(PrintStream out, PrintStream err, StopSignal stop) {
        this.out = out;
        this.err = err;
        this.stop = stop;
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

    /** True once the process was asked to stop (SIGTERM): no new edition is started. */
    public boolean stopRequested() {
        return stop.requested();
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
            stopRequested() ? ", stopped with " + notStarted() + " editions not started" : "");
    }
}
