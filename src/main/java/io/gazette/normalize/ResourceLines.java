package io.gazette.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The entries of a bundled list file: UTF-8 lines, stripped, without blank lines and {@code #} comments. */
public final class ResourceLines {

    private ResourceLines() {
    }

    /** The entries of a classpath resource; a missing resource is a packaging error. */
    public static List<String> read(String resource) {
        InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return read(in, resource);
    }

    /**
     * The entries of {@code name} in {@code folder} when the folder holds such a file (an operator's own list),
     * else those of the bundled resource {@code bundledFolder/name}.
     */
    public static List<String> read(Path folder, String bundledFolder, String name) {
        if (folder != null && Files.isRegularFile(folder.resolve(name))) {
            try {
                return read(Files.newInputStream(folder.resolve(name)), folder.resolve(name).toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder.resolve(name), e);
            }
        }
        return read(bundledFolder + "/" + name);
    }

    private static List<String> read(InputStream stream, String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = stream) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    lines.add(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }
}
