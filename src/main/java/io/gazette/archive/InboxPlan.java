package io.gazette.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one run is to read from the inbox: the editions of the selected sources and dates, each with its source's
 * description, and the problems of the inbox that concern them (a source whose description cannot be read is one
 * problem, and its editions wait).
 *
 * @param editions the editions to load, in inbox order
 * @param problems the problems to record
 */
public record InboxPlan(List<Planned> editions, List<PlannedProblem> problems) {

    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    public InboxPlan {
        editions = List.copyOf(editions);
        problems = List.copyOf(problems);
    }

    /**
     * An edition to load.
     *
     * @param edition the archive
     * @param source its newspaper
     * @param archivePath the archive's path relative to the inbox
     */
    public record Planned(Edition edition, SourceInfo source, String archivePath) {
    }

    /**
     * A problem to record.
     *
     * @param problem what is wrong
     * @param source the source it concerns (a bare description when the source's own cannot be read)
     * @param path the file's path relative to the inbox
     */
    public record PlannedProblem(InboxProblem problem, SourceInfo source, String path) {
    }

    /**
     * Which editions a run wants: one source or all, and every new or changed archive or those of a range of dates.
     *
     * @param source only this source, or null for all
     * @param from the first edition date to reload whether or not it changed, or null for every new or changed archive
     * @param to the last edition date to reload, with {@code from}
     */
    public record Selection(String source, LocalDate from, LocalDate to) {

        public Selection {
            if ((from == null) != (to == null)) {
                throw new IllegalArgumentException("a range of dates needs both ends");
            }
            if (from != null && to.isBefore(from)) {
                throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
            }
        }

        /** Every new or changed archive of the selected sources. */
        public static Selection nightly(String source) {
            return new Selection(source, null, null);
        }

        /** The editions of one date, reloaded whether or not they changed. */
        public static Selection date(String source, LocalDate date) {
            return new Selection(source, date, date);
        }

        /** Whether the run reloads the editions of its dates whether or not they changed. */
        public boolean reload() {
            return from != null;
        }

        /** Whether a run of this selection must find something: it names a source or dates. */
        public boolean specific() {
            return source != null || from != null;
        }

        boolean wants(String sourceCode, LocalDate date) {
            return wantsSource(sourceCode) && (from == null || date != null && !date.isBefore(from) && !date.isAfter(to));
        }

        boolean wantsSource(String sourceCode) {
            return source == null || source.equals(sourceCode);
        }

        /** What was looked for, in words: "source x dated 2024-01-11", "editions dated 2024-01-01 to 2024-01-31". */
        public String describe() {
            String what = source == null ? "any source" : "source " + source;
            if (from == null) {
                return what;
            }
            return what + (from.equals(to) ? " dated " + from : " dated " + from + " to " + to);
        }
    }

    /** Whether the plan holds nothing at all: no edition and no problem. */
    public boolean isEmpty() {
        return editions.isEmpty() && problems.isEmpty();
    }

    /** Reads the inbox once and plans what the selection wants of it. */
    public static InboxPlan of(Path inbox, Selection selection) throws IOException {
        InboxScan scan = new InboxScanner().scan(inbox);
        List<Planned> editions = new ArrayList<>();
        Map<String, SourceInfo> sources = new HashMap<>();
        Map<String, InboxProblem> badSources = new LinkedHashMap<>();
        for (Edition edition : scan.editions()) {
            if (!selection.wants(edition.sourceCode(), edition.editionDate())) {
                continue;
            }
            SourceInfo source = source(inbox, edition.sourceCode(), sources, badSources);
            if (source != null) {
                editions.add(new Planned(edition, source, edition.relativePath(inbox)));
            }
        }
        List<InboxProblem> found = new ArrayList<>(badSources.values());
        found.addAll(scan.problems());
        List<PlannedProblem> problems = new ArrayList<>();
        for (InboxProblem problem : found) {
            if (wanted(problem, selection)) {
                SourceInfo source = Objects.requireNonNullElse(sources.get(problem.sourceCode()), SourceInfo.unread(problem.sourceCode()));
                problems.add(new PlannedProblem(problem, source, Edition.relativePath(inbox, problem.path())));
            }
        }
        return new InboxPlan(editions, problems);
    }

    /** The source's description, or null when its source.properties is bad: then its editions wait, one problem says why. */
    private static SourceInfo source(Path inbox, String code, Map<String, SourceInfo> sources, Map<String, InboxProblem> badSources) {
        if (sources.containsKey(code)) {
            return sources.get(code);
        }
        if (badSources.containsKey(code)) {
            return null;
        }
        Path folder = inbox.resolve(code);
        try {
            SourceInfo source = SourceInfo.read(folder);
            sources.put(code, source);
            return source;
        } catch (ArchiveException e) {
            badSources.put(code, new InboxProblem(folder.resolve("source.properties"), code, "bad_source_properties",
                e.getMessage() + "; no edition of " + code + " was loaded"));
            return null;
        }
    }

    /**
     * Every problem of the wanted sources in a nightly run; a reload of dates reports the problems of its sources'
     * descriptions and those of files named with one of its dates.
     */
    private static boolean wanted(InboxProblem problem, Selection selection) {
        if (!selection.wantsSource(problem.sourceCode())) {
            return false;
        }
        if (!selection.reload() || problem.reason().equals("bad_source_properties") || problem.reason().equals("unreadable_source")) {
            return true;
        }
        Matcher dated = DATED_NAME.matcher(problem.path().getFileName().toString());
        if (!dated.find()) {
            return false;
        }
        try {
            return selection.wants(problem.sourceCode(), LocalDate.parse(dated.group(1)));
        } catch (DateTimeParseException e) {
            // An impossible date in the name (2024-02-30) is no date of any range: a nightly run reports it.
            return false;
        }
    }
}
