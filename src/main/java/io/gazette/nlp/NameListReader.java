package io.gazette.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a run of people's names printed without separators (a list of officials: 张三李四王五, or with names of
 * parts joined by a middle dot: 张三阿卜杜·热合曼李四) as its names. A small generative model picks the most likely
 * reading: a Chinese name is a surname (a frequent one more likely) and a given name of one or two characters (two
 * more likely); a name of parts joined by a middle dot (minority and transliterated names) takes any characters;
 * every given-name character costs the same, and a cut inside a word of the segmenter costs extra.
 */
final class NameListReader {

    private static final double GIVEN_CHARACTER = Math.log(1.0 / 2000);
    private static final double SINGLE_GIVEN = Math.log(0.25);
    private static final double DOUBLE_GIVEN = Math.log(0.7);
    private static final double DOUBLE_SURNAME = Math.log(0.03);
    private static final double DOTTED = Math.log(0.05);
    private static final double ODD_PART = -2;
    private static final double CUT_INSIDE_A_WORD = -3;
    private static final int LONGEST_PART = 6;
    /** Characters of transliterated foreign names (伊万诺夫斯基) that Chinese given names seldom use. */
    private static final String TRANSLITERATION = "夫斯基尔克特科诺娃蒂兹赫姆茨奥埃耶萨莫维卡拉丽罗尼";

    private final Map<String, Double> surnames = new HashMap<>();

    /** @param surnames single- and two-character surnames, most frequent first */
    NameListReader(List<String> surnames) {
        int rank = 0;
        for (String surname : surnames) {
            // Zipf-like: the n-th surname is about 1/(n+10) as likely as a name's first character.
            this.surnames.putIfAbsent(surname, -Math.log(rank++ + 10.0));
        }
    }

    /**
     * The lengths of the names {@code run} is read as, or null when it is one name: shorter than five characters
     * (four when the segmenter cut it into two two-character names), mostly transliteration, a single name of
     * dotted parts, or no sequence of names at all.
     *
     * @param run the characters the model read as one person
     * @param wordStarts offsets in {@code run} where the segmenter started a word
     */
    List<Integer> read(String run, Set<Integer> wordStarts) {
        if (run.length() < 4 || !run.codePoints().allMatch(c -> isHan(c) || isDot(c)) || isOneDottedName(run)) {
            return null;
        }
        long transliterated = run.chars().filter(c -> TRANSLITERATION.indexOf(c) >= 0).count();
        if (transliterated * 4 > run.length()) {
            return null;
        }
        List<Integer> best = bestReading(run, wordStarts);
        if (best == null || best.size() < 2) {
            return null;
        }
        if (run.length() == 4 && !(best.equals(List.of(2, 2)) && wordStarts.contains(2) && !surnames.containsKey(run.substring(0, 2)))) {
            return null;
        }
        return best;
    }

    /** A dotted name alone (阿卜杜·热合曼): no part long enough to hide a second name. */
    private static boolean isOneDottedName(String run) {
        if (run.chars().noneMatch(NameListReader::isDot)) {
            return false;
        }
        String[] parts = run.split("[·•‧・]", -1);
        return parts[0].length() <= 4 && parts[parts.length - 1].length() <= 5
            && java.util.Arrays.stream(parts).allMatch(p -> !p.isEmpty() && p.length() <= LONGEST_PART);
    }

    private List<Integer> bestReading(String run, Set<Integer> wordStarts) {
        int n = run.length();
        double[] score = new double[n + 1];
        int[] previous = new int[n + 1];
        java.util.Arrays.fill(score, Double.NEGATIVE_INFINITY);
        score[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - 2 * LONGEST_PART - 1); start < end; start++) {
                if (score[start] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double name = nameScore(run.substring(start, end));
                if (name == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double total = score[start] + name + (start > 0 && !wordStarts.contains(start) ? CUT_INSIDE_A_WORD : 0);
                if (total > score[end]) {
                    score[end] = total;
                    previous[end] = start;
                }
            }
        }
        if (score[n] == Double.NEGATIVE_INFINITY) {
            return null;
        }
        List<Integer> lengths = new ArrayList<>();
        for (int end = n; end > 0; end = previous[end]) {
            lengths.add(end - previous[end]);
        }
        Collections.reverse(lengths);
        return lengths;
    }

    /** The log-likelihood of {@code name} as one person's name, or minus infinity when it cannot be one. */
    private double nameScore(String name) {
        if (name.chars().anyMatch(NameListReader::isDot)) {
            return dottedScore(name);
        }
        double best = Double.NEGATIVE_INFINITY;
        Double single = surnames.get(name.substring(0, 1));
        if (single != null && (name.length() == 2 || name.length() == 3)) {
            best = single + (name.length() == 2 ? SINGLE_GIVEN : DOUBLE_GIVEN) + (name.length() - 1) * GIVEN_CHARACTER;
        }
        Double compound = name.length() >= 3 && name.length() <= 4 ? surnames.get(name.substring(0, 2)) : null;
        if (compound != null) {
            best = Math.max(best, compound + DOUBLE_SURNAME + (name.length() - 2) * GIVEN_CHARACTER);
        }
        return best;
    }

    private static double dottedScore(String name) {
        String[] parts = name.split("[·•‧・]", -1);
        double score = DOTTED;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > LONGEST_PART) {
                return Double.NEGATIVE_INFINITY;
            }
            score += part.length() * GIVEN_CHARACTER + (part.length() == 1 || part.length() > 4 ? ODD_PART : 0);
        }
        return score;
    }

    /** A character a name in a list may hold: a Han character or a middle dot. */
    static boolean isNameCharacter(int c) {
        return isHan(c) || isDot(c);
    }

    private static boolean isDot(int c) {
        return c == '·' || c == '•' || c == '‧' || c == '・';
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
