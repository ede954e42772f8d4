package io.gazette.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads credits from byline text in the forms Chinese papers print: {@code ■通讯员 李 侃},
 * {@code 本报记者 王五 通讯员 赵六}, {@code (记者 张三 摄)}, {@code 文/张三 图/李四}. Single characters
 * separated by the spaces of justified print are paired back into two-character names.
 */
public final class BylineParser {

    private static final Pattern ROLE = BlockKinds.ROLE;
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,5}");
    private static final Pattern LEAD_CREDIT = Pattern.compile(
        "^(?:本报讯|本报[\\p{IsHan}\\d\\s]{0,12}[讯电]|新华社[\\p{IsHan}\\d\\s]{0,16}电)\\s*[(（]([^)）]{2,60})[)）]");

    /** Credits in a byline line. */
    public List<Author> parse(String byline) {
        String text = byline.replaceAll("^[■□●◆▲★▼◇\\s]+", "").replaceAll("[()（）\\[\\]【】]", " ").strip();
        Matcher m = ROLE.matcher(text);
        List<int[]> roles = new ArrayList<>();
        while (m.find()) {
            roles.add(new int[] {m.start(), m.end()});
        }
        Set<Author> authors = new LinkedHashSet<>();
        for (int r = 0; r < roles.size(); r++) {
            String word = text.substring(roles.get(r)[0], roles.get(r)[1]);
            int end = r + 1 < roles.size() ? roles.get(r + 1)[0] : text.length();
            String names = text.substring(roles.get(r)[1], end);
            String role = roleOf(word);
            boolean photoAfter = r + 1 < roles.size() && text.substring(roles.get(r + 1)[0], roles.get(r + 1)[1]).equals("摄");
            if (photoAfter) {
                role = Author.PHOTOGRAPHER;
            }
            for (String name : names(names)) {
                authors.add(new Author(name, role));
            }
        }
        return List.copyOf(authors);
    }

    /** Credits given in parentheses right after 本报讯, as in {@code 本报讯(记者 X 通讯员 Y)}; empty if none. */
    public List<Author> parseLead(String lead) {
        Matcher m = LEAD_CREDIT.matcher(lead);
        return m.find() && ROLE.matcher(m.group(1)).find() ? parse(m.group(1)) : List.of();
    }

    private static String roleOf(String word) {
        if (word.equals("摄") || word.equals("摄影") || word.equals("图/")) {
            return Author.PHOTOGRAPHER;
        }
        if (word.contains("通讯员") || word.equals("实习生")) {
            return Author.CORRESPONDENT;
        }
        return Author.REPORTER;
    }

    /** Splits a run of names, pairing lone characters that print spacing pulled apart. */
    static List<String> names(String run) {
        String[] tokens = run.strip().split("[\\s、,，;；/]+");
        List<String> names = new ArrayList<>();
        String pending = null;
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.codePointCount(0, token.length()) == 1) {
                if (pending == null) {
                    pending = token;
                } else {
                    names.add(pending + token);
                    pending = null;
                }
            } else {
                if (pending != null) {
                    pending = null;
                }
                names.add(token);
            }
        }
        return names.stream().filter(n -> NAME.matcher(n).matches()).toList();
    }
}
