package io.gazette.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the command line, overridable in application.yml, by environment (GAZETTE_INBOX,
 * GAZETTE_WAREHOUSE, GAZETTE_THREADS) or by flags. Relative paths are resolved against Gazette's home, not the
 * current folder, so a run from cron's {@code /} does what a run from the repository does: {@code GAZETTE_HOME} when
 * set, else the folder of the jar (the repository when the jar is Maven's {@code target/gazette.jar}), else the
 * current folder (classes run from an IDE or a test).
 *
 * @param inbox the inbox folder read by ingest
 * @param warehouse the working warehouse file; its snapshot is published to published/ beside it
 * @param threads worker threads for text analysis; 0 (the default): one per available processor, at most 64
 */
@ConfigurationProperties("gazette")
public record GazetteProperties(
    @DefaultValue("warehouse/inbox") Path inbox,
    @DefaultValue("warehouse/gazette.duckdb") Path warehouse,
    @DefaultValue("0") int threads) {

    public GazetteProperties {
        threads = threads == 0 ? Math.min(64, Runtime.getRuntime().availableProcessors()) : threads;
        Path home = home(System.getenv("GAZETTE_HOME"), jar());
        inbox = home.resolve(inbox);
        warehouse = home.resolve(warehouse);
    }

    /** Gazette's home: the given folder, else the jar's (its project's when the jar is in target/ beside pom.xml), else "". */
    static Path home(String gazetteHome, Path jar) {
        if (gazetteHome != null && !gazetteHome.isBlank()) {
            return Path.of(gazetteHome);
        }
        if (jar == null || jar.getParent() == null) {
            return Path.of("");
        }
        Path folder = jar.getParent();
        Path project = folder.getParent();
        boolean mavenTarget = folder.getFileName().toString().equals("target") && project != null
            && Files.isRegularFile(project.resolve("pom.xml"));
        return mavenTarget ? project : folder;
    }

    /** The jar Gazette runs from, or null when it runs from class folders. */
    private static Path jar() {
        File source = new ApplicationHome(GazetteProperties.class).getSource();
        return source != null && source.isFile() && source.getName().endsWith(".jar") ? source.toPath().toAbsolutePath() : null;
    }
}
