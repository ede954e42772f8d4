package io.gazette.normalize;

import java.util.List;

/** Finds the measured thing named just before an amount, from the heads in normalize/indicators.txt. */
public final class IndicatorFinder {

    private static final String CLAUSE_BREAKS = ",，。;；:：!?！？\n“”";
    private static final int WINDOW = 30;

    private final List<String> heads;

    public IndicatorFinder(List<String> heads) {
        this.heads = List.copyOf(heads);
    }

    public static IndicatorFinder bundled() {
        return new IndicatorFinder(ResourceLines.read("normalize/indicators.txt"));
    }

    /** The head closest before {@code position} within the same clause, or null. */
    public String find(String text, int position) {
        int from = position;
        while (from > 0 && position - from < WINDOW && CLAUSE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String window = text.substring(from, position);
        String best = null;
        int bestEnd = -1;
        for (String head : heads) {
            int at = window.lastIndexOf(head);
            if (at >= 0) {
                int end = at + head.length();
                if (end > bestEnd || (end == bestEnd && head.length() > best.length())) {
                    best = head;
                    bestEnd = end;
                }
            }
        }
        return best;
    }
}
