package io.gazette.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The language stage: names from the trained model behind {@link NameRecognizer}, HanLP (portable, bundled
 * dictionaries) for segmentation, terms and the organisations and places its dictionary knows, and general rules
 * on top: people anchored by their posts, organisation and place names built up to their suffix, posts cut from
 * organisations, bare generic bodies kept only as short forms. One configured segmenter is shared: HanLP's segment
 * is safe to call from several threads once its dictionaries are loaded, and so is the recogniser.
 */
public final class HanlpTextAnalyzer implements TextAnalyzer {

    private static final int CUSTOM_FREQUENCY = 2000;
    private static final List<String> DOCTRINES = List.of("理论", "思想", "主义", "学说", "精神");
    /** Last characters of bodies' names: 委员会, 外交部, 法院, 公司, 报社, 联盟, 银行, 大学, 中央, 化学系, 周刊, 中共, 宝钢 ... */
    private static final String ORG_ENDINGS = "会部院司委社团局行学厂党大织国军心盟台协报央联署所处组校室队馆店厅办班庭站系刊共际钢";
    private static final String NAME_FOLLOWERS = " ,，。;；:：!?！？、“”()（）说讲称指强等在和与及";

    private final Lexicon lexicon;
    private final Segment segment;
    private final Segment fineSegment;
    private final TitledPersonFinder titledPersons;
    private final NameCompounder compounder;
    private final NameRecognizer names;
    private final NameRules rules;

    /** The analyser with the bundled lexicon and the trained name model. */
    public static HanlpTextAnalyzer withBundledLexicon() {
        Lexicon lexicon = Lexicon.bundled();
        return new HanlpTextAnalyzer(lexicon, lexicon.nameRecognizer());
    }

    public HanlpTextAnalyzer(Lexicon lexicon, NameRecognizer names) {
        this.lexicon = lexicon;
        this.names = names;
        this.rules = new NameRules(lexicon);
        synchronized (HanlpTextAnalyzer.class) {
            lexicon.words().forEach((word, type) -> CustomDictionary.insert(word, nature(type) + " " + CUSTOM_FREQUENCY));
        }
        this.segment = HanLP.newSegment()
            .enableOffset(true)
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableCustomDictionary(true);
        // HanLP's place and organisation recognisers glue neighbouring words into one token (东湖街道李庄村党群服务中心);
        // compounds, titles and terms are read from a second, finer segmentation without them.
        this.fineSegment = HanLP.newSegment()
            .enableOffset(true)
            .enableNameRecognize(true)
            .enableCustomDictionary(true);
        this.titledPersons = new TitledPersonFinder(lexicon);
        this.compounder = new NameCompounder(lexicon);
    }

    @Override
    public boolean isLocalName(String canonical) {
        String body = canonical.length() > 1 && "省市区县镇乡村".indexOf(canonical.charAt(0)) >= 0 ? canonical.substring(1) : canonical;
        return body.equals("委") || lexicon.orgSuffixes().contains(body);
    }

    @Override
    public void load() {
        names.load();
        segment.seg("加载");
    }

    @Override
    public TextAnalysis analyse(String text) {
        if (text.isBlank()) {
            return TextAnalysis.EMPTY;
        }
        List<Token> tokens = tokens(segment, text);
        List<Token> fine = withPostsApart(tokens(fineSegment, text));
        List<Candidate> candidates = new ArrayList<>();
        List<PersonTitle> titles = new ArrayList<>();
        List<NameMention> modelNames = names.recognise(text);
        for (TitledPersonFinder.Found found : titledPersons.find(text, fine)) {
            if (!confirmed(found, modelNames)) {
                continue;
            }
            candidates.add(new Candidate(new EntityMention(found.name(), EntityType.PERSON, found.name(), found.start(),
                found.start() + found.name().length()), 3));
            titles.addAll(found.titles());
        }
        List<NameMention> bySurname = rules.addressedBySurname(text, fine, HanlpTextAnalyzer::isCommonWord);
        for (NameMention surname : bySurname) {
            candidates.add(new Candidate(new EntityMention(surname.text(), EntityType.PERSON, canonical(surname.text()), surname.start(),
                surname.end()), 3));
        }
        for (NameMention place : rules.shortFormPlaces(text, fine)) {
            candidates.add(new Candidate(new EntityMention(place.text(), EntityType.PLACE, place.text(), place.start(), place.end()), 0));
        }
        List<EntityMention> weak = new ArrayList<>();
        List<EntityMention> parents = new ArrayList<>();
        for (NameCompounder.Compound compound : compounder.compounds(text, fine)) {
            if (compound.mention().type() == EntityType.PLACE && runsOverASentence(compound.mention(), fine, modelNames)) {
                continue;
            }
            if (compound.strong()) {
                candidates.add(new Candidate(compound.mention(), 2));
                if (compound.parent() != null) {
                    parents.add(compound.parent());
                }
            } else {
                weak.add(compound.mention());
            }
        }
        for (NameMention recognised : modelNames.stream().flatMap(m -> NameRules.stationedApart(m).stream()).toList()) {
            NameMention name = withHanlpNameEnd(NameRules.withOrdinal(text,
                rules.withoutTrailingPost(NameRules.withoutFamiliarPrefix(NameRules.withoutRegionWord(recognised)))), tokens);
            if (name.type() == EntityType.PLACE && name.text().equals(NameRules.REGION)) {
                continue;
            }
            if (name.type() == EntityType.PERSON && cutsThroughAWord(name, fine)
                || name.type() == EntityType.ORG && (startsOrEndsInsideAWord(name, fine) || isOrganisationOfCommonWords(name, fine))) {
                continue;
            }
            if (name.type() == EntityType.ORG && isLocalName(name.text())) {
                // A bare generic body (卫生院, 招商局) counts only as the short form of a full name in the edition.
                weak.add(new EntityMention(name.text(), EntityType.ORG, canonical(name.text()), name.start(), name.end()));
                continue;
            }
            if (name.type() == EntityType.PLACE && (NameRules.namesAStreet(text, name.end()) || rules.isSideOrCapital(name.text()))) {
                continue;
            }
            if (!lexicon.notNames().contains(name.text())) {
                candidates.add(new Candidate(new EntityMention(name.text(), name.type(), canonical(name.text()), name.start(),
                    name.end()), 1));
            }
        }
        // An organisation name made only of common words (便民服务中心, 卫生院) is weak whoever proposes it.
        candidates.removeIf(c -> c.priority() == 1 && c.mention().type() == EntityType.ORG
            && weak.stream().anyMatch(w -> w.start() <= c.mention().start() && c.mention().end() <= w.end()));
        for (NameMention congress : NameRules.partyCongresses(text)) {
            candidates.add(new Candidate(new EntityMention(congress.text(), EntityType.ORG, canonical(congress.text()), congress.start(),
                congress.end()), 1));
        }
        // Names HanLP's dictionary knows as organisations or places fill what the model left out (外交部, 政协).
        for (Token t : tokens) {
            String type = dictionaryEntity(t);
            if (type == null && isGuessedPerson(t, text)) {
                type = "PERSON";
                // The model reads some given names as places (王秀英 after a village name): a "place" with no place suffix
                // that is exactly a name HanLP reads as a person is the person.
                boolean replaced = candidates.removeIf(c -> c.priority() == 1 && c.mention().start() == t.start()
                    && c.mention().end() == t.end() && c.mention().type() != EntityType.PERSON && !hasNameSuffix(t.word()));
                if (replaced) {
                    EntityMention person = new EntityMention(t.word(), EntityType.PERSON, canonical(t.word()), t.start(), t.end());
                    candidates.add(new Candidate(person, 1));
                    continue;
                }
            }
            if (type != null) {
                candidates.add(new Candidate(new EntityMention(t.word(), EntityType.valueOf(type), canonical(t.word()), t.start(), t.end()),
                    0));
            }
        }
        for (Token t : fine) {
            String person = eponym(t.word());
            if (person != null) {
                int end = t.start() + person.length();
                candidates.add(new Candidate(new EntityMention(person, EntityType.PERSON, canonical(person), t.start(), end), 1));
            }
        }
        for (Candidate c : List.copyOf(candidates)) {
            EntityMention named = c.mention();
            int team = named.type() == EntityType.PERSON || named.text().endsWith("队") ? named.end() : NameRules.teamEnd(text, named.end());
            if (team > named.end()) {
                String name = text.substring(named.start(), team);
                candidates.add(new Candidate(new EntityMention(name, EntityType.ORG, canonical(name), named.start(), team), 2));
            }
        }
        agreeWithTheModel(candidates, fine);
        // 美国政府, 克林顿政府: a government named by its country or leader is no organisation name (the formal name
        // is X人民政府); the country, where named, is a place.
        candidates.removeIf(c -> c.mention().type() == EntityType.ORG && c.mention().text().endsWith("政府")
            && !c.mention().text().endsWith("人民政府"));
        // A place inside an organisation's name (合肥市 in 合肥市公安局) is part of that name, not a place the text names
        // (the convention of the annotated Chinese news corpora too).
        List<EntityMention> entities = new ArrayList<>(placesSideBySide(withoutOverlaps(candidates), fine));
        List<EntityMention> withRepeats = withFullNames(repeatKnownPeople(text, entities, bySurname), bySurname);
        for (EntityMention parent : parents) {
            // The body a unit belongs to is named too: 淮安经济技术开发区 within 淮安经济技术开发区党工委.
            if (withRepeats.stream().anyMatch(e -> e.start() <= parent.start() && parent.end() < e.end())) {
                withRepeats.add(parent);
            }
        }
        withRepeats.sort(Comparator.comparingInt(EntityMention::start));
        List<EntityMention> weakOutside = weak.stream()
            .filter(w -> withRepeats.stream().noneMatch(e -> e.start() < w.end() && w.start() < e.end())).toList();
        return new TextAnalysis(withRepeats, List.copyOf(titles), terms(fine), weakOutside);
    }

    private static List<Token> tokens(Segment segmenter, String text) {
        List<Token> tokens = new ArrayList<>();
        for (com.hankcs.hanlp.seg.common.Term term : segmenter.seg(text)) {
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(), term.offset));
        }
        return tokens;
    }

    /**
     * The dictionary has some posts with their body as one word (党委书记); the body ends an organisation's name
     * (开发区 + 党委) and the post is the title, so such a word is read as the two.
     */
    private List<Token> withPostsApart(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String post = lexicon.titles().stream()
                .filter(title -> t.word().endsWith(title)
                    && lexicon.orgSuffixes().contains(t.word().substring(0, t.word().length() - title.length())))
                .findFirst().orElse(null);
            if (post == null || t.word().length() - post.length() < 2) {
                out.add(t);
            } else {
                int cut = t.word().length() - post.length();
                out.add(new Token(t.word().substring(0, cut), "nis", t.start()));
                out.add(new Token(post, "nnt", t.start() + cut));
            }
        }
        return out;
    }

    /**
     * The model reads whole words of its segmenter, so a name whose last character the segmenter glued to the next
     * word (周立柱 + 案件 read as 周立 + 柱案件) loses it. Where the model reads a two-character name and HanLP's
     * character-level name recogniser reads three at the same start, the longer name stands. (The other way round,
     * HanLP cuts real three-character names short more often than it mends a glued character.)
     */
    private static NameMention withHanlpNameEnd(NameMention name, List<Token> tokens) {
        if (name.type() != EntityType.PERSON) {
            return name;
        }
        for (Token t : tokens) {
            if (t.start() == name.start() && t.nature().equals("nr") && t.end() == name.end() + 1 && t.word().length() == 3) {
                return new NameMention(t.word(), EntityType.PERSON, t.start(), t.end());
            }
        }
        return name;
    }

    /**
     * An organisation's name starts and ends where words do: the model's name that starts or ends inside one of
     * HanLP's words (市 + 委员会 read from 城市委员会's middle) has its boundary wrong.
     */
    static boolean startsOrEndsInsideAWord(NameMention name, List<Token> fine) {
        return crossesA(name, fine, t -> !t.isPunctuation());
    }

    /** True when {@code name} starts or ends strictly inside a token that {@code counts}. */
    private static boolean crossesA(NameMention name, List<Token> fine, java.util.function.Predicate<Token> counts) {
        for (Token t : fine) {
            boolean crossed = t.start() < name.start() && name.start() < t.end() || t.start() < name.end() && name.end() < t.end();
            if (crossed && counts.test(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name never starts or ends inside a lexicon word or a dictionary word of three or more characters (质生产 of
     * 新质生产力 is no person); two-character words are left alone, as names often overlap them (孙建平常常: 平常).
     */
    private boolean cutsThroughAWord(NameMention name, List<Token> fine) {
        return crossesA(name, fine,
            t -> lexicon.words().containsKey(t.word()) || t.word().length() >= 3 && CoreDictionary.get(t.word()) != null);
    }

    /**
     * A place built up to its suffix over several words that include an adverb, conjunction, preposition, particle,
     * pronoun or 是, or a person the model found (要往 + 镇, 甲和 + 上海市), took in part of the sentence. (Verbs
     * and nouns do make place names: 滨河安置小区, 建设村.)
     */
    static boolean runsOverASentence(EntityMention place, List<Token> fine, List<NameMention> modelNames) {
        List<Token> inside = tokensWithin(fine, place.start(), place.end());
        if (inside.size() < 3) {
            return false;
        }
        boolean sentenceWord = inside.subList(0, inside.size() - 1).stream()
            .anyMatch(t -> "cpdur".indexOf(t.nature().charAt(0)) >= 0 || t.nature().equals("vshi"));
        return sentenceWord
            || modelNames.stream().anyMatch(n -> n.type() == EntityType.PERSON && place.start() <= n.start() && n.end() < place.end());
    }

    /**
     * A place read as one name that is places the dictionary knows side by side, the second or the first an
     * administrative division (南京 + 鼓楼区, 江苏省 + 南京市), is those places: each is named.
     */
    static List<EntityMention> placesSideBySide(List<EntityMention> entities, List<Token> fine) {
        List<EntityMention> out = new ArrayList<>(entities.size());
        for (EntityMention e : entities) {
            List<Token> inside = e.type() != EntityType.PLACE ? List.of()
                : tokensWithin(fine, e.start(), e.end());
            int start = e.start();
            for (int k = 0; k + 1 < inside.size(); k++) {
                Token left = inside.get(k);
                Token right = inside.get(k + 1);
                boolean placesOnly = left.start() == start && left.nature().startsWith("ns") && right.nature().startsWith("ns");
                if (placesOnly && (isDivision(left.word()) || isDivision(right.word()))) {
                    out.add(new EntityMention(left.word(), EntityType.PLACE, canonical(left.word()), left.start(), left.end()));
                    start = right.start();
                }
            }
            out.add(start == e.start() ? e : new EntityMention(e.text().substring(start - e.start()), EntityType.PLACE,
                canonical(e.text().substring(start - e.start())), start, e.end()));
        }
        return out;
    }

    private static boolean isDivision(String word) {
        return word.length() >= 2 && "省市县区州".indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    /**
     * An organisation's name has a proper part (a place, a name, an abbreviation, a word no dictionary knows, a
     * Latin letter) or ends like a body (会, 局, 公司 ...): the model's "organisation" made of common words with
     * neither (文化体育, 城乡比) is none.
     */
    boolean isOrganisationOfCommonWords(NameMention name, List<Token> fine) {
        if (ORG_ENDINGS.indexOf(name.text().charAt(name.text().length() - 1)) >= 0
            || lexicon.orgSuffixes().stream().anyMatch(name.text()::endsWith)) {
            return false;
        }
        return tokensWithin(fine, name.start(), name.end()).stream()
            .allMatch(t -> !t.isProper() && CoreDictionary.get(t.word()) != null
                && t.word().codePoints().allMatch(Character::isIdeographic));
    }

    /**
     * Where a suffix-built name and the model's name of the same type end together but the suffix rule reached
     * further left over common words only (老家四川省, 整个海淀区), the model's start is right; where
     * the model reads a suffix-built place as several places (湖南 醴陵市), so are they.
     */
    private void agreeWithTheModel(List<Candidate> candidates, List<Token> fine) {
        List<Candidate> model = candidates.stream().filter(c -> c.priority() == 1).toList();
        List<Candidate> replaced = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.priority() != 2) {
                continue;
            }
            EntityMention compound = c.mention();
            List<EntityMention> inside = model.stream().map(Candidate::mention)
                .filter(m -> m.type().equals(compound.type()) && compound.start() <= m.start() && m.end() <= compound.end()).toList();
            boolean sameEnd = inside.stream().anyMatch(m -> m.end() == compound.end() && m.start() > compound.start()
                && commonWordsOnly(fine, compound.start(), m.start()));
            boolean severalPlaces = compound.type() == EntityType.PLACE && inside.size() >= 2
                && inside.stream().mapToInt(m -> m.end() - m.start()).sum() == compound.end() - compound.start();
            if (sameEnd || severalPlaces) {
                replaced.add(c);
            }
        }
        candidates.removeAll(replaced);
    }

    /** The words that lie wholly inside {@code [start, end)}. */
    private static List<Token> tokensWithin(List<Token> fine, int start, int end) {
        return fine.stream().filter(t -> start <= t.start() && t.end() <= end).toList();
    }

    private static boolean commonWordsOnly(List<Token> fine, int start, int end) {
        return fine.stream().filter(t -> t.start() < end && start < t.end()).noneMatch(Token::isProper);
    }

    /**
     * A name read after a post stands when the model reads the same person, or, where the model saw no person
     * there or only part of it, when it opens with a surname and is no dictionary word (立即, 这里 after 主任 are not
     * people); where the model reads a longer name over it (a transliterated name), the model is right.
     */
    private boolean confirmed(TitledPersonFinder.Found found, List<NameMention> modelNames) {
        int start = found.start();
        int end = start + found.name().length();
        List<NameMention> overlapping = modelNames.stream()
            .filter(n -> n.type() == EntityType.PERSON && n.start() < end && start < n.end()).toList();
        if (overlapping.stream().anyMatch(n -> n.start() == start && n.end() == end)) {
            return true;
        }
        boolean modelReadsMore = overlapping.stream().anyMatch(n -> n.start() < start || end < n.end());
        return !modelReadsMore && lexicon.startsWithSurname(found.name()) && CoreDictionary.get(found.name()) == null;
    }

    private boolean hasNameSuffix(String word) {
        return lexicon.placeSuffixes().stream().anyMatch(word::endsWith) || lexicon.orgSuffixes().stream().anyMatch(word::endsWith);
    }

    /** HanLP's person names (Chinese, transliterated, Japanese) that pass the checks against its usual false guesses. */
    private boolean isGuessedPerson(Token t, String text) {
        String nature = t.nature();
        if (lexicon.notNames().contains(t.word())) {
            return false;
        }
        if (nature.equals("nrf") || nature.equals("nrj")) {
            // Transliterated and Japanese names: three characters or more, and no word the dictionary knows.
            return t.word().length() >= 3 && CoreDictionary.get(t.word()) == null && !lexicon.words().containsKey(t.word());
        }
        return nature.equals("nr") && ("PERSON".equals(dictionaryType(t.word())) || looksLikePerson(t.word(), text, t.end()));
    }

    /**
     * The person a doctrine written as one word is named after (X理论, X思想, X主义, X学说, X精神), when the
     * dictionary knows X as a person's name only.
     */
    private static String eponym(String word) {
        for (String doctrine : DOCTRINES) {
            if (word.length() >= doctrine.length() + 2 && word.endsWith(doctrine)) {
                String person = word.substring(0, word.length() - doctrine.length());
                return "PERSON".equals(dictionaryType(person)) ? person : null;
            }
        }
        return null;
    }

    /** A word HanLP's core dictionary knows, other than as a person's name. */
    private static boolean isCommonWord(String word) {
        CoreDictionary.Attribute known = CoreDictionary.get(word);
        return known != null && !known.nature[0].toString().startsWith("nr");
    }

    /** The type HanLP's core dictionary gives a whole word (not a guess) when it is an organisation or a place. */
    private String dictionaryEntity(Token t) {
        String word = t.word();
        if (word.length() < 2 || lexicon.notNames().contains(word)) {
            return null;
        }
        String known = lexicon.words().get(word);
        if ("ORG".equals(known) || "PLACE".equals(known)) {
            return known;
        }
        String type = dictionaryType(word);
        if (t.nature().startsWith("ns") && "PLACE".equals(type) || t.nature().startsWith("nt") && "ORG".equals(type)) {
            return type;
        }
        return null;
    }

    /**
     * HanLP guesses many common words as names; without a title before it, a guessed name must start with a
     * common surname, be two or three characters long and be no dictionary word.
     */
    private boolean looksLikePerson(String word, String text, int end) {
        int start = end - word.length();
        if (word.length() > 3 || !lexicon.startsWithCommonSurname(word) || CoreDictionary.get(word) != null
            || start > 0 && Character.isDigit(text.charAt(start - 1))) {
            return false;
        }
        return text.indexOf(word) != text.lastIndexOf(word) || end >= text.length() || NAME_FOLLOWERS.indexOf(text.charAt(end)) >= 0
            || text.startsWith("同志", end) || text.startsWith("一行", end) || text.startsWith("表示", end) || text.startsWith("介绍", end);
    }

    /** The entity type HanLP's core dictionary gives a word on its own, if it gives only one. */
    private static String dictionaryType(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || attribute.nature.length != 1) {
            return null;
        }
        String nature = attribute.nature[0].toString();
        if (nature.startsWith("nr")) {
            return "PERSON";
        }
        if (nature.startsWith("ns")) {
            return "PLACE";
        }
        return nature.startsWith("nt") ? "ORG" : null;
    }

    /** Keeps the best candidate where spans overlap: higher rule priority, then the longer span. */
    private static List<EntityMention> withoutOverlaps(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::priority).reversed()
            .thenComparing(c -> -(c.mention().end() - c.mention().start()))
            .thenComparingInt(c -> c.mention().start()));
        List<EntityMention> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean overlaps = kept.stream().anyMatch(k -> k.start() < c.mention().end() && c.mention().start() < k.end());
            if (!overlaps) {
                kept.add(c.mention());
            }
        }
        kept.sort(Comparator.comparingInt(EntityMention::start));
        return kept;
    }

    /**
     * A person found once by a rule is the same person wherever the name recurs in the text; a surname alone (李 of
     * 李先生) is no name to look for.
     */
    private static List<EntityMention> repeatKnownPeople(String text, List<EntityMention> entities, List<NameMention> bySurname) {
        List<EntityMention> all = new ArrayList<>(entities);
        Map<String, EntityMention> people = new LinkedHashMap<>();
        entities.stream().filter(e -> e.type() == EntityType.PERSON && !isSurnameOnly(e, bySurname))
            .forEach(e -> people.putIfAbsent(e.text(), e));
        for (EntityMention person : people.values()) {
            int at = text.indexOf(person.text());
            while (at >= 0) {
                int start = at;
                int end = at + person.text().length();
                if (all.stream().noneMatch(e -> e.start() < end && start < e.end())) {
                    all.add(new EntityMention(person.text(), EntityType.PERSON, person.canonical(), start, end));
                }
                at = text.indexOf(person.text(), at + 1);
            }
        }
        all.sort(Comparator.comparingInt(EntityMention::start));
        return all;
    }

    /**
     * A person named by the surname (李 of 李先生) is the one person of the text whose full name starts with it, where
     * there is exactly one; else the surname stands alone.
     */
    private static List<EntityMention> withFullNames(List<EntityMention> entities, List<NameMention> bySurname) {
        List<EntityMention> out = new ArrayList<>(entities.size());
        for (EntityMention e : entities) {
            List<String> full = !isSurnameOnly(e, bySurname) ? List.of() : entities.stream()
                .filter(o -> o.type() == EntityType.PERSON && o.text().length() > e.text().length() && o.text().startsWith(e.text()))
                .map(EntityMention::canonical).distinct().toList();
            out.add(full.size() == 1 ? new EntityMention(e.text(), e.type(), full.get(0), e.start(), e.end()) : e);
        }
        return out;
    }

    /** A person named by the surname and a form of address (李 of 李先生). */
    private static boolean isSurnameOnly(EntityMention e, List<NameMention> bySurname) {
        return e.type() == EntityType.PERSON && bySurname.stream().anyMatch(s -> s.start() == e.start() && s.end() == e.end());
    }

    private List<Term> terms(List<Token> tokens) {
        Map<String, Term> counts = new LinkedHashMap<>();
        for (Token t : tokens) {
            String word = t.word().strip();
            if (word.isEmpty() || t.isPunctuation() || t.nature().startsWith("m") || t.nature().startsWith("q")
                || word.length() < 2 && !t.nature().startsWith("n") || lexicon.stopWords().contains(word)
                || CoreStopWordDictionary.contains(word) || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            counts.merge(word + "\t" + t.nature(), new Term(word, t.nature(), 1), (a, b) -> new Term(a.word(), a.pos(), a.count() + 1));
        }
        return List.copyOf(counts.values());
    }

    /** Canonical spelling: simplified characters. */
    static String canonical(String name) {
        return HanLP.convertToSimplifiedChinese(name);
    }

    private static String nature(String type) {
        return switch (type) {
            case "ORG" -> "nt";
            case "PLACE" -> "ns";
            default -> "n";
        };
    }

    private record Candidate(EntityMention mention, int priority) {
    }
}
