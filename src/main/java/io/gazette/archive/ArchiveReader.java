package io.gazette.archive;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Reads the text pages of one edition straight into memory. Nothing is ever extracted to disk, so entry
 * names are only labels: {@code ../} or absolute names cannot write anywhere, and they are refused anyway.
 */
public final class ArchiveReader {

    private final ArchiveProperties limits;
    private final TextDecoder decoder = new TextDecoder();

    public ArchiveReader(ArchiveProperties limits) {
        this.limits = limits;
    }

    /** Reads, checks and decodes every page; throws when the archive as a whole cannot be loaded. */
    public EditionContent read(Edition edition) throws ArchiveException {
        Collector collector = new Collector(edition, archiveSize(edition));
        try {
            switch (edition.format()) {
                case ZIP -> readZip(edition.path(), collector);
                case SEVEN_Z -> readSevenZ(edition.path(), collector);
                case FOLDER -> readFolder(edition.path(), collector);
                default -> readTar(edition, collector);
            }
        } catch (IOException | RuntimeException e) {
            // commons-compress signals some corrupt input with unchecked exceptions; name the archive either way.
            throw new ArchiveException(edition.path().getFileName() + ": cannot read " + edition.format().name().toLowerCase(Locale.ROOT)
                + " archive: " + describe(e), e);
        }
        List<PageText> pages = collector.pages(decoder);
        if (pages.isEmpty()) {
            throw new ArchiveException(edition.path().getFileName() + ": no text pages (*.txt) in archive"
                + (collector.skipped.isEmpty() ? " (it is empty)" : " (" + collector.skipped.size() + " other entries)"));
        }
        return new EditionContent(edition, checksum(edition), pages, List.copyOf(collector.skipped));
    }

    private void readZip(Path path, Collector collector) throws IOException, ArchiveException {
        try (ZipFile zip = ZipFile.builder().setPath(path).get()) {
            var entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (collector.admit(entry.getName(), entry.isDirectory(), entry.isUnixSymlink())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        collector.add(entry.getName(), in);
                    }
                }
            }
        }
    }

    private void readSevenZ(Path path, Collector collector) throws IOException, ArchiveException {
        try (SevenZFile sevenZ = SevenZFile.builder().setPath(path).get()) {
            SevenZArchiveEntry entry;
            while ((entry = sevenZ.getNextEntry()) != null) {
                boolean symlink = (entry.getHasWindowsAttributes() && (entry.getWindowsAttributes() >>> 16 & 0xF000) == 0xA000);
                if (collector.admit(entry.getName(), entry.isDirectory(), symlink) && entry.hasStream()) {
                    try (InputStream in = sevenZ.getInputStream(entry)) {
                        collector.add(entry.getName(), in);
                    }
                }
            }
        }
    }

    private void readTar(Edition edition, Collector collector) throws IOException, ArchiveException {
        try (InputStream file = new BufferedInputStream(Files.newInputStream(edition.path()));
             InputStream raw = decompress(edition.format(), file);
             ArchiveInputStream<TarArchiveEntry> tar = new TarArchiveInputStream(raw)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                boolean link = entry.isSymbolicLink() || entry.isLink();
                if (collector.admit(entry.getName(), entry.isDirectory() || !entry.isFile() && !link, link)) {
                    collector.add(entry.getName(), tar);
                }
            }
        }
    }

    private static InputStream decompress(ArchiveFormat format, InputStream in) throws IOException {
        return switch (format) {
            case TAR_GZ, TGZ -> GzipCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true).get();
            case TAR_BZ2 -> new BZip2CompressorInputStream(in, true);
            case TAR_XZ -> new XZCompressorInputStream(in, true);
            default -> in;
        };
    }

    private void readFolder(Path folder, Collector collector) throws IOException, ArchiveException {
        for (Path file : folderFiles(folder)) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            boolean symlink = Files.isSymbolicLink(file);
            if (collector.admit(name, Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS), symlink)) {
                try (InputStream in = Files.newInputStream(file)) {
                    collector.add(name, in);
                }
            }
        }
    }

    private static List<Path> folderFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(folder)).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private static long archiveSize(Edition edition) {
        try {
            if (edition.format() == ArchiveFormat.FOLDER) {
                long total = 0;
                for (Path p : folderFiles(edition.path())) {
                    if (Files.isRegularFile(p)) {
                        total += Files.size(p);
                    }
                }
                return total;
            }
            return Files.size(edition.path());
        } catch (IOException e) {
            return 0;
        }
    }

    /** SHA-256 of the archive file, or of the sorted names and contents of a folder edition. */
    public static String checksum(Edition edition) throws ArchiveException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (edition.format() == ArchiveFormat.FOLDER) {
                for (Path p : folderFiles(edition.path())) {
                    if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        digest.update(edition.path().relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        digest.update((byte) 0);
                        digest.update(Files.readAllBytes(p));
                    }
                }
            } else {
                try (InputStream in = new DigestInputStream(Files.newInputStream(edition.path()), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ArchiveException(edition.path().getFileName() + ": cannot read for checksum: " + describe(e), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message.lines().findFirst().orElse(""));
    }

    /** Applies the entry rules and limits while an archive is walked. */
    private final class Collector {
        private final Edition edition;
        private final long archiveBytes;
        private final List<RawPage> raw = new ArrayList<>();
        private final List<SkippedEntry> skipped = new ArrayList<>();
        private long totalBytes;
        private int entries;

        Collector(Edition edition, long archiveBytes) {
            this.edition = edition;
            this.archiveBytes = Math.max(1, archiveBytes);
        }

        /** True when the entry is a page to read; otherwise records why not. */
        boolean admit(String name, boolean directory, boolean symlink) throws ArchiveException {
            if (++entries > limits.maxEntries()) {
                throw new ArchiveException(edition.path().getFileName() + ": more than " + limits.maxEntries() + " entries");
            }
            if (directory) {
                return false;
            }
            if (symlink) {
                skipped.add(new SkippedEntry(name, "symlink", "link entries are never followed"));
                return false;
            }
            if (isUnsafe(name)) {
                skipped.add(new SkippedEntry(name, "unsafe_name", "absolute or parent-relative entry name"));
                return false;
            }
            if (!name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                skipped.add(new SkippedEntry(name, "not_text", "only *.txt entries are pages"));
                return false;
            }
            return true;
        }

        void add(String name, InputStream in) throws IOException, ArchiveException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long entryBytes = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                entryBytes += n;
                totalBytes += n;
                if (entryBytes > limits.maxEntryBytes()) {
                    throw new ArchiveException(edition.path().getFileName() + ": entry " + name + " expands beyond "
                        + limits.maxEntryBytes() + " bytes", name);
                }
                if (totalBytes > limits.maxTotalBytes()) {
                    throw new ArchiveException(edition.path().getFileName() + ": expands beyond " + limits.maxTotalBytes() + " bytes");
                }
                if (totalBytes > limits.ratioFloorBytes() && totalBytes / archiveBytes > limits.maxRatio()) {
                    throw new ArchiveException(edition.path().getFileName() + ": expansion ratio over " + limits.maxRatio()
                        + " (a zip bomb?)");
                }
                out.write(buffer, 0, n);
            }
            raw.add(new RawPage(name, out.toByteArray()));
        }

        List<PageText> pages(TextDecoder textDecoder) throws ArchiveException {
            List<RawPage> ordered = new ArrayList<>(raw);
            ordered.sort(Comparator.comparing(RawPage::name, NaturalOrder.INSTANCE));
            List<PageText> pages = new ArrayList<>();
            for (RawPage page : ordered) {
                String label = edition.path().getFileName() + "!" + page.name();
                DecodedText text;
                try {
                    text = textDecoder.decode(page.bytes(), label);
                } catch (UndecodableTextException e) {
                    throw new UndecodableTextException(e.getMessage(), page.name());
                }
                int longest = longestLine(text.text());
                if (longest > limits.maxLineChars()) {
                    throw new ArchiveException(label + ": a line of " + longest + " characters (limit " + limits.maxLineChars()
                        + "): not page text", page.name());
                }
                pages.add(new PageText(pages.size() + 1, page.name(), text.text(), text.charset()));
            }
            return pages;
        }

        private static int longestLine(String text) {
            int longest = 0;
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    longest = Math.max(longest, i - start);
                    start = i + 1;
                }
            }
            return longest;
        }

        private static boolean isUnsafe(String name) {
            String n = name.replace('\\', '/');
            return n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..") || n.startsWith("../") || n.contains("/../")
                || n.endsWith("/..");
        }
    }

    private record RawPage(String name, byte[] bytes) {
    }
}
