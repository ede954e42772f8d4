package io.gazette.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ArchivePropertiesTest {

    @Test
    void bindsDefaultsWhenNothingIsSet() {
        ArchiveProperties bound = new Binder(new MapConfigurationPropertySource(Map.of("other", "x")))
            .bindOrCreate("gazette.archive", ArchiveProperties.class);
        assertThat(bound).isEqualTo(ArchiveProperties.defaults());
    }

    @Test
    void bindsOverrides() {
        ArchiveProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(
            "gazette.archive.max-entry-bytes", "1024", "gazette.archive.max-ratio", "50")))
            .bindOrCreate("gazette.archive", ArchiveProperties.class);
        assertThat(bound.maxEntryBytes()).isEqualTo(1024);
        assertThat(bound.maxRatio()).isEqualTo(50);
        assertThat(bound.maxEntries()).isEqualTo(ArchiveProperties.defaults().maxEntries());
    }
}
