package io.gazette.cli;

import io.gazette.warehouse.QueryFormat;
import io.gazette.warehouse.QueryPrinter;
import io.gazette.warehouse.Warehouse;
import io.gazette.warehouse.WarehouseLockedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gazette query}: runs SQL on a warehouse opened read-only, by default the published snapshot. */
@Component
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run SQL against the published snapshot (or --warehouse FILE), read-only.")
public class QueryCommand implements Callable<Integer> {

    @Option(names = "--warehouse", paramLabel = "FILE", description = "Warehouse file (default: the published snapshot).")
    Path warehouse;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (one object per line). Default table.")
    String format = "table";

    @Option(names = "--bom", description = "With --format csv: start with a UTF-8 byte order mark, so Excel reads the Chinese text.")
    boolean bom;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** SQL text or a file of it. */
    static final class Source {
        @Parameters(paramLabel = "SQL", description = "The query.")
        String sql;

        @Option(names = "--file", paramLabel = "FILE.sql", description = "Read the query from a file, such as sql/reports/*.sql.")
        Path file;
    }

    private final GazetteProperties defaults;

    public QueryCommand(GazetteProperties defaults) {
        this.defaults = defaults;
    }

    @Override
    public Integer call() throws UsageException {
        QueryFormat queryFormat = parseFormat();
        if (bom && queryFormat != QueryFormat.CSV) {
            throw new UsageException("--bom is for --format csv");
        }
        Path file = WarehouseToRead.of(warehouse, defaults);
        String sql = sql();
        // A prepared statement reports DuckDB's own error ("Table ... does not exist! Did you mean ...?"); a plain
        // Statement hides it behind "Attempting to execute an unsuccessful or closed pending query result".
        try (Warehouse opened = Warehouse.openReadOnly(file);
             PreparedStatement statement = opened.connection().prepareStatement(sql)) {
            if (!statement.execute()) {
                System.out.println(done(sql, statement.getUpdateCount()));
                return ExitCodes.OK;
            }
            try (ResultSet rs = statement.getResultSet()) {
                if (bom) {
                    System.out.print('\uFEFF');
                }
                new QueryPrinter().print(rs, queryFormat, System.out);
            }
            System.out.flush();
            return ExitCodes.OK;
        } catch (WarehouseLockedException e) {
            return WarehouseToRead.held(file, e);
        } catch (SQLException e) {
            System.err.println("gazette: query failed: " + (e.getMessage() == null ? e : e.getMessage().strip()));
            return ExitCodes.USAGE;
        }
    }

    /** What a statement without a result did: "done: COPY, 120 rows", "done: EXPORT DATABASE". */
    static String done(String sql, long rows) {
        String[] words = sql.replaceAll("(?m)^\\s*--.*$", "").strip().split("[\\s(;]+");
        String kind = words.length > 1 && words[0].equalsIgnoreCase("EXPORT") ? words[0] + " " + words[1] : words[0];
        return "done: " + kind.toUpperCase(java.util.Locale.ROOT) + (rows > 0 ? ", " + rows + (rows == 1 ? " row" : " rows") : "");
    }

    private QueryFormat parseFormat() throws UsageException {
        try {
            return QueryFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be table, csv or json, not " + format);
        }
    }

    private String sql() throws UsageException {
        if (source.file == null) {
            return source.sql;
        }
        try {
            return Files.readString(source.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + source.file + ": " + e.getMessage());
        }
    }
}
