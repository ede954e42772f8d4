package io.gazette;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.ArchiveOutputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/** Builds archives of every supported format for tests. Entries keep their order. */
public final class TestArchives {

    private TestArchives() {
    }

    /** Writes {@code entries} (name to bytes) into {@code file}, the format taken from its name. */
    public static Path write(Path file, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(file.getParent());
        String name = file.getFileName().toString();
        if (name.endsWith(".zip")) {
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
                for (var e : entries.entrySet()) {
                    zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeArchiveEntry();
                }
            }
        } else if (name.endsWith(".7z")) {
            try (SevenZOutputFile sevenZ = new SevenZOutputFile(file.toFile())) {
                for (var e : entries.entrySet()) {
                    SevenZArchiveEntry entry = new SevenZArchiveEntry();
                    entry.setName(e.getKey());
                    sevenZ.putArchiveEntry(entry);
                    sevenZ.write(e.getValue());
                    sevenZ.closeArchiveEntry();
                }
            }
        } else if (name.matches("\\d{4}-\\d{2}-\\d{2}")) {
            for (var e : entries.entrySet()) {
                Path page = file.resolve(e.getKey());
                Files.createDirectories(page.getParent());
                Files.write(page, e.getValue());
            }
        } else {
            try (OutputStream raw = compressor(name, Files.newOutputStream(file));
                 ArchiveOutputStream<TarArchiveEntry> tar = new TarArchiveOutputStream(raw)) {
                for (var e : entries.entrySet()) {
                    TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                    entry.setSize(e.getValue().length);
                    tar.putArchiveEntry(entry);
                    tar.write(e.getValue());
                    tar.closeArchiveEntry();
                }
            }
        }
        return file;
    }

    private static OutputStream compressor(String name, OutputStream out) throws IOException {
        if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return new GzipCompressorOutputStream(out);
        }
        if (name.endsWith(".tar.bz2")) {
            return new BZip2CompressorOutputStream(out);
        }
        if (name.endsWith(".tar.xz")) {
            return new XZCompressorOutputStream(out);
        }
        return out;
    }
}
