package io.gazette.warehouse;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes the working warehouse for analysts: a copy is written beside the target and renamed over it, so a
 * reader that has the old snapshot open keeps reading the old file and a new reader sees the new one whole.
 *
 * <p>DuckDB finds a database's write-ahead log by path ({@code <name>.wal}), not by file. A read-write session
 * on the snapshot that crashed leaves its WAL there, and DuckDB would replay it into the next snapshot (rows
 * deleted, or "Failure while replaying WAL file"). So a WAL found beside the snapshot is set aside into
 * {@code published/stale-wal/} just before and just after the rename, and the snapshot is made read-only on
 * disk so that analysts' tools cannot open it read-write in the first place.
 */
public final class SnapshotPublisher {

    private static final String FOLDER = "published";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS");

    /**
     * What a publish did.
     *
     * @param snapshot the published file
     * @param setAside stale WAL files moved out of its way
     */
    public record Published(Path snapshot, List<Path> setAside) {
    }

    /** Whether a file is a published snapshot (it sits in a {@code published/} folder). */
    public static boolean isSnapshot(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(FOLDER);
    }

    /** A folder beside the working warehouse, whether {@code file} is that warehouse or its published snapshot. */
    public static Path besideWarehouse(Path file, String folder) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return isSnapshot(file) ? parent.resolveSibling(folder) : parent.resolve(folder);
    }

    /** The snapshot path of a working warehouse: {@code published/<name>} beside it. */
    public static Path snapshotOf(Path warehouse) {
        Path parent = warehouse.toAbsolutePath().getParent();
        return parent.resolve(FOLDER).resolve(warehouse.getFileName());
    }

    /**
     * Publishes {@code warehouse} and says on {@code err}, one line each, which stale write-ahead logs it moved out of
     * the snapshot's way; returns the snapshot.
     */
    public Path publish(Path warehouse, java.io.PrintStream err) throws IOException {
        Published published = publish(warehouse);
        for (Path aside : published.setAside()) {
            err.println("gazette: a write-ahead log left beside the snapshot by a read-write session was set aside to " + aside
                + "; open the snapshot read-only");
        }
        return published.snapshot();
    }

    /** Copies a closed, checkpointed warehouse file to its snapshot atomically. */
    public Published publish(Path warehouse) throws IOException {
        Path target = snapshotOf(warehouse);
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.copy(warehouse, temporary, StandardCopyOption.REPLACE_EXISTING);
            makeReadOnly(temporary);
            List<Path> setAside = new ArrayList<>();
            setAsideWal(target, setAside);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            setAsideWal(target, setAside);
            return new Published(target, List.copyOf(setAside));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void setAsideWal(Path snapshot, List<Path> setAside) throws IOException {
        Path wal = snapshot.resolveSibling(snapshot.getFileName() + ".wal");
        if (Files.exists(wal)) {
            Path folder = Files.createDirectories(snapshot.resolveSibling("stale-wal"));
            Path aside = folder.resolve(snapshot.getFileName() + "." + LocalDateTime.now().format(STAMP) + ".wal");
            Files.move(wal, aside, StandardCopyOption.ATOMIC_MOVE);
            setAside.add(aside);
        }
    }

    private static void makeReadOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        } else if (!file.toFile().setReadOnly()) {
            throw new IOException("cannot make " + file + " read-only");
        }
    }
}
