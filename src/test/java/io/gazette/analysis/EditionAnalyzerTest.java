package io.gazette.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.archive.ArchiveFormat;
import io.gazette.archive.Edition;
import io.gazette.archive.EditionContent;
import io.gazette.archive.PageText;
import io.gazette.archive.SourceInfo;
import io.gazette.nlp.EntityMention;
import io.gazette.nlp.HanlpTextAnalyzer;
import io.gazette.nlp.Lexicon;
import io.gazette.nlp.NameRecognizer;
import io.gazette.nlp.TextAnalyzer;
import io.gazette.normalize.DateExtractor;
import io.gazette.normalize.DateMention;
import io.gazette.normalize.Quantity;
import io.gazette.normalize.QuantityExtractor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pipeline's entry points: a text (what extract runs) and an edition, alone or shared by a pool's workers. */
class EditionAnalyzerTest {

    private final EditionAnalyzer pipeline = new EditionAnalyzer(QuantityExtractor.bundled(), new DateExtractor(),
        new HanlpTextAnalyzer(Lexicon.bundled(), NameRecognizer.NONE), "test");

    @Test
    void aTextGoesThroughEveryStage() {
        EditionAnalyzer.AnalysedText analysed = pipeline.analyseText(
            "1月7日，区委书记张建华在会上说，全区地区生产总值达到480亿元。", LocalDate.of(2024, 1, 10));
        assertThat(analysed.quantities()).extracting(Quantity::text).contains("480亿元");
        assertThat(analysed.dates()).extracting(DateMention::date).contains(LocalDate.of(2024, 1, 7));
        assertThat(analysed.analysis().entities()).extracting(EntityMention::canonical).contains("张建华");
    }

    private static final String FIRST_PAGE = """
        全市经济运行稳中向好

        本报讯（记者 周立）昨日，市统计局发布数据，今年前三季度全市地区生产总值达到1260亿元，同比增长5.8%。

        新建学校迎来首批学生

        本报讯 9月1日，位于城东新区的实验小学正式启用，可容纳学生2400余名。
        """;
    private static final String SECOND_PAGE = """
        乡村道路通到家门口

        本报讯（通讯员 孙敏）今年以来，全县新建和改造农村公路320公里，惠及群众8万余人。
        """;
    /** An edition of the two pages above. */
    private static final EditionContent TWO_PAGES = new EditionContent(new Edition("paper", LocalDate.of(2024, 10, 20),
        Path.of("paper/2024-10-20.zip"), ArchiveFormat.ZIP), "0", List.of(new PageText(1, "page1.txt", FIRST_PAGE, "UTF-8"),
        new PageText(2, "page2.txt", SECOND_PAGE, "UTF-8")), List.of());

    @Test
    void anEditionAnalysedByAPoolsWorkersIsTheEditionAnalysedAlone() throws Exception {
        TextAnalyzer language = new HanlpTextAnalyzer(Lexicon.bundled(), NameRecognizer.NONE);
        AnalysedPages alone = new EditionAnalyzer(QuantityExtractor.bundled(), new DateExtractor(), language, "test")
            .analyse(TWO_PAGES, SourceInfo.unread("paper"));

        // The first two texts can only be analysed if two workers are inside the one edition at the same time.
        CyclicBarrier twoWorkers = new CyclicBarrier(2);
        AtomicInteger calls = new AtomicInteger();
        TextAnalyzer meeting = text -> {
            if (calls.incrementAndGet() <= 2) {
                try {
                    twoWorkers.await(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("one edition was analysed by one worker only", e);
                }
            }
            return language.analyse(text);
        };
        EditionAnalyzer shared = new EditionAnalyzer(QuantityExtractor.bundled(), new DateExtractor(), meeting, "test");
        ForkJoinPool workers = new ForkJoinPool(2);
        try {
            AnalysedPages together = workers.submit(() -> shared.analyse(TWO_PAGES, SourceInfo.unread("paper"))).get(60, TimeUnit.SECONDS);
            assertThat(alone.articles()).hasSize(3);
            assertThat(together).isEqualTo(alone);
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void aFailureInsideAPoolIsTheFailureAsThrown() throws Exception {
        // The second page fails on another worker while the first, slower, keeps the calling thread busy.
        TextAnalyzer language = new HanlpTextAnalyzer(Lexicon.bundled(), NameRecognizer.NONE);
        TextAnalyzer failing = text -> {
            if (text.contains("通到家门口")) {
                throw new IllegalStateException("unreadable text");
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return language.analyse(text);
        };
        EditionAnalyzer pipeline = new EditionAnalyzer(QuantityExtractor.bundled(), new DateExtractor(), failing, "test");
        ForkJoinPool workers = new ForkJoinPool(2);
        try {
            Throwable thrown = workers.submit(() -> {
                try {
                    pipeline.analyse(TWO_PAGES, SourceInfo.unread("paper"));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }).get(60, TimeUnit.SECONDS);
            // What the edition's one-line error quotes: the message once, not wrapped in copies of itself.
            assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("unreadable text");
        } finally {
            workers.shutdownNow();
        }
    }
}
