package io.gazette;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Throughput of a nightly ingest, run only by {@code mvn -Pbench verify}: builds an inbox of synthetic
 * editions from the sample pages and reports pages and characters per second for 1 and 2 analysis threads.
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

    private static String[] samplePages() throws Exception {
        Path seeds = Path.of("..", "shared", "seeds");
        if (Files.isDirectory(seeds)) {
            try (var files = Files.list(seeds)) {
                return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(IngestBenchmark::read).toArray(String[]::new);
            }
        }
        return new String[] {HostileInboxIntegrationTest.PAGE.repeat(40)};
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
