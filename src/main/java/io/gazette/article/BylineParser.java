package io.gazette.article;

import io.gazette.text.Dateline;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads credits from byline text in the forms Chinese papers print: {@code ■通讯员 周 立},
 * {@code 本报记者 王五 通讯员 赵六}, {@code (记者 张三 摄)}, {@code 文/张三 图/李四}. Single characters
 * separated by the spaces of justified print are paired back into two-character names.
 */
public final class BylineParser {

    private static final Pattern ROLE = BlockKinds.ROLE;
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,5}");
    private static final Pattern TRAILING_VERBS = Pattern.compile("(?:采访整理|参与采访整理|参与采写|参与采访|整理|采写|报道|编译|供稿)");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("^(.*?)(?:摄影报道|摄影|摄)(?:\\s*[(（][^()（）]*[)）])?\\s*$");
    private static final Pattern BARE_NAME = Pattern.compile("^[\\p{IsHan}]{1,4}(?:\\s+[\\p{IsHan}]{1,3})?$");

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
            Author.Role role = roleOf(word);
            boolean photoAfter = r + 1 < roles.size() && text.substring(roles.get(r + 1)[0], roles.get(r + 1)[1]).equals("摄");
            if (photoAfter) {
                role = Author.Role.PHOTOGRAPHER;
            }
            for (String name : names(names)) {
                authors.add(new Author(name, role));
            }
        }
        return List.copyOf(authors);
    }

    /** Credits given in parentheses right after 本报讯, as in {@code 本报讯(记者 X 通讯员 Y)}; empty if none. */
    public List<Author> parseLead(String lead) {
        return Dateline.of(lead).map(Dateline::credits).filter(c -> ROLE.matcher(c).find()).map(this::parse).orElse(List.of());
    }

    /** The agency, place and credits of an article's first paragraph when it opens with a dateline. */
    public Credit parseDateline(String paragraph) {
        Optional<Dateline> found = Dateline.of(paragraph);
        if (found.isEmpty()) {
            return Credit.NONE;
        }
        Dateline d = found.get();
        List<Author> authors = d.credits() != null && ROLE.matcher(d.credits()).find() ? parse(d.credits()) : List.of();
        return new Credit(authors, d.agency(), d.place());
    }

    /**
     * A credit line closing an article or a picture: (本报记者 X、Y), (新华社北京1月7日电 记者 X), (据新华社电),
     * X摄, 新华社记者 X摄, X 摄影报道, X、Y整理, (执笔: X), (X参与采写), or a bare signature (吴 峰).
     */
    public Credit parseCredit(String line) {
        String stripped = line.strip();
        boolean bracketed = stripped.startsWith("(") || stripped.startsWith("（");
        String inner = bracketed ? stripped.replaceAll("^[(（]\\s*", "").replaceAll("\\s*[)）]$", "").strip() : stripped;
        Optional<Dateline> dateline = Dateline.of(inner);
        if (dateline.isPresent() && !inner.startsWith("本报记者")) {
            Dateline d = dateline.get();
            String rest = (d.credits() == null ? "" : d.credits()) + " " + inner.substring(d.end());
            return new Credit(ROLE.matcher(rest).find() ? parse(rest) : List.of(), d.agency(), d.place());
        }
        Matcher photo = PHOTO_CREDIT.matcher(inner);
        if (photo.matches() && !photo.group(1).isBlank()) {
            String before = photo.group(1).replaceAll("^.*?(?:记者|通讯员|实习生)", "").replaceAll("[:：/]", " ");
            return new Credit(names(before).stream().map(n -> new Author(n, Author.Role.PHOTOGRAPHER)).toList(), agencyOf(inner), null);
        }
        if (inner.startsWith("执笔")) {
            return new Credit(writers(inner.replaceFirst("^执笔\\s*[:：]?", "")), null, null);
        }
        String cleaned = TRAILING_VERBS.matcher(inner.replaceFirst("^综合", "")).replaceAll(" ");
        if (ROLE.matcher(cleaned).find()) {
            return new Credit(parse(cleaned), agencyOf(inner), null);
        }
        if (!cleaned.equals(inner.replaceFirst("^综合", ""))) {
            // X、Y整理, (Z参与采写): people who wrote the text up.
            return new Credit(names(cleaned).stream().map(n -> new Author(n, Author.Role.REPORTER)).toList(), null, null);
        }
        if (BARE_NAME.matcher(inner).matches() && !line.equals(inner)) {
            return new Credit(writers(inner), null, null);
        }
        return Credit.NONE;
    }

    /** The writers a bare signature line names (王立新, 赵海涛 孙丽娟, 吴 峰). */
    public List<Author> parseSignature(String line) {
        return writers(line);
    }

    /** The photographer of a caption that ends with its credit: 图为…(记者 X 摄). */
    public List<Author> parseCaptionCredit(String caption) {
        if (!caption.contains("摄")) {
            return List.of();
        }
        int open = Math.max(caption.lastIndexOf('('), caption.lastIndexOf('（'));
        if (open < 0) {
            return List.of();
        }
        return parse(caption.substring(open)).stream().map(a -> new Author(a.name(), Author.Role.PHOTOGRAPHER)).toList();
    }

    /** The people page credit lines name (版式设计: X, 本版责编: X), as editors. */
    public List<Author> parsePageCredits(List<String> lines) {
        Set<Author> editors = new LinkedHashSet<>();
        for (String line : lines) {
            int colon = Math.max(line.indexOf('：'), line.indexOf(':'));
            if (colon > 0) {
                names(line.substring(colon + 1)).forEach(n -> editors.add(new Author(n, Author.Role.EDITOR)));
            }
        }
        return List.copyOf(editors);
    }

    private static List<Author> writers(String run) {
        return names(run).stream().map(n -> new Author(n, Author.Role.WRITER)).toList();
    }

    private static String agencyOf(String credit) {
        Matcher m = Pattern.compile("(新华社|中新社|人民网|新华网|央视网)").matcher(credit);
        return m.find() ? m.group(1) : null;
    }

    private static Author.Role roleOf(String word) {
        if (word.equals("摄") || word.equals("摄影") || word.equals("图/")) {
            return Author.Role.PHOTOGRAPHER;
        }
        if (word.contains("通讯员") || word.equals("实习生")) {
            return Author.Role.CORRESPONDENT;
        }
        return Author.Role.REPORTER;
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
