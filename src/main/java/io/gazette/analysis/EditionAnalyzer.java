package io.gazette.analysis;

import io.gazette.archive.EditionContent;
import io.gazette.archive.PageText;
import io.gazette.archive.SourceInfo;
import io.gazette.article.Article;
import io.gazette.article.ArticleSplitter;
import io.gazette.article.PageCleaner;
import io.gazette.article.SplitPage;
import io.gazette.nlp.AliasResolver;
import io.gazette.nlp.TextAnalysis;
import io.gazette.nlp.TextAnalyzer;
import io.gazette.normalize.DateExtractor;
import io.gazette.normalize.DateMention;
import io.gazette.normalize.Quantity;
import io.gazette.normalize.QuantityExtractor;
import io.gazette.place.Gazetteer;
import io.gazette.place.PlaceLinker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** Runs the text stages over one edition: clean, split, amounts, dates, names. */
public class EditionAnalyzer {

    private final PageCleaner cleaner = new PageCleaner();
    private final ArticleSplitter splitter = new ArticleSplitter();
    private final QuantityExtractor quantities;
    private final DateExtractor dates;
    private final TextAnalyzer language;
    private final AliasResolver aliases = new AliasResolver();
    private final PlaceLinker places = new PlaceLinker(Gazetteer.bundled());
    private final String version;

    /**
     * The pipeline with its stages.
     *
     * @param version the version of this analysis ({@link AnalyzerVersion}), recorded with every edition it loads
     */
    public EditionAnalyzer(QuantityExtractor quantities, DateExtractor dates, TextAnalyzer language, String version) {
        this.quantities = quantities;
        this.dates = dates;
        this.language = language;
        this.version = version;
    }

    /** The version of this analysis: editions loaded by another one are reloaded by {@code ingest --reprocess}. */
    public String version() {
        return version;
    }

    /**
     * What one text names and states, analysed as one article of its own edition: amounts, dates (read against
     * {@code reference}), and people, organisations and places with their short forms resolved.
     *
     * @param quantities amounts in the text
     * @param dates dates in the text
     * @param analysis names, titles and terms
     */
    public record AnalysedText(List<Quantity> quantities, List<DateMention> dates, TextAnalysis analysis) {
    }

    /** The pipeline on one text (the {@code extract} command): the same stages an article's body goes through. */
    public AnalysedText analyseText(String text, LocalDate reference) {
        TextAnalysis names = places.link(aliases.resolve(List.of(language.analyse(text))).get(0), null);
        return new AnalysedText(quantities.extract(text), dates.extract(text, reference), names);
    }

    /**
     * Every article of the edition, analysed, in page and position order, and the credits of its pages. Called on
     * a thread of a {@link ForkJoinPool} (the ingest's analysis workers), its pages and their articles are analysed
     * as tasks of that pool, so that idle workers take part in one big edition; elsewhere it runs on the caller's
     * thread. The result is the same either way.
     */
    public AnalysedPages analyse(EditionContent content, SourceInfo source) {
        LocalDate editionDate = content.edition().editionDate();
        List<AnalysedArticle> out = new ArrayList<>();
        List<PageCredit> credits = new ArrayList<>();
        for (PageAnalysis page : inParallel(content.pages(), page -> analysePage(page, editionDate))) {
            out.addAll(page.articles());
            credits.addAll(page.credits());
        }
        return new AnalysedPages(withEditionAliases(out, source), List.copyOf(credits));
    }

    private record PageAnalysis(List<AnalysedArticle> articles, List<PageCredit> credits) {
    }

    private PageAnalysis analysePage(PageText page, LocalDate editionDate) {
        SplitPage split = splitter.splitPage(cleaner.clean(page.text()));
        List<AnalysedArticle> articles = inParallel(split.articles(), article -> analyse(page, article, editionDate));
        String lines = String.join(" ", split.creditLines());
        return new PageAnalysis(articles, split.credits().stream().map(author -> new PageCredit(page.pageNo(), author, lines)).toList());
    }

    /**
     * {@code work} on every item, results in the items' order: as tasks of the current fork-join pool, if any. A
     * runtime failure is rethrown as thrown (the pool's own rethrow wraps it in a copy of itself, doubling its
     * message); an error (out of memory) comes as the pool rethrows it, of its own class.
     */
    private static <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
        if (items.size() < 2 || !ForkJoinTask.inForkJoinPool()) {
            return items.stream().map(work).toList();
        }
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<ForkJoinTask<R>> tasks = items.stream().map(item -> ForkJoinTask.adapt(() -> {
            try {
                return work.apply(item);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                return null;
            }
        })).toList();
        ForkJoinTask.invokeAll(tasks);
        if (failure.get() != null) {
            throw failure.get();
        }
        return tasks.stream().map(ForkJoinTask::join).toList();
    }

    /** Short forms resolve to the full names of the whole edition (经开区 on page 3, 淮安经济技术开发区 on page 1). */
    private List<AnalysedArticle> withEditionAliases(List<AnalysedArticle> articles, SourceInfo source) {
        List<TextAnalysis> resolved = aliases.resolve(articles.stream().map(AnalysedArticle::analysis).toList());
        // A generic short form that is no short form of a name in this edition (市委, 区政府) means this paper's own
        // body: qualified by the paper's region (or name), so two cities' 市委 stay two entities.
        String scope = source.region() != null ? source.region() : source.name();
        resolved = resolved.stream().map(a -> aliases.qualifyLocal(a, language::isLocalName, scope)).toList();
        List<AnalysedArticle> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            AnalysedArticle a = articles.get(i);
            TextAnalysis withPlaces = places.link(places.withLocalNames(resolved.get(i), AnalysedArticle.analysedText(a.article()),
                source.region()), source.region());
            out.add(new AnalysedArticle(a.pageNo(), a.entryName(), a.article(), a.eventDate(), a.quantities(), a.dates(), withPlaces));
        }
        return out;
    }

    AnalysedArticle analyse(PageText page, Article article, LocalDate editionDate) {
        String body = article.body();
        LocalDate eventDate = article.paragraphs().isEmpty() ? null
            : dates.eventDate(article.paragraphs().get(0), editionDate).orElse(null);
        return new AnalysedArticle(page.pageNo(), page.entryName(), article, eventDate, quantities.extract(body),
            dates.extract(body, editionDate), language.analyse(AnalysedArticle.analysedText(article)));
    }
}
