package io.gazette.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds people named right after their posts (市委常委、开发区党工委书记王志明; 区委副书记、区长李建华)
 * and reads the chain of posts before the name into titles with the organisation each belongs to.
 */
final class TitledPersonFinder {

    /**
     * A person anchored by titles.
     *
     * @param name the name
     * @param start offset of the name
     * @param titles the posts stated before it
     */
    record Found(String name, int start, List<PersonTitle> titles) {
    }

    private static final String BOUNDARY = " ,，。;；:：!?！？、“”()（）\n主出在表指强说讲介等一参到带率要同和与及对为就也还是并将从向被";
    private static final String CONJUNCTIONS = "和与及或同在对向把被将为从并等的";
    private static final String CHAIN_BREAK = ",，。;；:：!?！？\n“”()（）";

    private final Lexicon lexicon;
    private final Pattern titled;

    TitledPersonFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        String titles = lexicon.titles().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.titled = Pattern.compile("(" + titles + ")[)）]?[ \\u3000]?(?=\\p{IsHan}{2})");
    }

    List<Found> find(String text, List<Token> tokens) {
        List<Found> found = new ArrayList<>();
        Matcher m = titled.matcher(text);
        while (m.find()) {
            int nameStart = m.end();
            String name = name(text, nameStart, tokens);
            if (name != null) {
                List<PersonTitle> titles = titles(text, m.start(), nameStart, name);
                found.add(new Found(name, nameStart, titles));
                // 新区领导王立新、陈海燕、赵志强: the names listed after one title share it.
                int next = nameStart + name.length();
                while (next + 3 <= text.length() && text.charAt(next) == '、') {
                    String listed = name(text, next + 1, tokens);
                    if (listed == null || lexicon.notNames().contains(listed)) {
                        break;
                    }
                    List<PersonTitle> shared = titles.stream().map(t -> new PersonTitle(listed, t.organisation(), t.title())).toList();
                    found.add(new Found(listed, next + 1, shared));
                    next = next + 1 + listed.length();
                }
            }
        }
        return found;
    }

    private String name(String text, int start, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.start() == start && t.nature().startsWith("nr") && t.word().length() >= 2 && t.word().length() <= 4
                && lexicon.startsWithSurname(t.word()) && !lexicon.notNames().contains(t.word())) {
                return t.word();
            }
        }
        if (start + 2 > text.length() || startsWithOrgOrTitle(text, start) || CONJUNCTIONS.indexOf(text.charAt(start)) >= 0) {
            // 分管领导和牵头部门: after a title, 和 joins another noun far more often than it starts a name.
            return null;
        }
        String two = text.substring(start, start + 2);
        if (!lexicon.startsWithSurname(two) || isBoundary(two.charAt(1)) || lexicon.notNames().contains(two)) {
            return null;
        }
        if (start + 3 > text.length() || isBoundary(text.charAt(start + 2))) {
            return two;
        }
        String three = text.substring(start, start + 3);
        if (start + 3 == text.length() || isBoundary(text.charAt(start + 3)) || occurrences(text, three) >= 2
            || givenNameToken(tokens, start)) {
            return three;
        }
        return two;
    }

    /** The segmenter kept a two-character given name whole after the surname (宋 + 康博). */
    private static boolean givenNameToken(List<Token> tokens, int start) {
        return tokens.stream().anyMatch(t -> t.start() == start + 1 && t.word().length() == 2);
    }

    private boolean startsWithOrgOrTitle(String text, int start) {
        return lexicon.orgSuffixes().stream().anyMatch(s -> s.length() >= 2 && text.startsWith(s, start))
            || lexicon.titles().stream().anyMatch(s -> s.length() >= 2 && text.startsWith(s, start));
    }

    private List<PersonTitle> titles(String text, int titleStart, int nameStart, String name) {
        int chainStart = titleStart;
        while (chainStart > 0 && CHAIN_BREAK.indexOf(text.charAt(chainStart - 1)) < 0 && titleStart - chainStart < 60) {
            chainStart--;
        }
        List<PersonTitle> titles = new ArrayList<>();
        String inherited = null;
        for (String part : text.substring(chainStart, nameStart).split("、")) {
            String p = part.strip();
            String title = lexicon.titles().stream().filter(p::endsWith).findFirst().orElse(null);
            if (title == null) {
                continue;
            }
            String org = p.substring(0, p.length() - title.length()).strip();
            if (org.isEmpty()) {
                org = inherited;
            } else {
                inherited = org;
            }
            titles.add(new PersonTitle(name, org, title));
        }
        return titles;
    }

    private static boolean isBoundary(char c) {
        return BOUNDARY.indexOf(c) >= 0;
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        int at = text.indexOf(word);
        while (at >= 0) {
            count++;
            at = text.indexOf(word, at + 1);
        }
        return count;
    }
}
