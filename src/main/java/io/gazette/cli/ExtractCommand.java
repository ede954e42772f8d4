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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code gazette extract}: the text analysis of a snippet as JSON lines. */
@Component
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the amounts, dates and names found in a text, one JSON object per line.")
public class ExtractCommand implements Callable<Integer> {

    private static final JsonMapper JSON = Json.MAPPER;

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
            ObjectNode item = JSON.createObjectNode().put("type", "quantity").put("text", q.text()).put("value", plain(q.value()));
            if (q.valueHigh() != null) {
                item.put("value_high", plain(q.valueHigh()));
            }
            item.put("unit", q.unitCode()).put("qualifier", q.qualifier().code()).put("indicator", q.indicator());
            items.add(new Item(q.start(), item.put("start", q.start()).put("end", q.end())));
        }
        for (EntityMention e : analysed.analysis().entities()) {
            var entity = JSON.createObjectNode().put("type", "entity").put("text", e.text())
                .put("entity_type", e.type().name()).put("canonical", e.canonical()).put("start", e.start()).put("end", e.end());
            if (e.placeCode() != null) {
                entity.put("place_code", e.placeCode());
            }
            items.add(new Item(e.start(), entity));
        }
        for (DateMention d : analysed.dates()) {
            items.add(new Item(d.start(), JSON.createObjectNode().put("type", "date").put("text", d.text())
                .put("date", d.date().toString()).put("granularity", d.granularity().code()).put("start", d.start()).put("end", d.end())));
        }
        items.sort(Comparator.comparingInt(Item::start));
        for (Item item : items) {
            if (line > 0) {
                item.json().put("line", line);
            }
            out.println(JSON.writeValueAsString(item.json()));
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

    private record Item(int start, ObjectNode json) {
    }
}
