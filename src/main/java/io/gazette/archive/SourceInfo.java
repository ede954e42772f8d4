package io.gazette.archive;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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

    /** Reads {@code source.properties} (UTF-8) from a source folder; a missing file gives defaults. */
    public static SourceInfo read(Path sourceFolder) throws IOException {
        String code = sourceFolder.getFileName().toString();
        Path file = sourceFolder.resolve("source.properties");
        if (!Files.isRegularFile(file)) {
            return new SourceInfo(code, code, null);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String name = properties.getProperty("name", code).strip();
        String region = properties.getProperty("region");
        return new SourceInfo(code, name.isEmpty() ? code : name, region == null || region.isBlank() ? null : region.strip());
    }
}
