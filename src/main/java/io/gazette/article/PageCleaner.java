package io.gazette.article;

import io.gazette.text.CharacterWidth;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page text into blocks: full-width letters, digits and ASCII punctuation folded (NFKC on that range
 * only, so 。“”…— stay as printed), {@code #} title markers taken off into the block level, a block printed
 * twice kept once, and sentences broken by a column or page break rejoined.
 */
public final class PageCleaner {

    private static final Pattern MARKER = Pattern.compile("^(#{1,6})\\s*");
    private static final int MIN_DUPLICATE_LENGTH = 20;
    private static final Pattern PHRASE_END = Pattern.compile("^([\\p{IsHan}]{1,2})[,，、]");
    /** A paragraph cannot open with the one- or two-character end of a sentence (证。过去几年…). */
    private static final Pattern SENTENCE_TAIL = Pattern.compile("^[\\p{IsHan}]{1,2}[。；;！？!?]");
    /** Words that open a paragraph with a comma after them. */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("近日", "目前", "今年", "去年", "同时", "此外", "据悉", "为此", "对此",
        "其中", "随后", "然而", "但是", "因此", "所以", "日前", "近年来", "如今", "当前", "首先", "其次", "最后", "另外", "而且", "今天",
        "昨天", "明天", "当天", "次日", "此前", "此后", "之后", "不过", "可见", "总之", "近期", "今后", "未来", "比如", "例如", "记者",
        "截至", "据了解", "据介绍", "据统计", "一是", "二是", "三是", "四是", "五是", "第一", "第二", "第三", "是的", "不久", "后来", "起初");

    /** Cleans one page. */
    public List<Block> clean(String page) {
        List<Block> blocks = new ArrayList<>();
        boolean joined = false;
        for (String line : page.split("\\R")) {
            if (line.isBlank()) {
                joined = false;
                continue;
            }
            boolean indented = line.startsWith("\u3000") || line.startsWith("  ") || line.startsWith("\t");
            String text = foldWidth(line).strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher m = MARKER.matcher(text);
            int level = 0;
            if (m.find()) {
                level = m.group(1).length();
                text = text.substring(m.end()).strip();
            }
            if (!text.isEmpty() && !text.chars().allMatch(c -> c == '#')) {
                blocks.add(new Block(text, level, indented, joined));
                joined = true;
            }
        }
        return rejoin(dropRepeats(blocks));
    }

    /** NFKC for the full-width ASCII block; the ideographic, no-break and typographic spaces as a space; else NFC. */
    static String foldWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(CharacterWidth.fold(text.charAt(i)));
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * Keeps the last copy of a long block that appears more than once: layout exports leave a stray copy of a
     * reflowed column fragment ahead of the article it belongs to.
     */
    private static List<Block> dropRepeats(List<Block> blocks) {
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            last.put(blocks.get(i).text(), i);
        }
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.text().length() < MIN_DUPLICATE_LENGTH || last.get(block.text()) == i) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static boolean endsMidSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN && !text.endsWith("日") || ",，、".indexOf(last) >= 0;
    }

    private static List<Block> rejoin(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block before = out.size() >= 2 ? out.get(out.size() - 2) : null;
            if (!out.isEmpty() && continues(before, out.get(out.size() - 1), block, i + 1 < blocks.size() ? blocks.get(i + 1) : null)) {
                Block previous = out.remove(out.size() - 1);
                out.add(new Block(previous.text() + block.text(), previous.level(), previous.indented(), previous.joined()));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    /**
     * A paragraph cut by a column or page break continues in the next plain block. A body paragraph cut
     * mid-sentence (ending in a character or a comma, not in a colon, a dash, a bracket or a date) goes on in the
     * next block, unless that block starts a paragraph of its own (printed indented), is a credit, or starts an
     * article: a title never follows a sentence cut short. A short line that could be a title continues in the
     * next paragraph only when it cannot stand alone: a quotation or bracket it opens is closed there, or the
     * paragraph opens with the end of a phrase (人员, 对… after …分为两批).
     */
    private static boolean continues(Block before, Block previous, Block next, Block afterNext) {
        if (previous.marked() || next.marked() || next.indented() || BlockKinds.endsSentence(previous.text())) {
            return false;
        }
        String text = next.text();
        if (BlockKinds.isByline(text) || BlockKinds.isLead(text) || BlockKinds.isCaption(text) || BlockKinds.isCredit(text)
            || BlockKinds.isPageCredit(text)) {
            return false;
        }
        if (BlockKinds.isTitleLike(previous)) {
            // Only between two paragraphs of body text: a title opens a page or follows a credit or a byline.
            boolean amidBody = before != null && !before.marked() && BlockKinds.isBodyLike(before.text())
                && BlockKinds.endsSentence(before.text()) && !BlockKinds.isCredit(before.text());
            return SENTENCE_TAIL.matcher(text).find() || amidBody && BlockKinds.isBodyLike(text)
                && !ArticleSplitter.hasColumnTag(previous.text()) && (opensUnclosed(previous.text()) || opensWithAPhraseEnd(text));
        }
        if (!BlockKinds.isBodyLike(previous.text()) || !endsMidSentence(previous.text())) {
            return false;
        }
        return afterNext == null || !(BlockKinds.isByline(afterNext.text()) || BlockKinds.isLead(afterNext.text()));
    }

    private static boolean opensUnclosed(String text) {
        return text.chars().filter(c -> c == '“').count() > text.chars().filter(c -> c == '”').count()
            || text.chars().filter(c -> c == '(' || c == '（').count() > text.chars().filter(c -> c == ')' || c == '）').count();
    }

    /** The paragraph's first clause is one or two words (人员, 入学、): the end of a phrase begun above. */
    private static boolean opensWithAPhraseEnd(String text) {
        Matcher m = PHRASE_END.matcher(text);
        return m.find() && !OPENERS.contains(m.group(1));
    }

}
