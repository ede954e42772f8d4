package io.gazette.job;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * The process's request to stop the ingest under way (SIGTERM): no new edition starts, the editions under way
 * finish, and the run checks and publishes what it loaded. A stop concerns the process, not one job's beans.
 */
@Component
public class StopSignal {

    private final AtomicBoolean requested = new AtomicBoolean();

    /** Asks the running ingest to stop after the editions under way. */
    public void request() {
        requested.set(true);
    }

    public boolean requested() {
        return requested.get();
    }

    /** A new run starts unstopped: cleared by whoever starts the run, before it can be asked to stop. */
    public void clear() {
        requested.set(false);
    }
}
