package io.gazette.nlp;

import io.gazette.normalize.ResourceLines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The domain lexicon of src/main/resources/nlp (format in its README.md): words to keep whole, organisation
 * and place suffixes, titles, surnames, words that are never names, extra stop words.
 *
 * @param words word to type (ORG, PLACE or WORD)
 * @param orgSuffixes organisation suffixes, longest first
 * @param placeSuffixes place suffixes, longest first
 * @param titles posts, longest first
 * @param surnames single- and two-character surnames, most frequent first
 * @param commonSurnames the most common single-character surnames
 * @param notNames words that are never entity names
 * @param stopWords words left out of the term counts
 * @param placeAbbreviations one-character short forms of countries and provinces (中 美 京 沪)
 */
public record Lexicon(Map<String, String> words, List<String> orgSuffixes, List<String> placeSuffixes, List<String> titles,
                      Set<String> surnames, Set<String> commonSurnames, Set<String> notNames, Set<String> stopWords,
                      Set<String> placeAbbreviations) {

    private static final int COMMON_SURNAMES = 100;

    /** The bundled lexicon. */
    public static Lexicon bundled() {
        return load(null);
    }

    /**
     * The lexicon with an operator's files ({@code gazette.nlp.lexicon-dir}): a file there replaces the bundled
     * file of the same name; files it does not hold stay bundled.
     *
     * @param folder the operator's folder, or null for the bundled lexicon only
     */
    public static Lexicon load(Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IllegalStateException("gazette.nlp.lexicon-dir " + folder + " is not a folder");
        }
        return read(folder);
    }

    private static Lexicon read(Path folder) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String line : lines(folder, "lexicon.txt")) {
            String[] parts = line.split("\t");
            words.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "WORD");
        }
        Set<String> surnames = surnames(folder);
        Set<String> common = new HashSet<>(List.copyOf(surnames).subList(0, Math.min(COMMON_SURNAMES, surnames.size())));
        return new Lexicon(words, longestFirst(lines(folder, "org-suffixes.txt")), longestFirst(lines(folder, "place-suffixes.txt")),
            longestFirst(lines(folder, "titles.txt")), surnames, common, new HashSet<>(lines(folder, "not-names.txt")),
            new HashSet<>(lines(folder, "stopwords.txt")), placeAbbreviations(folder));
    }

    /** The bundled surnames, most frequent first (nlp/surnames.txt). */
    public static Set<String> bundledSurnames() {
        return surnames(null);
    }

    private static Set<String> surnames(Path folder) {
        Set<String> surnames = new LinkedHashSet<>();
        for (String line : lines(folder, "surnames.txt")) {
            for (String s : line.split("\\s+")) {
                if (!s.isBlank()) {
                    surnames.add(s);
                }
            }
        }
        return surnames;
    }

    private static Set<String> placeAbbreviations(Path folder) {
        Set<String> abbreviations = new HashSet<>();
        for (String line : lines(folder, "place-abbreviations.txt")) {
            abbreviations.addAll(List.of(line.split("\\s+")));
        }
        return abbreviations;
    }

    /** The name recogniser with this lexicon's knowledge. */
    public NameRecognizer nameRecognizer() {
        return new CoreNlpNameRecognizer(List.copyOf(surnames), placeAbbreviations);
    }

    /** True when {@code name} starts with one of the 100 most common surnames. */
    public boolean startsWithCommonSurname(String name) {
        return name.length() >= 2 && commonSurnames.contains(name.substring(0, 1)) || name.length() >= 3
            && surnames.contains(name.substring(0, 2));
    }

    /** True when {@code name} starts with a known surname and has room for a given name. */
    public boolean startsWithSurname(String name) {
        if (name.length() >= 3 && surnames.contains(name.substring(0, 2))) {
            return true;
        }
        return name.length() >= 2 && surnames.contains(name.substring(0, 1));
    }

    private static List<String> longestFirst(List<String> items) {
        List<String> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }

    private static List<String> lines(Path folder, String name) {
        return ResourceLines.read(folder, "nlp", name);
    }
}
