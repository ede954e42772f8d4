package io.gazette.cli;

import io.gazette.warehouse.SnapshotPublisher;
import java.nio.file.Files;
import java.nio.file.Path;

/** The warehouse a reading command opens: the file the user named, else the published snapshot. */
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
}
