package io.gazette.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits the blocks of a page into articles. An article starts at a run of title lines that is marked with
 * {@code #}, or is followed by a byline or a news lead (本报讯, 新华社…电), or opens the page. Bylines and
 * captions attach to the article they sit in; text before the first title becomes an untitled article so
 * that no character of a page is lost.
 */
public final class ArticleSplitter {

    private static final int MAX_TITLE_LINES = 4;

    private final BylineParser bylines = new BylineParser();

    /** Splits one cleaned page. */
    public List<Article> split(List<Block> blocks) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        int i = 0;
        while (i < blocks.size()) {
            int runEnd = titleRunEnd(blocks, i);
            if (runEnd > i && startsArticle(blocks, i, runEnd, current)) {
                current = new Draft(blocks.subList(i, runEnd));
                drafts.add(current);
                i = runEnd;
                continue;
            }
            if (current == null || current.hasBody() && BlockKinds.isLead(blocks.get(i).text())) {
                // A second news lead (本报讯, 新华社…电) inside an article starts a new, untitled item.
                current = new Draft(List.of());
                drafts.add(current);
            }
            current.add(blocks.get(i).text());
            i++;
        }
        List<Article> articles = new ArrayList<>();
        for (Draft draft : drafts) {
            if (!draft.isEmpty()) {
                articles.add(draft.toArticle(articles.size() + 1, bylines));
            }
        }
        return articles;
    }

    private static int titleRunEnd(List<Block> blocks, int from) {
        int end = from;
        while (end < blocks.size() && end - from < MAX_TITLE_LINES && BlockKinds.isTitleLike(blocks.get(end))) {
            end++;
        }
        return end;
    }

    private static boolean startsArticle(List<Block> blocks, int from, int runEnd, Draft current) {
        for (int k = from; k < runEnd; k++) {
            if (blocks.get(k).marked()) {
                return true;
            }
        }
        int next = runEnd;
        while (next < blocks.size() && BlockKinds.isCaption(blocks.get(next).text())) {
            next++;
        }
        if (next >= blocks.size()) {
            return false;
        }
        String text = blocks.get(next).text();
        if (BlockKinds.isByline(text) || BlockKinds.isLead(text)) {
            return true;
        }
        // A short title opening the page, or right after an article closed by its byline, heads the text below it.
        boolean afterClosedArticle = current == null || current.closedByByline();
        return afterClosedArticle && blocks.get(runEnd - 1).text().length() <= 30 && BlockKinds.isBodyLike(text);
    }

    /** An article being assembled. */
    private static final class Draft {
        private final List<Block> titles;
        private final List<String> bylineLines = new ArrayList<>();
        private final List<String> paragraphs = new ArrayList<>();
        private final List<String> captions = new ArrayList<>();
        private boolean lastWasByline;

        Draft(List<Block> titles) {
            this.titles = List.copyOf(titles);
        }

        void add(String text) {
            lastWasByline = false;
            if (BlockKinds.isByline(text)) {
                bylineLines.add(text);
                lastWasByline = !paragraphs.isEmpty();
            } else if (BlockKinds.isCaption(text)) {
                captions.add(text);
            } else {
                paragraphs.add(text);
            }
        }

        boolean hasBody() {
            return !paragraphs.isEmpty();
        }

        boolean closedByByline() {
            return lastWasByline;
        }

        boolean isEmpty() {
            return titles.isEmpty() && paragraphs.isEmpty() && captions.isEmpty() && bylineLines.isEmpty();
        }

        Article toArticle(int seq, BylineParser parser) {
            Set<Author> authors = new LinkedHashSet<>();
            for (String line : bylineLines) {
                authors.addAll(parser.parse(line));
            }
            if (!paragraphs.isEmpty()) {
                authors.addAll(parser.parseLead(paragraphs.get(0)));
            }
            for (String caption : captions) {
                if (caption.contains("摄")) {
                    int open = Math.max(caption.lastIndexOf('('), caption.lastIndexOf('（'));
                    if (open >= 0) {
                        parser.parse(caption.substring(open)).stream()
                            .map(a -> new Author(a.name(), Author.PHOTOGRAPHER)).forEach(authors::add);
                    }
                }
            }
            TitleLines lines = TitleLines.of(titles);
            String byline = bylineLines.isEmpty() ? null : String.join(" ", bylineLines);
            return new Article(seq, lines.headline(), lines.subtitles(), List.copyOf(authors), byline,
                List.copyOf(paragraphs), List.copyOf(captions));
        }
    }
}
