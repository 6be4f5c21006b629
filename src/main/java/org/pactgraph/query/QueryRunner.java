package org.pactgraph.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.pactgraph.model.Namespaces;
import org.pactgraph.store.Store;

/**
 * Runs one SPARQL query against a local dataset or a remote endpoint and prints the answer.
 * Queries may use the standard prefixes (pact:, porg:, skos: ...) without declaring them.
 */
public final class QueryRunner {
    /** Reads the query from a file when the argument names one, otherwise takes it as text. */
    public static String queryText(String fileOrText) {
        Path p = Path.of(fileOrText.length() < 1024 ? fileOrText : "-");
        if (fileOrText.endsWith(".rq") || Files.isRegularFile(p)) {
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new QueryFailedException("Cannot read the query file " + fileOrText + ": " + e.getMessage(),
                        "check the path, or pass the query text itself", e);
            }
        }
        return fileOrText;
    }

    /** Parses a query, with the standard prefixes available. */
    public static Query parse(String text) {
        Query query = new Query();
        query.setPrefixMapping(Namespaces.standard());
        try {
            QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
            return query;
        } catch (QueryException e) {
            throw new QueryFailedException("The query does not parse: " + e.getMessage(),
                    "fix the SPARQL syntax at that line and column", e);
        }
    }

    /** Runs the query on a local dataset and prints the answer. */
    public void run(String text, DatasetGraph dataset, ResultFormat format, OutputStream out) {
        Query query = parse(text);
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            print(query, exec, format, out);
        }
    }

    /** Runs the query on a store, local or remote, and prints the answer. */
    public void run(String text, Store store, ResultFormat format, OutputStream out) {
        Query query = parse(text);
        store.query(query, exec -> {
            print(query, exec, format, out);
            return null;
        });
    }

    /**
     * Runs the query on a SPARQL endpoint and prints the answer. The query goes as an HTML form,
     * which every SPARQL 1.1 server accepts (Virtuoso 7.2 never answers one sent as
     * {@code application/sparql-query}).
     */
    public void run(String text, String endpoint, ResultFormat format, OutputStream out) {
        Query query = parse(text);
        try (QueryExec exec = QueryExecHTTP.service(endpoint).sendMode(QuerySendMode.asPostForm).query(query).build()) {
            print(query, exec, format, out);
        } catch (org.apache.jena.atlas.web.HttpException e) {
            throw new QueryFailedException("The endpoint " + endpoint + " did not answer: " + e.getMessage(),
                    "check the URL and that the server is running", e);
        }
    }

    private static void print(Query query, QueryExec exec, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            ResultSet results = ResultSet.adapt(rows);
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, results, query.getPrefixMapping());
                case CSV -> ResultSetFormatter.outputAsCSV(out, results);
                case TSV -> ResultSetFormatter.outputAsTSV(out, results);
                case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            }
        } else if (query.isAskType()) {
            boolean answer = exec.ask();
            switch (format) {
                case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
                case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
                case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
                case TABLE -> new PrintStream(out, true, StandardCharsets.UTF_8).println(answer ? "yes" : "no");
            }
        } else {
            Model model = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                    query.isConstructType() ? exec.construct() : exec.describe());
            model.setNsPrefixes(Namespaces.standard());
            RDFDataMgr.write(out, model, format == ResultFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
        }
        try {
            out.flush();
        } catch (IOException e) {
            // Nothing more can be written.
        }
    }
}
