package io.gazette.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads the SQL files packed from sql/ into the jar, in name order. */
public final class SqlScripts {

    private SqlScripts() {
    }

    /** The files of one sql/ folder (schema, checks, reports), name to text. */
    public static Map<String, String> folder(String name) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:sql/" + name + "/*.sql");
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            Map<String, String> scripts = new LinkedHashMap<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    scripts.put(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return scripts;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read sql/" + name + " from the classpath", e);
        }
    }
}
