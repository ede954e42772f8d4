package io.gazette.place;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.gazette.nlp.EntityMention;
import io.gazette.nlp.EntityType;
import io.gazette.nlp.TextAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links the places an article names, and the organisations named after a place, to administrative divisions.
 * A name only one division bears is that division. A name several bear (新华区 in three cities, 城关镇 in dozens of
 * counties, 吉林 the province and the city) is resolved by the source's region (a paper of 石家庄 means its own
 * 新华区), then by the places of the same article that are linked without doubt (a 城关镇 in an article that names
 * its county). A village or community (龙兴村, 港东社区) is looked for only within the paper's own city or county.
 * Divisions on one line of descent that share a name (吉林 the province and its city) are the larger
 * one, as the bare name is read. Otherwise the name stays unlinked: never a guess between unrelated places. An
 * organisation takes the division its name starts with (淮安市公安局: 淮安市), found the same way.
 */
public final class PlaceLinker {

    /** After a place name, characters that make it the name of a road (a road named after a city: 上海路, 苏州街). */
    private static final String ROAD = "路街巷道";

    /** How townships, street offices, villages and communities end. */
    private static final List<String> LOCAL_ENDINGS = List.of("街道", "社区", "镇", "乡", "村");
    /** The longest local name looked for in text. */
    private static final int MAX_LOCAL_NAME = 10;

    /** The shortest place name read at the start of an organisation's name. */
    private static final int MIN_PREFIX = 2;

    private final Gazetteer gazetteer;

    public PlaceLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The article's analysis with a division code on every place and place-named organisation it could link. */
    public TextAnalysis link(TextAnalysis analysis, String sourceRegion) {
        Optional<Division> region = gazetteer.region(sourceRegion);
        Map<String, Division> sure = new HashMap<>();
        for (EntityMention m : analysis.entities()) {
            if (m.type() == EntityType.PLACE) {
                resolve(m.canonical(), region, List.of()).ifPresent(d -> sure.put(m.canonical(), d));
            }
        }
        Map<String, Optional<Division>> linked = new HashMap<>();
        List<EntityMention> out = new ArrayList<>(analysis.entities().size());
        for (EntityMention m : analysis.entities()) {
            // the article's other places: not those this very name was read as
            List<Division> context = sure.entrySet().stream().filter(e -> !e.getKey().equals(m.canonical())).map(Map.Entry::getValue)
                .toList();
            Optional<Division> d = switch (m.type()) {
                case PLACE -> linked.computeIfAbsent("P" + m.canonical(), k -> resolve(m.canonical(), region, context));
                case ORG -> linked.computeIfAbsent("O" + m.canonical(), k -> namedAfter(m.canonical(), region, context));
                default -> Optional.empty();
            };
            out.add(d.isPresent() ? m.withPlaceCode(d.get().code()) : m);
        }
        return new TextAnalysis(out, analysis.titles(), analysis.terms());
    }

    /**
     * The article's analysis with the townships, street offices, villages and communities of the paper's own city or
     * county that its text names and nothing found (a local paper's 街道 or 村 no model knows). Only names of three
     * characters or more that end as such divisions do (镇, 乡, 街道, 村, 社区), whose stem is no common word (中心村
     * is a kind of village, not a name), and that overlap no name found. A national paper gets none.
     */
    public TextAnalysis withLocalNames(TextAnalysis analysis, String text, String sourceRegion) {
        Optional<Division> region = gazetteer.region(sourceRegion);
        if (region.isEmpty() || text == null) {
            return analysis;
        }
        Map<String, List<Division>> names = gazetteer.localNamesWithin(region.get());
        if (names.isEmpty()) {
            return analysis;
        }
        List<EntityMention> out = new ArrayList<>(analysis.entities());
        boolean[] taken = new boolean[text.length() + 1];
        for (EntityMention m : analysis.entities()) {
            for (int i = Math.max(0, m.start()); i < Math.min(text.length(), m.end()); i++) {
                taken[i] = true;
            }
        }
        for (int start = 0; start < text.length(); start++) {
            for (int end = Math.min(text.length(), start + MAX_LOCAL_NAME); end >= start + 3; end--) {
                String name = text.substring(start, end);
                if (names.containsKey(name) && isLocalName(name) && free(taken, start, end)) {
                    out.add(new EntityMention(name, EntityType.PLACE, name, start, end));
                    for (int i = start; i < end; i++) {
                        taken[i] = true;
                    }
                    start = end - 1;
                    break;
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return out.size() == analysis.entities().size() ? analysis : new TextAnalysis(out, analysis.titles(), analysis.terms());
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** A name that ends as a township or village does and whose stem is no common word. */
    private static boolean isLocalName(String name) {
        for (String ending : LOCAL_ENDINGS) {
            if (name.endsWith(ending) && name.length() - ending.length() >= 2) {
                String stem = name.substring(0, name.length() - ending.length());
                var word = CoreDictionary.get(stem);
                return word == null || java.util.Arrays.stream(word.nature).anyMatch(n -> n.toString().startsWith("ns"));
            }
        }
        return false;
    }

    /** The division a place or place-named organisation is by its name alone, without a region or an article. */
    public Optional<String> codeOf(String name, EntityType type) {
        Optional<Division> d = switch (type) {
            case PLACE -> resolve(name, Optional.empty(), List.of());
            case ORG -> namedAfter(name, Optional.empty(), List.of());
            default -> Optional.empty();
        };
        return d.map(Division::code);
    }

    /** The one division a name can be here, if there is one. */
    Optional<Division> resolve(String name, Optional<Division> region, List<Division> context) {
        List<Division> candidates = gazetteer.candidates(name);
        if (candidates.isEmpty() && region.isPresent()) {
            // a village or community: only within the paper's own city or county, and the article's places
            candidates = gazetteer.villagesWithin(region.get()).getOrDefault(name, List.of());
        }
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst();
        }
        if (region.isPresent()) {
            List<Division> inRegion = candidates.stream().filter(d -> gazetteer.within(d, region.get())).toList();
            if (inRegion.size() == 1) {
                return Optional.of(inRegion.get(0));
            }
            candidates = inRegion.isEmpty() ? candidates : inRegion;
        }
        List<Division> inContext = candidates.stream()
            .filter(d -> context.stream().anyMatch(c -> !c.equals(d) && gazetteer.within(d, c))).toList();
        if (inContext.size() == 1) {
            return Optional.of(inContext.get(0));
        }
        // A full name is meant whole when one division bears it and the others only as a short form.
        List<Division> whole = candidates.stream().filter(d -> d.name().equals(name)).toList();
        if (whole.size() == 1) {
            return Optional.of(whole.get(0));
        }
        // Divisions on one line of descent sharing a name (吉林 the province and its city, 恩施 the prefecture and its
        // seat): the name alone means the larger one.
        List<Division> line = candidates;
        boolean nested = line.stream().allMatch(a -> line.stream().allMatch(b -> gazetteer.within(a, b) || gazetteer.within(b, a)));
        return nested ? line.stream().min(java.util.Comparator.comparingInt(Division::level)) : Optional.empty();
    }

    /**
     * The division an organisation's name starts with (淮安市公安局, 江苏省人民政府): the longest name that links, and
     * when the name goes on to a division within it (江苏省淮安市公安局), that one.
     */
    Optional<Division> namedAfter(String organisation, Optional<Division> region, List<Division> context) {
        Optional<Division> found = Optional.empty();
        int from = 0;
        while (from < organisation.length()) {
            Optional<Division> next = Optional.empty();
            for (int end = organisation.length() - 1; end >= from + MIN_PREFIX; end--) {
                String prefix = organisation.substring(from, end);
                if (!gazetteer.candidates(prefix).isEmpty()) {
                    if (ROAD.indexOf(organisation.charAt(end)) >= 0) {
                        return found; // a school on a road named after a city
                    }
                    Optional<Division> within = found.isPresent() ? found : region;
                    next = resolve(prefix, within, context);
                    if (found.isPresent() && next.isPresent() && !gazetteer.within(next.get(), found.get())) {
                        next = Optional.empty();
                    }
                    from = end;
                    break;
                }
            }
            if (next.isEmpty()) {
                break;
            }
            found = next;
        }
        return found;
    }
}
