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
import java.util.Locale;
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
    /** The first day of {@code dim_date} (sql/schema/010_dimensions.sql): no edition can be dated earlier. */
    public static final LocalDate EARLIEST_EDITION = LocalDate.of(1800, 1, 1);

    private final LocalDate latestEdition;

    /** A scanner that refuses editions dated after tomorrow (a typed 2204 for 2024). */
    public InboxScanner() {
        this(LocalDate.now().plusDays(1));
    }

    /** A scanner that refuses editions dated after {@code latestEdition}. */
    public InboxScanner(LocalDate latestEdition) {
        this.latestEdition = latestEdition;
    }

    /** Scans every source folder of the inbox. */
    public InboxScan scan(Path inbox) throws IOException {
        List<Edition> editions = new ArrayList<>();
        List<InboxProblem> problems = new ArrayList<>();
        for (Path source : sortedChildren(inbox)) {
            if (Files.isDirectory(source) && !isHidden(source)) {
                try {
                    scanSource(source, editions, problems);
                } catch (IOException e) {
                    // One source that cannot be listed fails alone; the other sources still load.
                    problems.add(new InboxProblem(source, source.getFileName().toString(), "unreadable_source",
                        "cannot list source folder " + source.getFileName() + ": " + describe(e)));
                }
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
        if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
            problems.add(new InboxProblem(path, code, "not_a_file",
                name + " is not a regular file (a pipe, device or dangling link): never read"));
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
            if (date.isBefore(EARLIEST_EDITION) || date.isAfter(latestEdition)) {
                problems.add(new InboxProblem(path, code, "date_out_of_range",
                    "edition date %s in name %s is not between %s and %s (a typo?)"
                        .formatted(date, name, EARLIEST_EDITION, latestEdition)));
                return;
            }
            found.add(new Edition(code, date, path, format.get()));
        } catch (DateTimeException e) {
            problems.add(new InboxProblem(path, code, "impossible_date",
                "impossible edition date in name " + name + ": " + e.getMessage()));
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
            .toLowerCase(Locale.ROOT);
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? kind : reason;
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
