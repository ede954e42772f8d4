package io.gazette.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the main title out of a run of title lines. Marked runs: the line with the fewest {@code #}.
 * Unmarked runs: a line ending in a dash is a kicker and one starting with a dash a subtitle; of the rest,
 * one line is the title, two are title and subtitle (or one title broken in two when the first is a short
 * fragment), three (or two and a dashed subtitle) are kicker, title and subtitle.
 *
 * @param headline the main title
 * @param subtitles the other lines, dashes trimmed
 */
record TitleLines(String headline, List<String> subtitles) {

    private static final int FRAGMENT_MAX = 6;
    private static final int JOINED_MAX = 24;

    static TitleLines of(List<Block> titles) {
        if (titles.isEmpty()) {
            return new TitleLines(null, List.of());
        }
        int main = mainIndex(titles);
        List<String> others = new ArrayList<>();
        String headline = trimDashes(titles.get(main).text());
        if (titles.stream().noneMatch(Block::marked) && titles.size() == 2 && main == 0 && isFragmentPair(titles)) {
            return new TitleLines(headline + trimDashes(titles.get(1).text()), List.of());
        }
        for (int k = 0; k < titles.size(); k++) {
            if (k != main) {
                others.add(trimDashes(titles.get(k).text()));
            }
        }
        return new TitleLines(headline, List.copyOf(others));
    }

    private static int mainIndex(List<Block> titles) {
        int best = -1;
        for (int k = 0; k < titles.size(); k++) {
            Block b = titles.get(k);
            if (b.marked() && (best < 0 || b.level() < titles.get(best).level())) {
                best = k;
            }
        }
        if (best >= 0) {
            return best;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            String t = titles.get(k).text();
            if (!t.startsWith("——") && !t.startsWith("--") && !t.endsWith("——") && !t.endsWith("--")) {
                candidates.add(k);
            }
        }
        if (candidates.isEmpty()) {
            return 0;
        }
        boolean dashedSubtitle = titles.stream().anyMatch(b -> b.text().startsWith("——") || b.text().startsWith("--"));
        return candidates.size() >= 3 || candidates.size() == 2 && dashedSubtitle ? candidates.get(1) : candidates.get(0);
    }

    private static boolean isFragmentPair(List<Block> titles) {
        String first = titles.get(0).text();
        String second = titles.get(1).text();
        return first.length() <= FRAGMENT_MAX && !first.contains(" ") && !second.contains(" ")
            && !second.startsWith("——") && first.length() + second.length() <= JOINED_MAX;
    }

    private static String trimDashes(String text) {
        return text.replaceAll("^[—\\-]+", "").replaceAll("[—\\-]+$", "").strip();
    }
}
