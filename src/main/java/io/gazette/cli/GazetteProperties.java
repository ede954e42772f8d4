package io.gazette.cli;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the command line, overridable in application.yml, by environment (GAZETTE_INBOX,
 * GAZETTE_WAREHOUSE, GAZETTE_THREADS) or by flags.
 *
 * @param inbox the inbox folder read by ingest
 * @param warehouse the working warehouse file; its snapshot is published to published/ beside it
 * @param threads worker threads for text analysis
 */
@ConfigurationProperties("gazette")
public record GazetteProperties(
    @DefaultValue("warehouse/inbox") Path inbox,
    @DefaultValue("warehouse/gazette.duckdb") Path warehouse,
    @DefaultValue("2") int threads) {
}
