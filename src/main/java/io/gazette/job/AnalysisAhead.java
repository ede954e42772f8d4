package io.gazette.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Keeps the analysis workers busy while the single writer loads: the reader hands each edition to the workers as
 * soon as it is planned ({@link #start}), up to one per worker ahead of the writer, and the step's processor only
 * waits for the edition's result ({@link #process}). So edition n+1 is analysed while edition n is written, and at
 * most {@code workers} analysed editions wait in memory. The workers are a fork-join pool: an edition's pages and
 * articles are tasks that idle workers take ({@link io.gazette.analysis.EditionAnalyzer#analyse}), so a night of
 * one edition, or the last edition of a run, keeps every worker busy too.
 */
public class AnalysisAhead implements ItemProcessor<EditionTask, EditionResult>, AutoCloseable {

    private final ItemProcessor<EditionTask, EditionResult> analysis;
    private final ForkJoinPool workers;
    private final int ahead;
    private final Map<EditionTask, Future<EditionResult>> started = new ConcurrentHashMap<>();

    /**
     * Analysis on {@code workers} threads.
     *
     * @param analysis reads and analyses one edition (throws EditionFailedException for an edition that cannot load)
     * @param workers threads, and editions analysed ahead of the writer
     */
    public AnalysisAhead(ItemProcessor<EditionTask, EditionResult> analysis, int workers) {
        this.analysis = analysis;
        this.ahead = Math.max(1, workers);
        AtomicInteger count = new AtomicInteger();
        this.workers = new ForkJoinPool(ahead, pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName("gazette-analysis-" + count.incrementAndGet());
            return t;
        }, null, false);
    }

    /** How many editions may be under analysis ahead of the writer. */
    public int ahead() {
        return ahead;
    }

    /** Starts the analysis of an edition on a worker, if it has not started. */
    public void start(EditionTask task) {
        started.computeIfAbsent(task, t -> {
            // A FutureTask keeps the worker's exception as thrown (the pool's own tasks would wrap checked ones).
            FutureTask<EditionResult> result = new FutureTask<>(() -> analysis.process(t));
            workers.execute(result);
            return result;
        });
    }

    /** Whether the analysis of an edition has started. */
    public boolean isStarted(EditionTask task) {
        return started.containsKey(task);
    }

    /** The step's processing: the edition's result, waiting for its worker (starting it first if it was not). */
    @Override
    public EditionResult process(EditionTask task) throws Exception {
        start(task);
        Future<EditionResult> result = started.remove(task);
        try {
            return result.get();
        } catch (ExecutionException e) {
            // The worker's own exception, so that the skip policy sees an EditionFailedException as before.
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
