package io.gazette.article;

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

    /** Cleans one page. */
    public List<Block> clean(String page) {
        List<Block> blocks = new ArrayList<>();
        for (String line : foldWidth(page).split("\\R")) {
            String text = line.strip();
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
                blocks.add(new Block(text, level));
            }
        }
        return rejoin(dropRepeats(blocks));
    }

    /** NFKC for the full-width ASCII block and the ideographic space only; everything else NFC. */
    static String foldWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
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

    private static List<Block> rejoin(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!out.isEmpty() && continues(out.get(out.size() - 1), block, i + 1 < blocks.size() ? blocks.get(i + 1) : null)) {
                Block previous = out.remove(out.size() - 1);
                out.add(new Block(previous.text() + block.text(), previous.level()));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    /** A body paragraph cut mid-sentence continues in the next plain block, unless that block starts an article. */
    private static boolean continues(Block previous, Block next, Block afterNext) {
        if (previous.marked() || next.marked() || !BlockKinds.isBodyLike(previous.text())
            || BlockKinds.endsSentence(previous.text())) {
            return false;
        }
        String text = next.text();
        if (BlockKinds.isByline(text) || BlockKinds.isLead(text) || BlockKinds.isCaption(text)) {
            return false;
        }
        return afterNext == null || !(BlockKinds.isByline(afterNext.text()) || BlockKinds.isLead(afterNext.text()));
    }
}
