package io.gazette.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The unit codes and the words that name them, from normalize/units.tsv and normalize/unit-words.tsv. */
public final class UnitTable {

    /**
     * A unit word.
     *
     * @param word as written
     * @param unit the unit it names
     * @param kind physical, person, item or duration
     */
    public record UnitWord(String word, Unit unit, String kind) {
    }

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, UnitWord> words = new LinkedHashMap<>();

    /** Loads the bundled tables. */
    public static UnitTable bundled() {
        UnitTable table = new UnitTable();
        for (String[] row : rows("normalize/units.tsv")) {
            table.units.put(row[0], new Unit(row[0], row[1], new BigDecimal(row[2])));
        }
        for (String[] row : rows("normalize/unit-words.tsv")) {
            Unit unit = table.units.get(row[1]);
            if (unit == null) {
                throw new IllegalStateException("unit-words.tsv names unknown unit code " + row[1]);
            }
            table.words.put(row[0], new UnitWord(row[0], unit, row[2]));
        }
        return table;
    }

    public Map<String, Unit> units() {
        return Map.copyOf(units);
    }

    public UnitWord word(String word) {
        return words.get(word);
    }

    /** A regex alternation of every unit word, longest first. */
    public String alternation() {
        List<String> sorted = new ArrayList<>(words.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    static List<String[]> rows(String resource) {
        return ResourceLines.read(resource).stream().map(line -> line.split("\t")).toList();
    }
}
