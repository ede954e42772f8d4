package io.gazette.warehouse;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the edition load.
 *
 * @param pauseBeforeCommit fault injection for crash drills: hold each edition's transaction open this long,
 *     after its rows are written and before the commit, announcing it on stderr (0 in production)
 */
@ConfigurationProperties("gazette.load")
public record LoadProperties(@DefaultValue("0ms") Duration pauseBeforeCommit) {
}
