package org.pactgraph.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pactgraph.query.QueryRunner;
import org.pactgraph.query.ResultFormat;
import org.pactgraph.store.StoreLock;
import org.pactgraph.store.TdbStore;
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
        @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store folder (default: store; env PACTGRAPH_STORE).")
        java.nio.file.Path store;

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
                TdbStore store = TdbStore.at(target.store != null ? target.store : defaultStore());
                try (StoreLock lock = StoreLock.acquire(store.dir())) {
                    DatasetGraph dsg = store.open();
                    try {
                        Txn.executeRead(dsg, () -> new QueryRunner().run(text, dsg, resultFormat, out));
                    } finally {
                        TdbStore.close(dsg);
                    }
                }
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

    private static java.nio.file.Path defaultStore() {
        String env = System.getenv("PACTGRAPH_STORE");
        return java.nio.file.Path.of(env == null || env.isBlank() ? "store" : env);
    }
}
