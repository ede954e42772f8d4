package io.gazette.archive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep a hostile or broken archive from exhausting memory.
 *
 * @param maxEntryBytes largest expanded size of one entry
 * @param maxTotalBytes largest expanded size of all entries of one archive
 * @param maxEntries most entries one archive may hold
 * @param maxRatio largest expanded-to-archive size ratio, checked once more than {@code ratioFloorBytes} are expanded
 * @param ratioFloorBytes expanded size below which the ratio is not checked
 * @param maxLineChars longest line a page may have; longer ones are not newspaper text
 */
@ConfigurationProperties("gazette.archive")
public record ArchiveProperties(
    @DefaultValue("134217728") long maxEntryBytes,
    @DefaultValue("536870912") long maxTotalBytes,
    @DefaultValue("20000") int maxEntries,
    @DefaultValue("200") int maxRatio,
    @DefaultValue("16777216") long ratioFloorBytes,
    @DefaultValue("200000") int maxLineChars) {

    /** The limits used when nothing is configured. */
    public static ArchiveProperties defaults() {
        return new ArchiveProperties(134_217_728L, 536_870_912L, 20_000, 200, 16_777_216L, 200_000);
    }
}
