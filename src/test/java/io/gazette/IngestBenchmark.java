package io.gazette;

import com.hankcs.hanlp.HanLP;
import io.gazette.archive.ArchiveProperties;
import io.gazette.archive.ArchiveReader;
import io.gazette.archive.Edition;
import io.gazette.archive.InboxScanner;
import io.gazette.archive.PageText;
import io.gazette.nlp.HanlpTextAnalyzer;
import io.gazette.nlp.Lexicon;
import io.gazette.nlp.NameRecognizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Throughput of a nightly ingest, run only by {@code mvn -Pbench verify}. On one text, editions built from the pages
 * of the project's sample inbox, it reports in characters per second for 1 and 2 threads: the name model alone,
 * HanLP's segmenter alone, the analysis without the model (HanLP and the rules), and the whole ingest as users start
 * it ({@code java -jar target/gazette.jar ingest}, a child process), with the ingest's peak resident memory and its
 * start-up cost (an ingest of one page). The ingest's rate is given three ways: over the whole run as users see
 * it, without the start-up, and after the warm-up (from the run's own progress lines, the editions after the first
 * quarter: the figure comparable to the other stages', which are timed after a warm-up too). It prints figures and
 * asserts nothing about time.
 *
 * <p>{@code -Dbench.editions=N -Dbench.pages=N} size the text (default 20 editions of 8 pages).
 */
class IngestBenchmark {

    private static final int EDITIONS = Integer.getInteger("bench.editions", 20);
    private static final int PAGES = Integer.getInteger("bench.pages", 8);

    @Test
    void nightlyIngestThroughput() throws Exception {
        Path work = Files.createTempDirectory("gazette-bench");
        Path inbox = work.resolve("inbox");
        List<String> samples = samplePages();
        List<String> text = new ArrayList<>();
        Map<String, Long> editionChars = new LinkedHashMap<>();
        for (int e = 0; e < EDITIONS; e++) {
            Map<String, byte[]> pages = new LinkedHashMap<>();
            long characters = 0;
            for (int p = 0; p < PAGES; p++) {
                String page = samples.get((e * PAGES + p) % samples.size());
                text.add(page);
                characters += page.length();
                pages.put("page" + (p + 1) + ".txt", page.getBytes(StandardCharsets.UTF_8));
            }
            String archive = "2024-%02d-%02d.zip".formatted(1 + e / 28, 1 + e % 28);
            TestArchives.write(inbox.resolve("bench").resolve(archive), pages);
            editionChars.put("bench/" + archive, characters);
        }
        long chars = text.stream().mapToLong(String::length).sum();
        System.out.printf("bench: %d editions of %d pages, %d characters%n", EDITIONS, PAGES, chars);

        NameRecognizer model = Lexicon.bundled().nameRecognizer();
        long loading = System.nanoTime();
        model.recognise(text.get(0));
        System.out.printf("bench: name model loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        double[] modelAlone = inThreads("name model alone", text, chars, model::recognise);

        HanLP.segment(text.get(0));
        inThreads("HanLP segmenter alone", text, chars, HanLP::segment);

        HanlpTextAnalyzer rules = new HanlpTextAnalyzer(Lexicon.bundled(), NameRecognizer.NONE);
        rules.load();
        inThreads("analysis without the model", text, chars, rules::analyse);

        Path onePage = work.resolve("one-page");
        TestArchives.write(onePage.resolve("bench").resolve("2024-01-01.zip"), Map.of("page1.txt",
            samples.get(0).getBytes(StandardCharsets.UTF_8)));
        Run startup = ingest(work, onePage, work.resolve("startup.duckdb"), 1);
        System.out.printf("bench: start-up (an ingest of one page of %d characters): %.1f s, peak RSS %d MB%n",
            samples.get(0).length(), startup.seconds, startup.peakRssKb / 1024);
        double[][] rates = new double[2][];
        for (int threads : new int[] {1, 2}) {
            Run run = ingest(work, inbox, work.resolve("w" + threads + ".duckdb"), threads);
            double net = run.seconds - startup.seconds;
            double warm = run.afterWarmUp(editionChars);
            rates[threads - 1] = new double[] {chars / run.seconds, chars / net, warm};
            System.out.printf("bench: whole ingest, %d thread%s: %.1f s, %.0f chars/s; without the start-up %.0f chars/s; "
                + "after the warm-up %.0f chars/s; peak RSS %d MB; exit %d%n", threads, threads == 1 ? "" : "s", run.seconds,
                chars / run.seconds, chars / net, warm, run.peakRssKb / 1024, run.exitCode);
        }
        System.out.printf("bench: whole ingest / name model alone, 1 thread: %.2f (whole run), %.2f (without the start-up), "
            + "%.2f (after the warm-up)%n", rates[0][0] / modelAlone[0], rates[0][1] / modelAlone[0], rates[0][2] / modelAlone[0]);
        System.out.printf("bench: whole ingest, 2 threads / 1 thread: %.2f (whole run), %.2f (without the start-up), "
            + "%.2f (after the warm-up)%n", rates[1][0] / rates[0][0], rates[1][1] / rates[0][1], rates[1][2] / rates[0][2]);
    }

    /**
     * Runs {@code work} on every page, first warming up on a quarter of them, then timed with 1 and 2 threads; the
     * rates, characters per second.
     */
    private static double[] inThreads(String what, List<String> text, long chars, Consumer<String> work) throws Exception {
        run(text.subList(0, Math.max(1, text.size() / 4)), 2, work);
        double[] rates = new double[2];
        for (int threads : new int[] {1, 2}) {
            double seconds = run(text, threads, work);
            rates[threads - 1] = chars / seconds;
            System.out.printf("bench: %s, %d thread%s: %.1f s, %.0f chars/s%n", what, threads, threads == 1 ? "" : "s", seconds,
                chars / seconds);
        }
        return rates;
    }

    private static double run(List<String> text, int threads, Consumer<String> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (String page : text) {
                done.add(pool.submit(() -> work.accept(page)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * An ingest as measured from outside: its time, peak RSS, exit code, and when (seconds from its start) each
     * archive's "[k/n] archive loaded" line appeared.
     */
    private record Run(double seconds, long peakRssKb, int exitCode, Map<String, Double> loadedAt) {

        /** Characters per second of the editions loaded after the first quarter, timed from the quarter's last one. */
        double afterWarmUp(Map<String, Long> editionChars) {
            List<String> archives = new ArrayList<>(loadedAt.keySet());
            int quarter = Math.max(1, archives.size() / 4);
            if (archives.size() <= quarter) {
                return Double.NaN;
            }
            long characters = archives.subList(quarter, archives.size()).stream().mapToLong(a -> editionChars.getOrDefault(a, 0L)).sum();
            return characters / (loadedAt.get(archives.get(archives.size() - 1)) - loadedAt.get(archives.get(quarter - 1)));
        }
    }

    /** The jar as users start it (no JVM option), with the name model; peak RSS of its process tree, sampled. */
    private static Run ingest(Path work, Path inbox, Path warehouse, int threads) throws Exception {
        long start = System.nanoTime();
        Process process = GazetteProcess.startCommand(work, GazetteProcess.WITH_NAME_MODEL, GazetteProcess.javaCommandAsUsersTypeIt(
            "ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString(), "--threads", String.valueOf(threads)));
        long peak = 0;
        Map<String, Double> loadedAt = new LinkedHashMap<>();
        while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakRssKb(process.toHandle()));
            for (ProcessHandle child : process.descendants().toList()) {
                peak = Math.max(peak, peakRssKb(child));
            }
            progress(GazetteProcess.stdoutOf(process), loadedAt, (System.nanoTime() - start) / 1e9);
        }
        return new Run((System.nanoTime() - start) / 1e9, peak, process.exitValue(), loadedAt);
    }

    private static final Pattern LOADED = Pattern.compile("^\\[\\d+/\\d+] (\\S+) loaded");

    /** Notes the time of each "[k/n] archive loaded" line not seen before. */
    private static void progress(Path stdout, Map<String, Double> loadedAt, double now) throws IOException {
        for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8)) {
            Matcher loaded = LOADED.matcher(line);
            if (loaded.find()) {
                loadedAt.putIfAbsent(loaded.group(1), now);
            }
        }
    }

    /** VmHWM of a live process on Linux (0 elsewhere or once it has gone). */
    private static long peakRssKb(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }

    /** The pages of the project's own sample inbox (warehouse/inbox), read as the ingest reads them. */
    static List<String> samplePages() throws Exception {
        ArchiveReader reader = new ArchiveReader(ArchiveProperties.defaults());
        List<String> pages = new ArrayList<>();
        for (Edition edition : new InboxScanner().scan(Path.of("warehouse", "inbox")).editions()) {
            for (PageText page : reader.read(edition).pages()) {
                pages.add(page.text());
            }
        }
        return pages.isEmpty() ? List.of(HostileInboxIntegrationTest.PAGE.repeat(40)) : pages;
    }
}
