package io.gazette.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxScannerTest {

    @TempDir
    Path inbox;

    @Test
    void findsBothLayoutsEveryFormatAndFolders() throws Exception {
        Path paper = Files.createDirectories(inbox.resolve("paper"));
        for (String name : new String[] {"2024-01-01.zip", "2024-01-02.tar", "2024-01-03.tar.gz", "2024-01-04.tgz",
            "2024-01-05.tar.bz2", "2024-01-06.tar.xz", "2024-01-07.7z"}) {
            Files.writeString(paper.resolve(name), "x");
        }
        Files.createDirectories(paper.resolve("2024-01-08"));
        Files.createDirectories(paper.resolve("2023"));
        Files.writeString(paper.resolve("2023").resolve("2023-12-31.zip"), "x");
        Files.writeString(paper.resolve("source.properties"), "name=x");
        InboxScan scan = new InboxScanner().scan(inbox);
        assertThat(scan.problems()).isEmpty();
        assertThat(scan.editions()).extracting(Edition::format).containsExactlyInAnyOrder(ArchiveFormat.ZIP, ArchiveFormat.TAR,
            ArchiveFormat.TAR_GZ, ArchiveFormat.TGZ, ArchiveFormat.TAR_BZ2, ArchiveFormat.TAR_XZ, ArchiveFormat.SEVEN_Z,
            ArchiveFormat.FOLDER, ArchiveFormat.ZIP);
        assertThat(scan.editions()).extracting(Edition::editionDate).contains(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 8));
    }

    @Test
    void impossibleDateIsAProblemNotAnEdition() throws Exception {
        Path paper = Files.createDirectories(inbox.resolve("paper"));
        Files.writeString(paper.resolve("2024-02-30.zip"), "x");
        InboxScan scan = new InboxScanner().scan(inbox);
        assertThat(scan.editions()).isEmpty();
        assertThat(scan.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("impossible_date");
            assertThat(p.detail()).contains("2024-02-30.zip");
        });
    }

    @Test
    void twoArchivesForOneDateAreBothRefused() throws Exception {
        Path paper = Files.createDirectories(inbox.resolve("paper"));
        Files.writeString(paper.resolve("2024-01-10.zip"), "x");
        Files.writeString(paper.resolve("2024-01-10.7z"), "x");
        Files.writeString(paper.resolve("2024-01-11.zip"), "x");
        InboxScan scan = new InboxScanner().scan(inbox);
        assertThat(scan.editions()).extracting(Edition::editionDate).containsExactly(LocalDate.of(2024, 1, 11));
        assertThat(scan.problems()).hasSize(2).allSatisfy(p -> assertThat(p.reason()).isEqualTo("duplicate_edition"));
    }

    @Test
    void unknownFilesAreReportedNotLoaded() throws Exception {
        Path paper = Files.createDirectories(inbox.resolve("paper"));
        Files.writeString(paper.resolve("notes.txt"), "x");
        Files.writeString(paper.resolve("2024-01-10.rar"), "x");
        InboxScan scan = new InboxScanner().scan(inbox);
        assertThat(scan.editions()).isEmpty();
        assertThat(scan.problems()).extracting(InboxProblem::reason).containsExactlyInAnyOrder("unrecognised_name", "unsupported_format");
    }
}
