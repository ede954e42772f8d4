package io.gazette.archive;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A newspaper as described by its folder's optional {@code source.properties}.
 *
 * @param code the folder name
 * @param name the display name, the code when none is given
 * @param region where the paper is published, may be null
 */
public record SourceInfo(String code, String name, String region) {

    /** A source known by its folder name only, as when its description could not be read. */
    public static SourceInfo unread(String code) {
        return new SourceInfo(code, code, null);
    }

    /**
     * Reads {@code source.properties} from a source folder; a missing file gives defaults. The file is written by
     * hand, so its charset is detected like page text (UTF-8, GBK, UTF-16) and a backslash is an ordinary
     * character ({@code region=C:\data\...}), never an escape that could fail the whole file.
     *
     * @throws ArchiveException naming the file when it cannot be read or decoded
     */
    public static SourceInfo read(Path sourceFolder) throws ArchiveException {
        String code = sourceFolder.getFileName().toString();
        Path file = sourceFolder.resolve("source.properties");
        if (!Files.exists(file)) {
            return new SourceInfo(code, code, null);
        }
        String label = code + "/source.properties";
        if (!Files.isRegularFile(file)) {
            throw new ArchiveException(label + ": not a regular file");
        }
        Properties properties = new Properties();
        try {
            String text = new TextDecoder().decode(Files.readAllBytes(file), label).text();
            properties.load(new StringReader(text.replace("\\", "\\\\")));
        } catch (IOException e) {
            throw new ArchiveException(label + ": cannot read: " + e.getMessage(), e);
        }
        String name = properties.getProperty("name", code).strip();
        String region = properties.getProperty("region");
        return new SourceInfo(code, name.isEmpty() ? code : name, region == null || region.isBlank() ? null : region.strip());
    }
}
