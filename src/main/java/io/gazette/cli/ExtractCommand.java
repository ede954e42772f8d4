package io.gazette.cli;

import io.gazette.analysis.EditionAnalyzer;
import io.gazette.nlp.EntityMention;
import io.gazette.normalize.DateMention;
import io.gazette.normalize.Quantity;
import io.gazette.warehouse.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gazette extract}: the text analysis of a snippet as JSON lines. */
@Component
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the amounts, dates and names found in a text, one JSON object per line.")
public class ExtractCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Reference date for relative dates (default: today).")
    LocalDate date;

    @Option(names = "--lines", description = "Analyse each input line on its own and add \"line\": N (1-based).")
    boolean lines;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    /** Text or a file of it. */
    static final class Input {
        @Parameters(paramLabel = "TEXT", description = "The text to analyse.")
        String text;

        @Option(names = "--file", paramLabel = "FILE", description = "Read the text from a UTF-8 file (- for standard input).")
        Path file;
    }

    private final EditionAnalyzer pipeline;

    public ExtractCommand(@Lazy EditionAnalyzer pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() throws UsageException {
        String text = text();
        LocalDate reference = date != null ? date : LocalDate.now();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (lines) {
            String[] split = text.split("\\R", -1);
            for (int i = 0; i < split.length; i++) {
                print(split[i], reference, i + 1, out);
            }
        } else {
            print(text, reference, 0, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void print(String text, LocalDate reference, int line, PrintStream out) {
        List<Item> items = new ArrayList<>();
        EditionAnalyzer.AnalysedText analysed = pipeline.analyseText(text, reference);
        for (Quantity q : analysed.quantities()) {
            items.add(new Item(q.start(), ("{\"type\":\"quantity\",\"text\":%s,\"value\":%s,%s\"unit\":%s,\"qualifier\":%s,"
                + "\"indicator\":%s,\"start\":%d,\"end\":%d")
                .formatted(Json.string(q.text()), Json.string(plain(q.value())),
                    q.valueHigh() == null ? "" : "\"value_high\":" + Json.string(plain(q.valueHigh())) + ",",
                    Json.string(q.unitCode()), Json.string(q.qualifier().code()),
                    q.indicator() == null ? "null" : Json.string(q.indicator()), q.start(), q.end())));
        }
        for (EntityMention e : analysed.analysis().entities()) {
            items.add(new Item(e.start(), "{\"type\":\"entity\",\"text\":%s,\"entity_type\":%s,\"canonical\":%s,\"start\":%d,\"end\":%d"
                .formatted(Json.string(e.text()), Json.string(e.type().name()), Json.string(e.canonical()), e.start(), e.end())));
        }
        for (DateMention d : analysed.dates()) {
            items.add(new Item(d.start(), "{\"type\":\"date\",\"text\":%s,\"date\":%s,\"granularity\":%s,\"start\":%d,\"end\":%d"
                .formatted(Json.string(d.text()), Json.string(d.date().toString()), Json.string(d.granularity().code()), d.start(),
                    d.end())));
        }
        items.sort(Comparator.comparingInt(Item::start));
        for (Item item : items) {
            out.println(item.json() + (line > 0 ? ",\"line\":" + line : "") + "}");
        }
    }

    private String text() throws UsageException {
        if (input.file == null) {
            return input.text;
        }
        try {
            if (input.file.toString().equals("-")) {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(input.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + input.file + ": " + e.getMessage());
        }
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private record Item(int start, String json) {
    }
}
