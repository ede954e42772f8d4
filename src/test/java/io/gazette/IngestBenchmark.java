package io.gazette;

import io.gazette.archive.ArchiveProperties;
import io.gazette.archive.ArchiveReader;
import io.gazette.archive.Edition;
import io.gazette.archive.InboxScanner;
import io.gazette.archive.PageText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Throughput of a nightly ingest, run only by {@code mvn -Pbench verify}: builds an inbox of synthetic
 * editions from the pages of the project's sample inbox and reports pages and characters per second for 1 and 2 analysis threads.
 * It prints figures and asserts nothing about time.
 */
class IngestBenchmark {

    private static final int EDITIONS = Integer.getInteger("bench.editions", 20);
    private static final int PAGES = Integer.getInteger("bench.pages", 8);

    @Test
    void nightlyIngestThroughput() throws Exception {
        Path work = Files.createTempDirectory("gazette-bench");
        Path inbox = work.resolve("inbox");
        String[] samples = samplePages();
        long chars = 0;
        for (int e = 0; e < EDITIONS; e++) {
            Map<String, byte[]> pages = new LinkedHashMap<>();
            for (int p = 0; p < PAGES; p++) {
                String text = samples[(e + p) % samples.length];
                chars += text.length();
                pages.put("page" + (p + 1) + ".txt", text.getBytes(StandardCharsets.UTF_8));
            }
            TestArchives.write(inbox.resolve("bench").resolve("2024-%02d-%02d.zip".formatted(1 + e / 28, 1 + e % 28)), pages);
        }
        for (int threads : new int[] {1, 2}) {
            Path warehouse = work.resolve("w" + threads + ".duckdb");
            long start = System.nanoTime();
            GazetteProcess.Result run = GazetteProcess.run(work, "ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString(),
                "--threads", String.valueOf(threads));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("bench: %d editions, %d pages, %d chars, threads=%d: %.1f s, %.1f pages/s, %.0f chars/s, "
                + "exit %d, warehouse %d KB%n",
                EDITIONS, EDITIONS * PAGES, chars, threads, seconds, EDITIONS * PAGES / seconds, chars / seconds, run.exitCode(),
                Files.size(warehouse) / 1024);
        }
    }

    /** The pages of the project's own sample inbox (warehouse/inbox), read as the ingest reads them. */
    private static String[] samplePages() throws Exception {
        ArchiveReader reader = new ArchiveReader(ArchiveProperties.defaults());
        java.util.List<String> pages = new java.util.ArrayList<>();
        for (Edition edition : new InboxScanner().scan(Path.of("warehouse", "inbox")).editions()) {
            for (PageText page : reader.read(edition).pages()) {
                pages.add(page.text());
            }
        }
        return pages.isEmpty() ? new String[] {HostileInboxIntegrationTest.PAGE.repeat(40)} : pages.toArray(String[]::new);
    }
}
