package io.gazette.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the blocks of a page into articles, from what a printed page's text looks like rather than one paper's
 * habits. A title block is a run of short lines that end no sentence (kicker, title, subtitle). It starts an
 * article when it is marked with {@code #} (on a page that marks titles, only marked blocks do), opens the page,
 * follows a credit that closed the article before, is followed by a dateline, a byline or a head such as 核心阅读,
 * has two lines or more, or carries a column tag in brackets (…（走基层）). A lone short line after body
 * text is a section head of the article when it has parallel siblings further on (修好道路通乡村, 办好学校育新人);
 * else it is the next article's title. On pages that indent paragraphs an indented line is never a title; on
 * pages that put blank lines between blocks, the lines of one title block are those without one between them.
 * Bylines, credits and captions attach to the article they sit in; page credits (版式设计, 责编) to the page;
 * text before the first title becomes an untitled fragment, so that no character of a page is lost.
 */
public final class ArticleSplitter {

    private static final int MAX_TITLE_LINES = 4;
    private static final int MAX_LENGTH_GAP = 1;
    private static final int MAX_SHAPED_GAP = 4;
    private static final int SHORT_HEAD = 8;

    private final BylineParser bylines = new BylineParser();

    /** Splits one cleaned page into its articles. */
    public List<Article> split(List<Block> blocks) {
        return splitPage(blocks).articles();
    }

    /** Splits one cleaned page into its articles and the credits of the page itself. */
    public SplitPage splitPage(List<Block> blocks) {
        Layout layout = new Layout(blocks);
        List<Draft> drafts = new ArrayList<>();
        List<String> pageCredits = new ArrayList<>();
        Draft current = null;
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            if (BlockKinds.isPageCredit(block.text())) {
                pageCredits.add(block.text());
                if (current != null) {
                    current.endByPageCredit();
                }
                i++;
                continue;
            }
            int runEnd = layout.titleRunEnd(i);
            if (runEnd > i && layout.startsArticle(i, runEnd, current)) {
                current = new Draft(blocks.subList(i, runEnd));
                drafts.add(current);
                i = runEnd;
                continue;
            }
            String text = block.text();
            if (current == null || current.isClosed() && current.hasBody() && BlockKinds.isLead(text) && !BlockKinds.isCredit(text)) {
                // Text before any title, or a dateline after an article closed by its credit: an untitled item of its own.
                // (A dateline inside an article is one dispatch of a round-up under one title.)
                current = new Draft(List.of());
                drafts.add(current);
            }
            if (runEnd > i) {
                current.addSectionHead(text);
            } else {
                current.add(text);
            }
            i++;
        }
        List<Article> articles = new ArrayList<>();
        List<String> banner = new ArrayList<>();
        for (int d = 0; d < drafts.size(); d++) {
            Draft draft = drafts.get(d);
            if (draft.isEmpty()) {
                continue;
            }
            if (draft.isTitleOnly() && d + 1 < drafts.size() && !drafts.get(d + 1).isUntitled()) {
                // A title with nothing under it before the next title block is that block's banner (a kicker).
                draft.titles.forEach(t -> banner.add(t.text()));
                continue;
            }
            Article article = draft.toArticle(articles.size() + 1, bylines);
            if (!banner.isEmpty()) {
                List<String> subtitles = new ArrayList<>(banner);
                subtitles.addAll(article.subtitles());
                article = new Article(article.seqNo(), article.headline(), List.copyOf(subtitles), article.authors(), article.byline(),
                    article.paragraphs(), article.captions(), article.agency(), article.datelinePlace());
                banner.clear();
            }
            articles.add(article);
        }
        return new SplitPage(articles, List.copyOf(pageCredits), bylines.parsePageCredits(pageCredits));
    }

    /** The page-level facts the decisions need: whether titles are marked, whether paragraphs are indented. */
    private static final class Layout {
        private final List<Block> blocks;
        private final boolean marked;
        private final boolean indented;
        private final boolean blankSeparated;

        Layout(List<Block> blocks) {
            this.blocks = blocks;
            // Blank lines say which lines belong together only where blocks are separated by them and some lines
            // are not (a page with a blank line after every line says nothing).
            long separated = blocks.stream().skip(1).filter(b -> !b.joined()).count();
            long joinedTitles = java.util.stream.IntStream.range(1, blocks.size())
                .filter(k -> blocks.get(k).joined() && BlockKinds.isTitleLike(blocks.get(k)) && BlockKinds.isTitleLike(blocks.get(k - 1)))
                .count();
            this.blankSeparated = blocks.size() >= 4 && separated * 2 >= blocks.size() - 1 && joinedTitles > 0;
            this.marked = blocks.stream().anyMatch(Block::marked);
            long indentedBody = blocks.stream().filter(b -> b.indented() && BlockKinds.isBodyLike(b.text())).count();
            long body = blocks.stream().filter(b -> BlockKinds.isBodyLike(b.text())).count();
            this.indented = indentedBody >= 2 && indentedBody * 2 >= body;
        }

        /** Could be a line of a title block: title-like, not indented on an indenting page, no section mark. */
        boolean isTitleLine(int k) {
            Block b = blocks.get(k);
            if (b.marked()) {
                return BlockKinds.isTitleLike(b);
            }
            String text = b.text();
            boolean signature = BlockKinds.isSignature(text) && k > 0 && BlockKinds.isTitleLike(blocks.get(k - 1));
            return BlockKinds.isTitleLike(b) && !(indented && b.indented()) && !BlockKinds.isInnerHead(text)
                && !BlockKinds.isSectionMark(text) && !signature;
        }

        int titleRunEnd(int from) {
            int end = from;
            // Where blank lines separate blocks, the lines of one title block are printed without one between them.
            while (end < blocks.size() && end - from < MAX_TITLE_LINES && isTitleLine(end)
                && (end == from || marked || !blankSeparated || blocks.get(end).joined())) {
                end++;
            }
            if (marked) {
                return markedRunEnd(from, end);
            }
            // A kicker (X：, X——) stands above the title: ending a run, it is body (同志们：).
            while (end > from && BlockKinds.isKicker(blocks.get(end - 1).text()) && end - from > 1) {
                end--;
            }
            return end;
        }

        /**
         * On a page that marks its titles a block is a title only with a marked line: unmarked lines before it
         * are kickers; after it, a line opening with a dash or in brackets is a subtitle, and so is a short line
         * the dateline follows; other lines are body.
         */
        private int markedRunEnd(int from, int end) {
            int lastMarked = -1;
            for (int k = from; k < end; k++) {
                if (blocks.get(k).marked()) {
                    lastMarked = k;
                }
            }
            if (lastMarked < 0) {
                return from;
            }
            int stop = lastMarked + 1;
            while (stop < end && !blocks.get(stop).marked() && isMarkedSubtitle(stop)) {
                stop++;
            }
            return stop;
        }

        private boolean isMarkedSubtitle(int k) {
            String text = blocks.get(k).text();
            if (text.startsWith("——") || text.startsWith("--") || text.matches("^[(（][^()（）]+[)）]$")) {
                return true;
            }
            String next = k + 1 < blocks.size() ? blocks.get(k + 1).text() : "";
            return !BlockKinds.isKicker(text) && (BlockKinds.isLead(next) || BlockKinds.isByline(next));
        }

        boolean startsArticle(int from, int runEnd, Draft current) {
            if (marked) {
                return true;
            }
            String first = blocks.get(from).text();
            boolean parallelToAHead = runEnd - from == 1 && current != null
                && current.sectionHeads.stream().anyMatch(h -> parallel(h, first));
            if (current == null || !current.hasBody() && current.isUntitled() || current.isEnded()) {
                return true;
            }
            if (current.isClosed()) {
                // A series of signed sections under one title (each closed by its writer's credit) goes on.
                return !parallelToAHead;
            }
            if (indented) {
                // Where paragraphs and section heads are indented, a line printed flush is a title.
                return !(runEnd - from == 1 && BlockKinds.isKicker(first));
            }
            int next = runEnd;
            while (next < blocks.size() && BlockKinds.isCaption(blocks.get(next).text())) {
                next++;
            }
            if (next < blocks.size()) {
                String text = blocks.get(next).text();
                if (BlockKinds.opensArticleText(text)) {
                    return true;
                }
            } else {
                return false;
            }
            if (runEnd - from >= 2) {
                return !looksLikeLabelledSection(from, runEnd);
            }
            String line = blocks.get(from).text();
            if (hasColumnTag(line)) {
                return true;
            }
            if (!current.hasBody() && !current.isUntitled()) {
                // A lone line right under a title is its summary or first line, not another title.
                return false;
            }
            if (BlockKinds.isKicker(line) || current.hasInnerHead() || parallelToAHead) {
                // A lone kicker-like line (各位同事：) is body; an article with 核心阅读 or 编者按 is a long feature
                // whose short lines are its section heads; so is a line parallel to an earlier head of the article.
                return false;
            }
            return !isSectionHead(from, runEnd);
        }

        /** 某部门： followed by a short head, or a date and a place: labels inside an article, not titles. */
        private boolean looksLikeLabelledSection(int from, int runEnd) {
            String first = blocks.get(from).text();
            return (first.endsWith("：") || first.endsWith(":")) && first.length() <= 12 && runEnd - from == 2
                && !hasColumnTag(blocks.get(from + 1).text()) && isSectionHead(from + 1, runEnd);
        }

        /**
         * A lone short line after body text heads a section of the current article when a later lone line is
         * parallel to it (same length, or the same shape of separators), or when the later ones are not parallel
         * among themselves either; it is the next article's title when nothing like it follows, or when those
         * that follow are parallel to each other but not to it (the new article's own section heads).
         */
        private boolean isSectionHead(int at, int runEnd) {
            String line = blocks.get(at).text();
            List<String> followers = new ArrayList<>();
            int k = runEnd;
            while (k < blocks.size()) {
                int end = titleRunEnd(k);
                if (end == k) {
                    if (BlockKinds.isCredit(blocks.get(k).text()) || BlockKinds.isPageCredit(blocks.get(k).text())) {
                        break;
                    }
                    k++;
                    continue;
                }
                if (end - k >= 2 || hasColumnTag(blocks.get(k).text()) || startsDefinitely(end)) {
                    break;
                }
                followers.add(blocks.get(k).text());
                k = end;
            }
            if (followers.isEmpty()) {
                return false;
            }
            if (followers.stream().anyMatch(f -> parallel(line, f))) {
                return true;
            }
            boolean siblings = followers.size() >= 2
                && followers.stream().allMatch(f -> followers.stream().allMatch(g -> parallel(f, g)));
            return !siblings;
        }

        private boolean startsDefinitely(int runEnd) {
            return runEnd < blocks.size() && BlockKinds.opensArticleText(blocks.get(runEnd).text());
        }
    }

    /** A column or series tag in brackets at the end of a title: 小城故事（走基层）, X(观察). */
    static boolean hasColumnTag(String line) {
        int open = Math.max(line.lastIndexOf('（'), line.lastIndexOf('('));
        return open > 0 && (line.endsWith("）") || line.endsWith(")")) && line.length() - open >= 3;
    }

    /**
     * Parallel heads: the same length (nearly the same for long ones), or the same separators (spaces, commas) and
     * nearly the same length.
     */
    static boolean parallel(String a, String b) {
        int gap = Math.abs(a.length() - b.length());
        if (gap == 0 || gap <= MAX_LENGTH_GAP && Math.min(a.length(), b.length()) > SHORT_HEAD) {
            return true;
        }
        long separatorsA = a.chars().filter(c -> c == ' ' || c == '，' || c == ',').count();
        long separatorsB = b.chars().filter(c -> c == ' ' || c == '，' || c == ',').count();
        return separatorsA > 0 && separatorsA == separatorsB && gap <= MAX_SHAPED_GAP;
    }

    /** An article being assembled. */
    private static final class Draft {
        private final List<Block> titles;
        private final List<String> bylineLines = new ArrayList<>();
        private final List<String> creditLines = new ArrayList<>();
        private final List<String> paragraphs = new ArrayList<>();
        private final List<String> captions = new ArrayList<>();
        private final List<String> sectionHeads = new ArrayList<>();
        private final List<String> signatures = new ArrayList<>();
        private boolean closed;
        private boolean ended;
        private boolean innerHead;
        private boolean lastWasHead;

        Draft(List<Block> titles) {
            this.titles = List.copyOf(titles);
        }

        void add(String text) {
            if (BlockKinds.isCredit(text)) {
                creditLines.add(text);
                closed = true;
                return;
            }
            closed = false;
            innerHead |= BlockKinds.isInnerHead(text);
            boolean afterHead = paragraphs.isEmpty() && bylineLines.isEmpty() || lastWasHead;
            lastWasHead = false;
            if (BlockKinds.isSignature(text) && afterHead) {
                signatures.add(text);
                bylineLines.add(text);
            } else if (BlockKinds.isByline(text)) {
                bylineLines.add(text);
                closed = !paragraphs.isEmpty();
            } else if (BlockKinds.isCaption(text)) {
                captions.add(text);
            } else {
                paragraphs.add(text);
            }
        }

        /** A page credit (版式设计, 制图) ends the article above it for good. */
        void endByPageCredit() {
            closed = true;
            ended = true;
        }

        boolean isEnded() {
            return ended;
        }

        boolean hasBody() {
            return !paragraphs.isEmpty();
        }

        boolean isClosed() {
            return closed;
        }

        /** A short line kept in the body as a head of one of its sections. */
        void addSectionHead(String text) {
            add(text);
            sectionHeads.add(text);
            lastWasHead = true;
        }

        boolean hasInnerHead() {
            return innerHead;
        }

        boolean isUntitled() {
            return titles.isEmpty();
        }

        boolean isTitleOnly() {
            return !titles.isEmpty() && paragraphs.isEmpty() && captions.isEmpty() && bylineLines.isEmpty() && creditLines.isEmpty();
        }

        boolean isEmpty() {
            return titles.isEmpty() && paragraphs.isEmpty() && captions.isEmpty() && bylineLines.isEmpty() && creditLines.isEmpty();
        }

        Article toArticle(int seq, BylineParser parser) {
            Credits credits = new Credits();
            for (String line : bylineLines) {
                credits.addAuthors(signatures.contains(line) ? parser.parseSignature(line) : parser.parse(line));
            }
            if (!paragraphs.isEmpty()) {
                credits.add(parser.parseDateline(paragraphs.get(0)));
            }
            for (String line : creditLines) {
                credits.add(parser.parseCredit(line));
            }
            for (String caption : captions) {
                credits.addAuthors(parser.parseCaptionCredit(caption));
            }
            TitleLines lines = TitleLines.of(titles);
            List<String> printed = new ArrayList<>(bylineLines);
            printed.addAll(creditLines);
            String byline = printed.isEmpty() ? null : String.join(" ", printed);
            return new Article(seq, lines.headline(), lines.subtitles(), credits.authors(), byline, List.copyOf(paragraphs),
                List.copyOf(captions), credits.agency(), credits.place());
        }
    }
}
