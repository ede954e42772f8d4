package io.gazette.analysis;

import io.gazette.archive.Checksums;
import io.gazette.nlp.Lexicon;
import io.gazette.nlp.NlpProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The version of the analysis an edition was loaded with: a hash of what decides its rows, so that after an upgrade
 * {@code ingest --reprocess} knows which editions to analyse again. It covers the rules (the compiled classes of the
 * text stages and the place linker), the bundled tables of units and indicators, the gazetteer of divisions, the
 * lexicon in use (the operator's files included) and the name model (which one, and the size of each of its files).
 */
public final class AnalyzerVersion {

    /** The packages whose code decides what an edition's rows hold. */
    private static final List<String> RULES = List.of("analysis", "article", "nlp", "normalize", "place", "text");
    private static final String MODELS = "edu/stanford/nlp/models/";
    private static final List<String> MODEL_FILES = List.of(MODELS + "segmenter/chinese/ctb.small.gz",
        MODELS + "ner/chinese.misc.distsim.crf.ser.gz", MODELS + "kbp/chinese/gazetteers/cn_regexner_mapping.tab");
    private static final int LENGTH = 12;

    private AnalyzerVersion() {
    }

    /** The version of the analysis with this lexicon and name model: 12 hex digits. */
    public static String of(Lexicon lexicon, NlpProperties.NameModel model) {
        MessageDigest digest = Checksums.sha256();
        try {
            for (var file : versioned().entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.getValue().getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the analysis classes to version them", e);
        }
        digest.update(describe(lexicon).getBytes(StandardCharsets.UTF_8));
        digest.update(model(model).getBytes(StandardCharsets.UTF_8));
        return Checksums.hex(digest.digest()).substring(0, LENGTH);
    }

    /**
     * The files whose bytes are versioned, by their names from their root on (the same in a jar and a class folder),
     * in name order: the text stages' classes, the place linker's with its gazetteer, the units and indicators, and
     * how an analysis becomes rows (offsets, codes).
     */
    static SortedMap<String, Resource> versioned() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        SortedMap<String, Resource> files = new TreeMap<>();
        for (String rules : RULES) {
            add(files, resolver.getResources("classpath*:io/gazette/" + rules + "/**/*.class"), "io/gazette/");
        }
        add(files, resolver.getResources("classpath*:normalize/**/*.*"), "normalize/");
        add(files, resolver.getResources("classpath*:places/**/*.*"), "places/");
        add(files, resolver.getResources("classpath*:io/gazette/warehouse/FactTables*.class"), "io/gazette/");
        return files;
    }

    /** The lexicon's content in a fixed order, whatever order its sets keep. */
    static String describe(Lexicon lexicon) {
        return String.join("\n", new TreeMap<>(lexicon.words()).toString(), lexicon.orgSuffixes().toString(),
            lexicon.placeSuffixes().toString(), lexicon.titles().toString(), new TreeSet<>(lexicon.surnames()).toString(),
            new TreeSet<>(lexicon.commonSurnames()).toString(), new TreeSet<>(lexicon.notNames()).toString(),
            new TreeSet<>(lexicon.stopWords()).toString(), new TreeSet<>(lexicon.placeAbbreviations()).toString());
    }

    private static String model(NlpProperties.NameModel model) {
        if (model == NlpProperties.NameModel.NONE) {
            return "name model: none";
        }
        List<String> files = new ArrayList<>();
        for (String file : MODEL_FILES) {
            URL url = AnalyzerVersion.class.getClassLoader().getResource(file);
            try {
                files.add(file + "=" + (url == null ? "missing" : url.openConnection().getContentLengthLong()));
            } catch (IOException e) {
                files.add(file + "=unreadable");
            }
        }
        return "name model: " + model + " " + files;
    }

    private static void add(SortedMap<String, Resource> files, Resource[] resources, String root) throws IOException {
        for (Resource resource : resources) {
            String url = resource.getURL().toString();
            files.put(url.substring(Math.max(0, url.lastIndexOf(root))), resource);
        }
    }
}
