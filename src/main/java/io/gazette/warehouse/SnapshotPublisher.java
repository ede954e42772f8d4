package io.gazette.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Publishes the working warehouse for analysts: a copy is written beside the target and renamed over it, so a
 * reader that has the old snapshot open keeps reading the old file and a new reader sees the new one whole.
 */
public final class SnapshotPublisher {

    /** The snapshot path of a working warehouse: {@code published/<name>} beside it. */
    public static Path snapshotOf(Path warehouse) {
        Path parent = warehouse.toAbsolutePath().getParent();
        return parent.resolve("published").resolve(warehouse.getFileName());
    }

    /** Copies a closed, checkpointed warehouse file to its snapshot atomically. */
    public Path publish(Path warehouse) throws IOException {
        Path target = snapshotOf(warehouse);
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.copy(warehouse, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
