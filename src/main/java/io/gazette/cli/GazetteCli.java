package io.gazette.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Runs the sub-command named on the command line and keeps its exit code for {@code System.exit}. */
@Component
public class GazetteCli implements CommandLineRunner, ExitCodeGenerator {

    private final IngestCommand ingest;
    private final QueryCommand query;
    private final ExtractCommand extract;
    private final CheckCommand check;
    private final RemoveCommand remove;
    private final ExportCommand export;
    private final DocsCommand docs;
    private final ReportCommand report;
    private int exitCode;

    public GazetteCli(IngestCommand ingest, QueryCommand query, ExtractCommand extract, CheckCommand check, RemoveCommand remove,
                      ExportCommand export, DocsCommand docs, ReportCommand report) {
        this.ingest = ingest;
        this.query = query;
        this.extract = extract;
        this.check = check;
        this.remove = remove;
        this.export = export;
        this.docs = docs;
        this.report = report;
    }

    @Override
    public void run(String... args) {
        CommandLine cli = new CommandLine(new Root())
            .addSubcommand(ingest)
            .addSubcommand(query)
            .addSubcommand(extract)
            .addSubcommand(check)
            .addSubcommand(remove)
            .addSubcommand(export)
            .addSubcommand(docs)
            .addSubcommand(report)
            .registerConverter(LocalDate.class, GazetteCli::date)
            .setParameterExceptionHandler((e, arguments) -> {
                if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                    e.getCommandLine().getErr().println("gazette: unknown option " + unmatched.getUnmatched().get(0) + "; did you mean "
                        + String.join(" or ", unmatched.getSuggestions()) + "?");
                } else {
                    e.getCommandLine().getErr().println("gazette: " + e.getMessage());
                }
                String command = e.getCommandLine().getCommandName();
                e.getCommandLine().getErr().println("try: " + (command.equals("gazette") ? "" : "gazette ") + command + " --help");
                return ExitCodes.USAGE;
            })
            .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                if (e instanceof UsageException) {
                    commandLine.getErr().println("gazette: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
                commandLine.getErr().println("gazette: " + commandLine.getCommandName() + " failed: " + e);
                if (System.getenv("GAZETTE_DEBUG") != null) {
                    e.printStackTrace(commandLine.getErr());
                }
                return ExitCodes.SOME_FAILED;
            });
        exitCode = cli.execute(args);
    }

    /** A date on the command line: YYYY-MM-DD, and a message that says so otherwise (not a Java exception). */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date: expected YYYY-MM-DD, such as 2024-01-11");
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** The top command: lists the sub-commands. */
    @Command(name = "gazette", mixinStandardHelpOptions = true, version = "gazette 0.1",
        description = "Chinese newspaper archives into a DuckDB star schema.")
    static final class Root implements Runnable {

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: ingest, query, extract, check, remove, export, docs or report");
        }
    }
}
