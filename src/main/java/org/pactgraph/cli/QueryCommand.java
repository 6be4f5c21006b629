package org.pactgraph.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.pactgraph.query.QueryRunner;
import org.pactgraph.query.ResultFormat;
import org.pactgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pactgraph query}: runs a SPARQL query on the store or on an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query, from a .rq file or given as text, on the store or on a SPARQL endpoint.",
                "The standard prefixes (pact:, porg:, person:, theme:, skos:, rdfs: ...) need no declaration."})
final class QueryCommand implements Callable<Integer> {
    static final class Target {
        @Option(names = "--store", paramLabel = "DIR|sparql:URL",
                description = "The TDB2 store folder, or sparql:URL for a remote SPARQL store (default: store; env PACTGRAPH_STORE).")
        String store;

        @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint, such as http://127.0.0.1:3030/pactgraph/sparql.")
        String endpoint;
    }

    @ArgGroup(exclusive = true)
    Target target = new Target();

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}). CONSTRUCT and DESCRIBE print Turtle, or JSON-LD with json.")
    String format;

    @Parameters(paramLabel = "QUERY", description = "A .rq file or the query text.")
    String query;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ResultFormat resultFormat = parseFormat();
        String text = QueryRunner.queryText(query);
        try (OutputStream out = WriterOutputStream.builder().setWriter(spec.commandLine().getOut()).setCharset(StandardCharsets.UTF_8).get()) {
            if (target.endpoint != null) {
                new QueryRunner().run(text, target.endpoint, resultFormat, out);
            } else {
                Store store = Store.of(target.store != null ? target.store : defaultStore(), null, null);
                new QueryRunner().run(text, store, resultFormat, out);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private ResultFormat parseFormat() {
        try {
            return ResultFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown --format '" + format + "': expected table, csv, tsv or json");
        }
    }

    private static String defaultStore() {
        String env = System.getenv("PACTGRAPH_STORE");
        return env == null || env.isBlank() ? "store" : env;
    }
}
