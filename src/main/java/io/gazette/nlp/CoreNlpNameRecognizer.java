package io.gazette.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.util.Index;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stanford CoreNLP's Chinese models behind {@link NameRecognizer}: the CTB word segmenter (small model) and the
 * seven-class CRF trained on annotated Chinese news with distributional-similarity features. Consecutive words
 * of one class make one name, except that a run of places the KBP place gazetteer knows word by word
 * (浙江省 杭州市) is split into its places. GPE and LOCATION are places. FACILITY is a place only where it is a
 * venue people go to (a station, port, park, square, museum, temple, tomb: 首都机场, 天安门广场); roads and buildings,
 * most of the class on local pages, are addresses, which the warehouse counts as neither places nor organisations
 * (taken whole, the class adds about 0.005 F1 on national news and costs 0.045 on local pages; venues alone add
 * 0.004-0.007 on national news and nothing is lost on local pages). The only class that imports edu.stanford.
 */
public final class CoreNlpNameRecognizer implements NameRecognizer {

    private static final String MODELS = "edu/stanford/nlp/models/";
    private static final String SEGMENTER = MODELS + "segmenter/chinese/ctb.small.gz";
    private static final String NER = MODELS + "ner/chinese.misc.distsim.crf.ser.gz";
    private static final String GAZETTEER = MODELS + "kbp/chinese/gazetteers/cn_regexner_mapping.tab";
    private static final Set<String> GAZETTEER_PLACES = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** Sentences are classified one at a time: the CRF's cost grows with sequence length. */
    private static final String SENTENCE_ENDS = "。！？!?；;\n";

    /** Admin-level words that end a place name; a place run (湖南 醴陵市) splits before the word that ends with one. */
    private static final String ADMIN_ENDINGS = "省市县区州盟旗镇乡村";
    private static final Pattern SHIRT_NUMBER = Pattern.compile("[0-9０-９]+号");
    private static final String FACILITY = "FACILITY";
    /** Facilities that are places people go to (stations, ports, parks, museums, sights); roads and buildings are not. */
    private static final List<String> VENUES = List.of("车站", "火车站", "机场", "码头", "港口", "公园", "广场", "博物馆", "纪念馆",
        "美术馆", "展览馆", "体育馆", "体育场", "教堂", "寺", "庙", "宫", "城楼", "故居", "旧居", "陵", "墓", "景区", "风景区", "山庄",
        "动物园", "植物园");
    /** The shortest stretch read as a list of people: three names. */
    private static final int MIN_LIST_LENGTH = 8;

    /**
     * The models, loaded once per process whoever asks first: {@link #preload} on its own thread while the
     * application starts, or the first recogniser that needs them (which then waits for a load under way).
     */
    private static final FutureTask<Models> MODELS_LOAD = new FutureTask<>(Models::loadWithinHeap);

    private final NameListReader listReader;
    private final Set<String> placeAbbreviations;

    /**
     * A recogniser with the knowledge the model lacks, as data.
     *
     * @param surnames single- and two-character surnames, most frequent first: a run of people's names written
     *     without separators (张三李四) is split into the most likely names
     * @param placeAbbreviations one-character short forms of countries and provinces (中 美 京 沪): a "place" made
     *     only of them (中美, 京津冀) is that many places
     */
    public CoreNlpNameRecognizer(List<String> surnames, Set<String> placeAbbreviations) {
        this.listReader = new NameListReader(surnames);
        this.placeAbbreviations = Set.copyOf(placeAbbreviations);
    }

    @Override
    public List<NameMention> recognise(String text) {
        Models loaded = models();
        List<NameMention> names = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                int end = Math.min(text.length(), i + 1);
                if (text.substring(start, end).codePoints().anyMatch(Character::isLetter)) {
                    names.addAll(sentence(loaded, text, start, end));
                }
                start = end;
            }
        }
        return names;
    }

    private List<NameMention> sentence(Models loaded, String text, int from, int to) {
        List<String> words = loaded.segmenter().segmentString(text.substring(from, to));
        List<CoreLabel> tokens = new ArrayList<>(words.size());
        int cursor = from;
        for (String word : words) {
            int at = text.indexOf(word, cursor);
            if (at < 0 || at >= to) {
                at = Math.min(cursor, to);
            }
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            token.setValue(word);
            token.setBeginPosition(at);
            token.setEndPosition(Math.min(to, at + word.length()));
            tokens.add(token);
            cursor = token.endPosition();
        }
        List<CoreLabel> labelled = loaded.ner().classifySentence(tokens);
        return names(text, labelled, loaded.places());
    }

    private List<NameMention> names(String text, List<CoreLabel> labelled, Set<String> places) {
        List<NameMention> names = new ArrayList<>();
        List<int[]> lists = nameLists(text, labelled, names);
        int i = 0;
        while (i < labelled.size()) {
            int at = labelled.get(i).beginPosition();
            if (FACILITY.equals(labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class))) {
                int j = i + 1;
                while (j < labelled.size() && FACILITY.equals(labelled.get(j).get(CoreAnnotations.AnswerAnnotation.class))) {
                    j++;
                }
                int end = labelled.get(j - 1).endPosition();
                if (VENUES.stream().anyMatch(v -> text.startsWith(v, end - v.length()) && end - at > v.length())) {
                    add(names, text, EntityType.PLACE, at, end);
                }
                i = j;
                continue;
            }
            EntityType type = type(labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class));
            if (type == null || lists.stream().anyMatch(span -> span[0] <= at && at < span[1])) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labelled.size() && type == type(labelled.get(j).get(CoreAnnotations.AnswerAnnotation.class))
                && labelled.get(j).beginPosition() == labelled.get(j - 1).endPosition()) {
                j++;
            }
            List<CoreLabel> run = labelled.subList(i, j);
            if (type == EntityType.PERSON) {
                addPeople(names, text, run);
            } else if (type == EntityType.PLACE) {
                addPlaces(names, text, run, places);
            } else {
                int begin = run.get(0).beginPosition();
                int end = run.get(run.size() - 1).endPosition();
                // An "organisation" that is exactly a city, province or country the gazetteer knows (来到雅典) is the place.
                add(names, text, places.contains(text.substring(begin, end)) ? EntityType.PLACE : type, begin, end);
            }
            i = j;
        }
        return names;
    }

    /**
     * Stretches of text between punctuation that are lists of people printed without separators: eight characters
     * or more, mostly read as people by the model, and read by {@link NameListReader} as three names or more that
     * agree with every person the model found there. The model often loses its way in such lists (a name read as
     * an organisation, a given name left out); the list reading replaces its labels there. Adds the people to
     * {@code names}; returns the stretches.
     */
    private List<int[]> nameLists(String text, List<CoreLabel> labelled, List<NameMention> names) {
        List<int[]> lists = new ArrayList<>();
        if (labelled.isEmpty()) {
            return lists;
        }
        int from = labelled.get(0).beginPosition();
        int to = labelled.get(labelled.size() - 1).endPosition();
        int start = from;
        for (int k = from; k <= to; k++) {
            if (k < to && NameListReader.isNameCharacter(text.charAt(k))) {
                continue;
            }
            if (k - start >= MIN_LIST_LENGTH) {
                int[] span = {start, k};
                List<Integer> reading = listReading(text, labelled, span);
                if (reading != null) {
                    lists.add(span);
                    int at = start;
                    for (int length : reading) {
                        add(names, text, EntityType.PERSON, at, at + length);
                        at += length;
                    }
                }
            }
            start = k + 1;
        }
        return lists;
    }

    private List<Integer> listReading(String text, List<CoreLabel> labelled, int[] span) {
        Set<Integer> wordStarts = new HashSet<>();
        Set<Integer> personEdges = new HashSet<>();
        int personCharacters = 0;
        for (CoreLabel token : labelled) {
            if (token.beginPosition() < span[0] || token.endPosition() > span[1]) {
                continue;
            }
            wordStarts.add(token.beginPosition() - span[0]);
            if (type(token.get(CoreAnnotations.AnswerAnnotation.class)) == EntityType.PERSON) {
                personCharacters += token.endPosition() - token.beginPosition();
                personEdges.add(token.beginPosition() - span[0]);
                personEdges.add(token.endPosition() - span[0]);
            }
        }
        if (personCharacters * 2 < span[1] - span[0]) {
            return null;
        }
        List<Integer> reading = listReader.read(text.substring(span[0], span[1]), wordStarts);
        if (reading == null || reading.size() < 3) {
            return null;
        }
        Set<Integer> cuts = new HashSet<>();
        int at = 0;
        for (int length : reading) {
            cuts.add(at);
            at += length;
        }
        cuts.add(at);
        // Where the model ends one person and starts the next, the reading cuts too (its people stand).
        return cuts.containsAll(personEdges) ? reading : null;
    }

    /**
     * A run of place words is one place unless it is places side by side: it is cut after a word that is a place
     * (known to the gazetteer, or ending in an administrative level: 江苏省, 自治州) when the next word is one too
     * (杭州市, 醴陵市); 香港 特别 行政区 stays whole, as 特别 is no place.
     */
    private void addPlaces(List<NameMention> names, String text, List<CoreLabel> run, Set<String> places) {
        int start = run.get(0).beginPosition();
        for (int k = 0; k + 1 < run.size(); k++) {
            // A place ends here when its last word, or all of it since the last cut (中华人民共和国 of 中华 人民 共和国),
            // is a place and a place begins with the next word (香港).
            boolean endsAPlace = isPlaceWord(run.get(k).word(), places)
                || places.contains(text.substring(start, run.get(k).endPosition()));
            if (endsAPlace && beginsAPlace(text, run, k + 1, places)) {
                addPlace(names, text, start, run.get(k).endPosition(), places);
                start = run.get(k + 1).beginPosition();
            }
        }
        addPlace(names, text, start, run.get(run.size() - 1).endPosition(), places);
    }

    /** Whether the words of a run from {@code from} on open with a place: a place word, or words that make a known place. */
    private static boolean beginsAPlace(String text, List<CoreLabel> run, int from, Set<String> places) {
        if (isPlaceWord(run.get(from).word(), places)) {
            return true;
        }
        for (int m = from + 1; m < run.size(); m++) {
            if (places.contains(text.substring(run.get(from).beginPosition(), run.get(m).endPosition()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlaceWord(String word, Set<String> places) {
        return places.contains(word) || word.length() >= 2 && ADMIN_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    private void addPlace(List<NameMention> names, String text, int start, int end, Set<String> places) {
        String place = text.substring(start, end);
        // 中美 is two places, but 辽宁, made of two short forms too, is one the gazetteer knows.
        boolean shortForms = !places.contains(place) && place.chars().allMatch(c -> placeAbbreviations.contains(String.valueOf((char) c)));
        if (place.length() >= 2 && place.length() <= 4 && shortForms) {
            for (int k = start; k < end; k++) {
                add(names, text, EntityType.PLACE, k, k + 1);
            }
        } else {
            add(names, text, EntityType.PLACE, start, end);
        }
    }

    /**
     * One person, or several names printed without separators (a list of officials, 张三李四王五): a run of five
     * characters or more, or of four the segmenter cut in two, is read as the most likely sequence of names (see
     * {@link NameListReader}); a run that reads as no sequence of names stays one person. A player's number before
     * the name (9号) is cut off, and partners printed with a slash (甲／乙) are two people.
     */
    private void addPeople(List<NameMention> names, String text, List<CoreLabel> run) {
        Set<Integer> wordStarts = new HashSet<>();
        run.forEach(t -> wordStarts.add(t.beginPosition()));
        addPeople(names, text, run.get(0).beginPosition(), run.get(run.size() - 1).endPosition(), wordStarts);
    }

    private void addPeople(List<NameMention> names, String text, int from, int end, Set<Integer> wordStarts) {
        Matcher number = SHIRT_NUMBER.matcher(text).region(from, end);
        int start = number.lookingAt() ? number.end() : from;
        int slash = indexOfAny(text, "/／", start, end);
        if (slash >= 0) {
            addPeople(names, text, start, slash, wordStarts);
            addPeople(names, text, slash + 1, end, wordStarts);
            return;
        }
        if (end - start < 2) {
            return;
        }
        String span = text.substring(start, end);
        Set<Integer> cuts = new HashSet<>();
        wordStarts.stream().filter(k -> start <= k && k < end).forEach(k -> cuts.add(k - start));
        cuts.add(0);
        List<Integer> reading = listReader.read(span, cuts);
        if (reading == null) {
            add(names, text, EntityType.PERSON, start, end);
            return;
        }
        int at = start;
        for (int length : reading) {
            add(names, text, EntityType.PERSON, at, at + length);
            at += length;
        }
    }

    private static int indexOfAny(String text, String characters, int from, int to) {
        for (int k = from; k < to; k++) {
            if (characters.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    private static void add(List<NameMention> names, String text, EntityType type, int start, int end) {
        // A name never crosses an unclosed bracket (宣传部(新闻办); X式 is X's style (中国式现代化), the place is X.
        for (int k = start; k < end; k++) {
            if ("(（《“".indexOf(text.charAt(k)) >= 0 && text.substring(k, end).chars().noneMatch(c -> ")）》”".indexOf(c) >= 0)) {
                end = k;
            }
        }
        if (type == EntityType.PLACE && end - start > 2 && text.charAt(end - 1) == '式') {
            end--;
        }
        if (end - start >= (type == EntityType.PLACE ? 1 : 2) && end <= text.length()) {
            names.add(new NameMention(text.substring(start, end), type, start, end));
        }
    }

    private static EntityType type(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORG;
            case "GPE", "LOCATION" -> EntityType.PLACE;
            default -> null;
        };
    }

    @Override
    public void load() {
        models();
    }

    /**
     * Starts loading the models on a daemon thread and returns at once: a command that will analyse text calls
     * this first, so that the 7 s of loading overlap the application's own start. Later calls do nothing.
     */
    public static void preload() {
        Thread loader = new Thread(MODELS_LOAD, "gazette-model-load");
        loader.setDaemon(true);
        loader.start();
    }

    private static Models models() {
        MODELS_LOAD.run(); // loads here unless a load has run or is running elsewhere
        try {
            return MODELS_LOAD.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the name model loads", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private record Models(CRFClassifier<CoreLabel> segmenter, CRFClassifier<CoreLabel> ner, Set<String> places) {

        /** {@link #load}, with a heap too small for the models said in one line. */
        static Models loadWithinHeap() {
            try {
                return load();
            } catch (OutOfMemoryError e) {
                throw new IllegalStateException("the Chinese name model needs about 700 MB of heap and has "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB: run java with -Xmx1200m or more");
            }
        }

        static Models load() {
            Properties segmenterFlags = new Properties();
            segmenterFlags.setProperty("sighanCorporaDict", MODELS + "segmenter/chinese");
            segmenterFlags.setProperty("serDictionary", MODELS + "segmenter/chinese/dict-chris6.ser.gz");
            segmenterFlags.setProperty("inputEncoding", "UTF-8");
            segmenterFlags.setProperty("sighanPostProcessing", "true");
            CRFClassifier<CoreLabel> segmenter = new CRFClassifier<>(segmenterFlags);
            try {
                segmenter.loadClassifier(SEGMENTER, segmenterFlags);
                packFeatures(segmenter);
                CRFClassifier<CoreLabel> ner = CRFClassifier.getClassifier(NER);
                packFeatures(ner);
                // The segmenter reads its word dictionary on first use: here, not on the first page's time.
                segmenter.segmentString("中文");
                return new Models(segmenter, ner, gazetteerPlaces());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the CoreNLP Chinese models from the classpath", e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("CoreNLP model of another version: " + e.getMessage(), e);
            }
        }

        /**
         * Replaces a loaded CRF's feature index by a {@link PackedFeatureIndex}: the same numbers for the same
         * features in about a fifth of the memory. A CoreNLP whose classifier has no such field keeps its own.
         */
        @SuppressWarnings("unchecked")
        private static void packFeatures(CRFClassifier<CoreLabel> classifier) {
            try {
                Field field = CRFClassifier.class.getDeclaredField("featureIndex");
                field.setAccessible(true);
                field.set(classifier, PackedFeatureIndex.pack((Index<String>) field.get(classifier)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                // another CoreNLP release: its own index works, only bigger
            }
        }

        private static Set<String> gazetteerPlaces() throws IOException {
            Set<String> places = new HashSet<>();
            try (BufferedReader reader = IOUtils.readerFromString(GAZETTEER, "UTF-8")) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] fields = line.split("\t");
                    if (fields.length >= 2 && GAZETTEER_PLACES.contains(fields[1])) {
                        places.add(fields[0]);
                    }
                }
            }
            return Set.copyOf(places);
        }
    }
}
