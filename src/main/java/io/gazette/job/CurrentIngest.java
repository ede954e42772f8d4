package io.gazette.job;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Hands the session the ingest command opened to the job's beans. The warehouse is opened outside the job so
 * that a locked file can be reported with its own exit code before any work starts.
 */
@Component
public class CurrentIngest {

    private final AtomicReference<IngestSession> session = new AtomicReference<>();

    /** Makes a session current for the duration of one job run. */
    public void begin(IngestSession ingest) {
        if (!session.compareAndSet(null, ingest)) {
            throw new IllegalStateException("an ingest is already running in this process");
        }
    }

    public IngestSession get() {
        IngestSession current = session.get();
        if (current == null) {
            throw new IllegalStateException("no ingest session: the job is started by the ingest command");
        }
        return current;
    }

    public void end() {
        session.set(null);
    }
}
