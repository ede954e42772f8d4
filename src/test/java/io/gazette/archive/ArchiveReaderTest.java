package io.gazette.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gazette.TestArchives;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {

    @TempDir
    Path dir;

    private final ArchiveReader reader = new ArchiveReader(ArchiveProperties.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"2024-06-01.zip", "2024-06-01.7z", "2024-06-01.tar.gz", "2024-06-01.tar.xz"})
    void checksumIsThatOfTheBytesRead(String name) throws Exception {
        Path archive = TestArchives.write(dir.resolve(name), pages());
        Edition edition = new Edition("paper", LocalDate.of(2024, 6, 1), archive, ArchiveFormat.ofFileName(name).orElseThrow());
        EditionContent content = reader.read(edition);
        assertThat(content.sha256()).isEqualTo(sha256(Files.readAllBytes(archive))).isEqualTo(ArchiveReader.checksum(edition));
        assertThat(content.pages()).extracting(PageText::entryName).containsExactly("page2.txt", "page10.txt");
    }

    @Test
    void anArchiveWhoseChecksumIsThePreviousOneIsNotReadFurther() throws Exception {
        Path archive = TestArchives.write(dir.resolve("2024-06-01.zip"), pages());
        Edition edition = new Edition("paper", LocalDate.of(2024, 6, 1), archive, ArchiveFormat.ZIP);
        String previous = sha256(Files.readAllBytes(archive));
        assertThat(reader.readIfChanged(edition, previous)).isEmpty();
        assertThat(reader.readIfChanged(edition, "0".repeat(64))).get().extracting(EditionContent::sha256).isEqualTo(previous);
        assertThat(reader.readIfChanged(edition, null)).isPresent();
        Path folder = TestArchives.write(dir.resolve("2024-06-02"), pages());
        Edition folderEdition = new Edition("paper", LocalDate.of(2024, 6, 2), folder, ArchiveFormat.FOLDER);
        assertThat(reader.readIfChanged(folderEdition, ArchiveReader.checksum(folderEdition))).isEmpty();
    }

    @Test
    void folderChecksumCoversNamesAndContentsAsRead() throws Exception {
        Path folder = TestArchives.write(dir.resolve("2024-06-01"), pages());
        Edition edition = new Edition("paper", LocalDate.of(2024, 6, 1), folder, ArchiveFormat.FOLDER);
        String before = reader.read(edition).sha256();
        assertThat(before).isEqualTo(ArchiveReader.checksum(edition));
        Files.writeString(folder.resolve("page2.txt"), "第二版 改过的内容。", StandardCharsets.UTF_8);
        assertThat(reader.read(edition).sha256()).isNotEqualTo(before).isEqualTo(ArchiveReader.checksum(edition));
    }

    @Test
    void pipeNamedLikeAnArchiveIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("2024-06-01.zip");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Edition edition = new Edition("paper", LocalDate.of(2024, 6, 1), fifo, ArchiveFormat.ZIP);
        assertThatThrownBy(() -> reader.read(edition)).isInstanceOf(ArchiveException.class).hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> ArchiveReader.checksum(edition)).isInstanceOf(ArchiveException.class);
    }

    private static Map<String, byte[]> pages() {
        Map<String, byte[]> pages = new LinkedHashMap<>();
        pages.put("page10.txt", "第十版 新区召开推进会。".getBytes(StandardCharsets.UTF_8));
        pages.put("page2.txt", "第二版 全年签约项目12个。".getBytes(StandardCharsets.UTF_8));
        pages.put("photo.jpg", new byte[] {1, 2, 3});
        return pages;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void pageNumbersAreThePrintedOnesWhereEveryEntryNameCarriesOne() {
        List<PageText> printed = ArchiveReader.printedPageNumbers(List.of(page(1, "2024-01-10/A03.txt"), page(2, "2024-01-10/A10.txt")));
        assertThat(printed).extracting(PageText::pageNo).containsExactly(3, 10);
        List<PageText> shared = ArchiveReader.printedPageNumbers(List.of(page(1, "A01.txt"), page(2, "B01.txt")));
        assertThat(shared).extracting(PageText::pageNo).containsExactly(1, 2);
        List<PageText> unnumbered = ArchiveReader.printedPageNumbers(List.of(page(1, "front.txt"), page(2, "page-2.txt")));
        assertThat(unnumbered).extracting(PageText::pageNo).containsExactly(1, 2);
    }

    private static PageText page(int position, String name) {
        return new PageText(position, name, "正文。", "UTF-8");
    }
}
