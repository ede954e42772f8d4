package io.gazette.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads the text pages of one edition straight into memory. Nothing is ever extracted to disk, so entry
 * names are only labels: {@code ../} or absolute names cannot write anywhere, and they are refused anyway.
 */
public final class ArchiveReader {

    /** The last number in an entry's base name, at most three digits: its printed page. */
    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile("(\\d{1,3})(?!.*\\d)");

    private final ArchiveProperties limits;
    private final TextDecoder decoder = new TextDecoder();

    public ArchiveReader(ArchiveProperties limits) {
        this.limits = limits;
    }

    /**
     * Reads, checks and decodes every page; throws when the archive as a whole cannot be loaded. The archive is
     * opened once: its checksum is that of the very bytes the pages come from, so a file replaced while it is
     * read can never be recorded under the new file's checksum.
     */
    public EditionContent read(Edition edition) throws ArchiveException {
        return readIfChanged(edition, null).orElseThrow();
    }

    /**
     * Like {@link #read}, but empty when the archive's checksum is {@code previousSha256}: an archive file is read
     * once, its checksum taken from the bytes in memory before anything is decompressed, so an unchanged archive
     * costs one read and a changed one is not read twice. (A folder edition's files are hashed first, then read.)
     */
    public Optional<EditionContent> readIfChanged(Edition edition, String previousSha256) throws ArchiveException {
        String sha256;
        Collector collector;
        try {
            if (edition.format() == ArchiveFormat.FOLDER) {
                if (previousSha256 != null && previousSha256.equals(checksum(edition))) {
                    return Optional.empty();
                }
                MessageDigest digest = Checksums.sha256();
                List<Path> files = folderFiles(edition.path());
                collector = new Collector(edition, folderSize(files));
                readFolder(edition.path(), files, collector, digest);
                sha256 = Checksums.hex(digest.digest());
            } else {
                byte[] archive = readArchiveFile(edition.path());
                sha256 = Checksums.sha256Hex(archive);
                if (sha256.equals(previousSha256)) {
                    return Optional.empty();
                }
                collector = new Collector(edition, archive.length);
                switch (edition.format()) {
                    case ZIP -> readZip(archive, collector);
                    case SEVEN_Z -> readSevenZ(archive, collector);
                    default -> readTar(edition.format(), archive, collector);
                }
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
        return Optional.of(new EditionContent(edition, sha256, pages, List.copyOf(collector.skipped)));
    }

    /** The whole archive file in memory, refused before any read when it is not a regular file or over the limit. */
    private byte[] readArchiveFile(Path path) throws IOException, ArchiveException {
        if (!Files.isRegularFile(path)) {
            throw new ArchiveException(path.getFileName() + ": not a regular file (a pipe, device or dangling link is never read)");
        }
        long size = Files.size(path);
        if (size > limits.maxTotalBytes()) {
            throw new ArchiveException(path.getFileName() + ": archive of " + size + " bytes is over the limit of "
                + limits.maxTotalBytes());
        }
        return Files.readAllBytes(path);
    }

    private void readZip(byte[] archive, Collector collector) throws IOException, ArchiveException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(archive)).get()) {
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

    private void readSevenZ(byte[] archive, Collector collector) throws IOException, ArchiveException {
        try (SevenZFile sevenZ = SevenZFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(archive)).get()) {
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

    private void readTar(ArchiveFormat format, byte[] archive, Collector collector) throws IOException, ArchiveException {
        try (InputStream raw = decompress(format, new ByteArrayInputStream(archive));
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

    /** Reads each regular file of a folder edition once, hashing its name and bytes in path order. */
    private void readFolder(Path folder, List<Path> files, Collector collector, MessageDigest digest)
        throws IOException, ArchiveException {
        for (Path file : files) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            boolean symlink = Files.isSymbolicLink(file);
            boolean regular = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
            if (!regular && !symlink && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                collector.skip(name, "not_a_file", "a pipe, socket or device is never read");
                continue;
            }
            byte[] bytes = regular ? Files.readAllBytes(file) : null;
            if (regular) {
                hashFolderEntry(digest, name, bytes);
            }
            if (collector.admit(name, Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS), symlink)) {
                collector.add(name, new ByteArrayInputStream(bytes));
            }
        }
    }

    private static List<Path> folderFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(folder)).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    /** A folder edition's checksum input: each regular file's relative name, a zero byte, its bytes, in path order. */
    private static void hashFolderEntry(MessageDigest digest, String name, byte[] bytes) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    private static long folderSize(List<Path> files) throws IOException {
        long total = 0;
        for (Path p : files) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                total += Files.size(p);
            }
        }
        return total;
    }

    /**
     * SHA-256 of the archive file, or of the sorted names and contents of a folder edition: the same value
     * {@link #read} records, computed without decoding, to tell whether an archive changed since its last load.
     */
    public static String checksum(Edition edition) throws ArchiveException {
        try {
            MessageDigest digest = Checksums.sha256();
            if (edition.format() == ArchiveFormat.FOLDER) {
                for (Path p : folderFiles(edition.path())) {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        hashFolderEntry(digest, edition.path().relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            } else if (!Files.isRegularFile(edition.path())) {
                throw new ArchiveException(edition.path().getFileName() + ": not a regular file");
            } else {
                try (InputStream in = new DigestInputStream(Files.newInputStream(edition.path()), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            return Checksums.hex(digest.digest());
        } catch (IOException e) {
            throw new ArchiveException(edition.path().getFileName() + ": cannot read for checksum: " + describe(e), e);
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

        void skip(String name, String reason, String detail) {
            skipped.add(new SkippedEntry(name, reason, detail));
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
            return printedPageNumbers(pages);
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

    /**
     * The printed page number where every entry name carries one (page-10.txt is 10, A03.txt is 3, 第5版.txt is 5)
     * and no two share it; else the natural order.
     */
    static List<PageText> printedPageNumbers(List<PageText> pages) {
        List<Integer> numbers = new ArrayList<>();
        for (PageText page : pages) {
            java.util.regex.Matcher m = PAGE_NUMBER.matcher(baseName(page.entryName()));
            if (!m.find()) {
                return pages;
            }
            numbers.add(Integer.parseInt(m.group(1)));
        }
        if (new java.util.HashSet<>(numbers).size() != numbers.size() || numbers.contains(0)) {
            return pages;
        }
        List<PageText> numbered = new ArrayList<>();
        for (int k = 0; k < pages.size(); k++) {
            PageText p = pages.get(k);
            numbered.add(new PageText(numbers.get(k), p.entryName(), p.text(), p.charset()));
        }
        return numbered;
    }

    private static String baseName(String entryName) {
        String name = entryName.substring(entryName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
