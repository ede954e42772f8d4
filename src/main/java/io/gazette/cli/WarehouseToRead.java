package io.gazette.cli;

import io.gazette.warehouse.SnapshotPublisher;
import io.gazette.warehouse.WarehouseLockedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The warehouse a reading command opens (the file the user named, else the published snapshot), and what it says when that is held. */
final class WarehouseToRead {

    private WarehouseToRead() {
    }

    /** The file to read; a missing one is a usage error that says whether to run ingest first. */
    static Path of(Path given, GazetteProperties defaults) throws UsageException {
        Path file = given != null ? given : SnapshotPublisher.snapshotOf(defaults.warehouse());
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no warehouse at " + file + (given == null ? " (run gazette ingest first)" : ""));
        }
        return file;
    }

    /**
     * Says on stderr that a warehouse is held and returns the exit code. The published snapshot can only be held by a
     * program that opened the analysts' copy read-write: the line says to open it read-only there. The working
     * warehouse is held by a load under way: the line says to try again later.
     */
    static int held(Path file, WarehouseLockedException e) {
        if (SnapshotPublisher.isSnapshot(file)) {
            System.err.println("gazette: " + e.getMessage() + " read-write; open the published snapshot read-only in other tools "
                + "(DBeaver: connection setting read-only; duckdb -readonly; duckdb.connect(file, read_only=True)), then run this again");
        } else {
            System.err.println("gazette: " + e.getMessage() + "; try again later");
        }
        return ExitCodes.LOCKED;
    }
}
