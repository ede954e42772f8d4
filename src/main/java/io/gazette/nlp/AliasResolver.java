package io.gazette.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.Set;

/**
 * Resolves short forms to the full form named in the same edition: 经开区 and 淮安经开区 to 淮安经济技术开发区
 * (an abbreviation keeps the full form's characters in order and its last character, with or without the
 * place in front), 招商局 to 经开区招商局 (a tail of a longer name of the same type), 大艺 to 大艺科技 (a head of a
 * longer name that only adds a generic word).
 */
public final class AliasResolver {

    private static final Set<String> GENERIC_TAILS = Set.of("科技", "集团", "公司", "股份", "有限公司", "控股", "实业", "汽车");

    /** The canonical form of every surface form of one type, longest full form winning. */
    public Map<String, String> canonicalForms(Set<String> forms, EntityType type) {
        List<String> longestFirst = new ArrayList<>(forms);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, String> canonical = new HashMap<>();
        for (String shortForm : longestFirst) {
            String target = shortForm;
            for (String full : longestFirst) {
                if (full.length() > shortForm.length() && isAliasOf(shortForm, full, type)) {
                    target = canonical.getOrDefault(full, full);
                    break;
                }
            }
            canonical.put(shortForm, target);
        }
        return canonical;
    }

    /** Qualifies the canonical name of every local name (市委) with the paper's scope: 市委（扬州）. */
    public TextAnalysis qualifyLocal(TextAnalysis analysis, java.util.function.Predicate<String> local, String scope) {
        List<EntityMention> entities = analysis.entities().stream()
            .map(m -> m.type() != EntityType.PERSON && local.test(m.canonical())
                ? new EntityMention(m.text(), m.type(), m.canonical() + "（" + scope + "）", m.start(), m.end()) : m)
            .toList();
        List<PersonTitle> titles = analysis.titles().stream()
            .map(t -> t.organisation() != null && local.test(t.organisation())
                ? new PersonTitle(t.person(), t.organisation() + "（" + scope + "）", t.title()) : t)
            .toList();
        return new TextAnalysis(entities, titles, analysis.terms(), analysis.weakEntities());
    }

    /** Rewrites the canonical names of mentions across all analyses of an edition. */
    public List<TextAnalysis> resolve(List<TextAnalysis> analyses) {
        Map<EntityType, Set<String>> formsByType = new HashMap<>();
        for (TextAnalysis a : analyses) {
            for (EntityMention m : a.entities()) {
                formsByType.computeIfAbsent(m.type(), t -> new LinkedHashSet<>()).add(m.canonical());
            }
        }
        analyses = promoteWeak(analyses, formsByType);
        Map<EntityType, Map<String, String>> maps = new HashMap<>();
        formsByType.forEach((type, forms) -> maps.put(type, canonicalForms(forms, type)));
        List<TextAnalysis> out = new ArrayList<>();
        for (TextAnalysis a : analyses) {
            List<EntityMention> entities = a.entities().stream()
                .map(m -> new EntityMention(m.text(), m.type(), maps.get(m.type()).getOrDefault(m.canonical(), m.canonical()),
                    m.start(), m.end()))
                .toList();
            List<PersonTitle> titles = a.titles().stream()
                .map(t -> new PersonTitle(t.person(), t.organisation() == null ? null
                    : maps.getOrDefault(EntityType.ORG, Map.of()).getOrDefault(t.organisation(), t.organisation()), t.title()))
                .toList();
            out.add(new TextAnalysis(entities, titles, a.terms()));
        }
        return out;
    }

    /** Keeps a weak name (招商局) only where it is a short form of a strong one of the edition (经开区招商局). */
    private static List<TextAnalysis> promoteWeak(List<TextAnalysis> analyses, Map<EntityType, Set<String>> strongForms) {
        List<TextAnalysis> out = new ArrayList<>();
        for (TextAnalysis a : analyses) {
            List<EntityMention> entities = new ArrayList<>(a.entities());
            for (EntityMention weak : a.weakEntities()) {
                boolean aliasOfStrong = strongForms.getOrDefault(weak.type(), Set.of()).stream()
                    .anyMatch(full -> full.length() > weak.text().length() && isAliasOf(weak.text(), full, weak.type()));
                if (aliasOfStrong) {
                    entities.add(weak);
                }
            }
            entities.sort(Comparator.comparingInt(EntityMention::start));
            out.add(new TextAnalysis(entities, a.titles(), a.terms()));
        }
        for (TextAnalysis a : out) {
            for (EntityMention m : a.entities()) {
                strongForms.computeIfAbsent(m.type(), t -> new LinkedHashSet<>()).add(m.canonical());
            }
        }
        return out;
    }

    static boolean isAliasOf(String shortForm, String full, EntityType type) {
        if (type == EntityType.PERSON) {
            return false;
        }
        if (shortForm.length() >= 3 && full.endsWith(shortForm)) {
            return true;
        }
        if (full.startsWith(shortForm) && GENERIC_TAILS.contains(full.substring(shortForm.length()))) {
            return true;
        }
        if (shortForm.charAt(shortForm.length() - 1) != full.charAt(full.length() - 1) || shortForm.length() < 3) {
            return false;
        }
        for (int drop = 0; drop <= Math.min(3, full.length() - shortForm.length()); drop++) {
            String rest = full.substring(drop);
            if (rest.charAt(0) == shortForm.charAt(0) && isSubsequence(shortForm, rest)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubsequence(String shortForm, String full) {
        int i = 0;
        for (int j = 0; j < full.length() && i < shortForm.length(); j++) {
            if (full.charAt(j) == shortForm.charAt(i)) {
                i++;
            }
        }
        return i == shortForm.length();
    }
}
