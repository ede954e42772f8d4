package io.gazette.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Counts what an ingest run did and prints one progress line per edition, with the elapsed time and an estimate of
 * what is left on runs of {@value #LONG_RUN} editions or more.
 */
public final class RunReport {

    /** Runs of this many editions get the elapsed time and what is left on each line. */
    static final int LONG_RUN = 10;

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
    private final AtomicLong characters = new AtomicLong();
    private final LongSupplier nanoTime;
    private final long started;
    private volatile long firstDone;

    public RunReport(PrintStream out, PrintStream err, StopSignal stop) {
        this(out, err, stop, System::nanoTime);
    }

    RunReport(PrintStream out, PrintStream err, StopSignal stop, LongSupplier nanoTime) {
        this.out = out;
        this.err = err;
        this.stop = stop;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    void expect(int editions) {
        total = editions;
    }

    void loaded(String what, String detail, long charactersRead) {
        loaded.incrementAndGet();
        characters.addAndGet(charactersRead);
        int n = done.incrementAndGet();
        out.printf("[%d/%d] %s loaded: %s%s%n", n, total, what, detail, progress(n));
    }

    void skipped(String what) {
        skipped.incrementAndGet();
        int n = done.incrementAndGet();
        out.printf("[%d/%d] %s unchanged, skipped%s%n", n, total, what, progress(n));
    }

    /**
     * "; 2 min 10 s elapsed, about 1 min 5 s left" on long runs. The estimate follows the pace since the first edition
     * was done, so the model's loading before it does not count as the pace of every edition.
     */
    private String progress(int finished) {
        long now = nanoTime.getAsLong();
        if (finished == 1) {
            firstDone = now;
        }
        if (total < LONG_RUN || finished >= total) {
            return "";
        }
        long elapsed = now - started;
        if (finished < 2) {
            return "; %s elapsed".formatted(duration(elapsed));
        }
        long left = (now - firstDone) / (finished - 1) * (total - finished);
        return "; %s elapsed, about %s left".formatted(duration(elapsed), duration(left));
    }

    static String duration(long nanos) {
        long seconds = Math.round(nanos / 1e9);
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        return minutes < 60 ? "%d min %d s".formatted(minutes, seconds % 60) : "%d h %d min".formatted(minutes / 60, minutes % 60);
    }

    /** The run's pace: "413201 characters in 41 s, 10078 characters/s". */
    public String throughput() {
        long nanos = Math.max(1, nanoTime.getAsLong() - started);
        long chars = characters.get();
        return "%d characters in %s, %d characters/s".formatted(chars, duration(nanos), Math.round(chars / (nanos / 1e9)));
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
