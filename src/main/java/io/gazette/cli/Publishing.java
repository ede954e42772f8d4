package io.gazette.cli;

import io.gazette.warehouse.SnapshotPublisher;
import java.io.IOException;
import java.nio.file.Path;

/** Publishes the analysts' snapshot for a command that changed the warehouse, and says what it set aside. */
final class Publishing {

    private Publishing() {
    }

    /** Publishes; each stale write-ahead log moved out of the snapshot's way gets one line on stderr. */
    static Path publish(Path warehouse) throws IOException {
        SnapshotPublisher.Published published = new SnapshotPublisher().publish(warehouse);
        for (Path aside : published.setAside()) {
            System.err.println("gazette: a write-ahead log left beside the snapshot by a read-write session was set aside to " + aside
                + "; open the snapshot read-only");
        }
        return published.snapshot();
    }
}
