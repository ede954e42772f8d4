package io.gazette.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists the editions of an inbox laid out as {@code <source>/<YYYY-MM-DD>.<ext>} or
 * {@code <source>/<YYYY>/<YYYY-MM-DD>.<ext>}, a plain folder {@code <YYYY-MM-DD>/} standing for an archive.
 */
public final class InboxScanner {

    private static final Pattern DATED = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(\\..+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Scans every source folder of the inbox. */
    public InboxScan scan(Path inbox) throws IOException {
        List<Edition> editions = new ArrayList<>();
        List<InboxProblem> problems = new ArrayList<>();
        for (Path source : sortedChildren(inbox)) {
            if (Files.isDirectory(source) && !isHidden(source)) {
                scanSource(source, editions, problems);
            }
        }
        return new InboxScan(editions, problems);
    }

    private void scanSource(Path source, List<Edition> editions, List<InboxProblem> problems) throws IOException {
        String code = source.getFileName().toString();
        List<Edition> found = new ArrayList<>();
        for (Path child : sortedChildren(source)) {
            String name = child.getFileName().toString();
            if (isHidden(child) || name.equals("source.properties")) {
                continue;
            }
            if (Files.isDirectory(child) && YEAR.matcher(name).matches()) {
                for (Path inYear : sortedChildren(child)) {
                    if (!isHidden(inYear)) {
                        classify(code, inYear, found, problems);
                    }
                }
            } else {
                classify(code, child, found, problems);
            }
        }
        Map<LocalDate, List<Edition>> byDate = new LinkedHashMap<>();
        for (Edition edition : found) {
            byDate.computeIfAbsent(edition.editionDate(), d -> new ArrayList<>()).add(edition);
        }
        byDate.forEach((date, same) -> {
            if (same.size() == 1) {
                editions.add(same.get(0));
            } else {
                for (Edition edition : same) {
                    problems.add(new InboxProblem(edition.path(), code, "duplicate_edition",
                        "%s has %d archives for %s (%s); remove all but one, none was loaded".formatted(
                            code, same.size(), date, same.stream().map(e -> e.path().getFileName().toString()).toList())));
                }
            }
        });
    }

    private void classify(String code, Path path, List<Edition> found, List<InboxProblem> problems) {
        String name = path.getFileName().toString();
        Matcher m = DATED.matcher(name);
        if (!m.matches()) {
            problems.add(new InboxProblem(path, code, "unrecognised_name",
                "not named <YYYY-MM-DD>.<ext>: " + name));
            return;
        }
        Optional<ArchiveFormat> format = Files.isDirectory(path) && m.group(4) == null
            ? Optional.of(ArchiveFormat.FOLDER)
            : ArchiveFormat.ofFileName(name).filter(f -> f.stem(name).length() == 10);
        if (format.isEmpty()) {
            problems.add(new InboxProblem(path, code, "unsupported_format", "unsupported archive format: " + name));
            return;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            found.add(new Edition(code, date, path, format.get()));
        } catch (DateTimeException e) {
            problems.add(new InboxProblem(path, code, "impossible_date",
                "impossible edition date in name " + name + ": " + e.getMessage()));
        }
    }

    private static List<Path> sortedChildren(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
