package org.pactgraph.store;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateSendMode;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.UpdateRequest;

/**
 * A remote SPARQL 1.1 store, reached through Jena's HTTP clients: queries by the SPARQL
 * Protocol, graphs written by the Graph Store Protocol, the switch by SPARQL Update.
 *
 * <p>A load cannot be one transaction over many HTTP requests, so it writes every graph under
 * a staging name first ({@code graph/staging/{load}/{n}}, one PUT each), then switches in one
 * update request: {@code MOVE} each staged graph onto its real name and {@code DROP} the graphs
 * of the previous load that the new one lacks. SPARQL 1.1 Update asks a store to treat one
 * request atomically, so readers see the old graphs or the new ones; a store that does not
 * can show a mix for the time of that request. A load that fails before the switch drops its
 * staged graphs and leaves the store as it was. What a load wrote is listed, with its metadata,
 * in the graph {@code graph/load} ({@link LoadManifest}).
 *
 * <p>Queries and updates are sent as HTML forms over HTTP/1.1: every SPARQL 1.1 server accepts
 * those, while Virtuoso 7.2 never answers a query sent as {@code application/sparql-query}.
 */
public final class SparqlStore implements Store {
    private static final String STAGING = org.pactgraph.model.Iris.GRAPH_BASE + "staging/";

    private final SparqlEndpoints endpoints;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    SparqlStore(SparqlEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** The store at these endpoints. */
    public static SparqlStore at(SparqlEndpoints endpoints) {
        return new SparqlStore(endpoints);
    }

    /** The endpoints this store is reached at. */
    public SparqlEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public String location() {
        return SPARQL_SCHEME + endpoints.query();
    }

    /** A remote store cannot be locked: two loads at once each switch whole, and the last one wins. */
    @Override
    public Lock lock() {
        return () -> { };
    }

    @Override
    public boolean exists() {
        return !metadata().isEmpty();
    }

    @Override
    public Map<String, String> metadata() {
        return manifest().metadata();
    }

    private LoadManifest manifest() {
        return LoadManifest.of(remote("read the load's manifest", () -> gsp().graphName(LoadManifest.GRAPH).GET(), true));
    }

    /** A remote store has no transaction over many HTTP requests: every load replaces it. */
    @Override
    public boolean updatesInPlace() {
        return false;
    }

    /**
     * Builds the new content in memory (where the load checks it), then sends it: staged graphs
     * and one switching update (see the class comment). A writer that throws sends nothing.
     */
    @Override
    public void replaceWith(Function<Sink, Map<String, String>> writer) {
        MemorySink sink = new MemorySink();
        Map<String, String> metadata = writer.apply(sink);
        org.apache.jena.system.Txn.executeRead(sink.dataset(), () -> send(sink.dataset(), metadata));
    }

    private void send(DatasetGraph content, Map<String, String> metadata) {
        LoadManifest previous = manifest();
        String base = STAGING + UUID.randomUUID().toString().substring(0, 8) + "/";
        List<Node> graphs = new ArrayList<>();
        content.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort(java.util.Comparator.comparing(Node::getURI));
        List<Node> staged = new ArrayList<>();
        try {
            for (Node g : graphs) {
                Node staging = NodeFactory.createURI(base + staged.size());
                staged.add(staging);
                Graph graph = content.getGraph(g);
                remote("write the graph " + g.getURI(), () -> {
                    gsp().graphName(staging).PUT(graph);
                    return null;
                }, false);
            }
            Node stagedManifest = NodeFactory.createURI(base + "load");
            staged.add(stagedManifest);
            Graph manifest = LoadManifest.graph(metadata, graphs);
            remote("write the load's manifest", () -> {
                gsp().graphName(stagedManifest).PUT(manifest);
                return null;
            }, false);
        } catch (StoreException e) {
            dropQuietly(staged);
            throw e;
        }
        UpdateRequest request = new UpdateRequest();
        for (int i = 0; i < graphs.size(); i++) {
            request.add(new UpdateMove(Target.create(staged.get(i)), Target.create(graphs.get(i)), true));
        }
        request.add(new UpdateMove(Target.create(staged.get(staged.size() - 1)), Target.create(NodeFactory.createURI(LoadManifest.GRAPH)), true));
        Set<String> kept = new LinkedHashSet<>();
        graphs.forEach(g -> kept.add(g.getURI()));
        previous.graphs().stream().filter(g -> !kept.contains(g))
                .forEach(g -> request.add(new UpdateDrop(NodeFactory.createURI(g), true)));
        try {
            update(request, "switch to the new graphs");
        } catch (StoreException e) {
            dropQuietly(staged);
            throw e;
        }
    }

    @Override
    public <T> T query(Query query, Function<QueryExec, T> use) {
        return remote("answer the query", () -> {
            try (QueryExec exec = QueryExecHTTP.service(endpoints.query()).httpClient(http)
                    .sendMode(QuerySendMode.asPostForm).query(query).build()) {
                return use.apply(exec);
            }
        }, false);
    }

    /**
     * Reads the graphs the last load wrote (not the store's other graphs) into memory and hands
     * them over. Each graph is read with one SPARQL query whose answer is checked against the
     * graph's size, so that a store that cuts answers short fails the export instead.
     */
    @Override
    public void read(Consumer<DatasetGraph> use) {
        LoadManifest manifest = manifest();
        if (manifest.graphs().isEmpty()) {
            throw new StoreException("There is no PactGraph load in the store at " + endpoints.query()
                    + " (no graph " + LoadManifest.GRAPH + ")", "run 'pactgraph load --store " + location() + "' first");
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Query triples = QueryFactory.create(resource("graph-triples.rq"));
        for (String g : manifest.graphs()) {
            Node name = NodeFactory.createURI(g);
            long[] counts = {0, -1};
            remote("read the graph " + g, () -> {
                try (QueryExec exec = QueryExecHTTP.service(endpoints.query()).httpClient(http).sendMode(QuerySendMode.asPostForm)
                        .query(triples).substitution("graph", name).build()) {
                    org.apache.jena.system.Txn.executeWrite(dsg, () -> exec.select().forEachRemaining(b -> {
                        dsg.add(name, b.get("s"), b.get("p"), b.get("o"));
                        counts[0]++;
                        counts[1] = ((Number) b.get("size").getLiteralValue()).longValue();
                    }));
                }
                return null;
            }, false);
            if (counts[1] >= 0 && counts[0] != counts[1]) {
                throw new StoreException("The SPARQL store at " + endpoints.query() + " answered " + counts[0] + " of the " + counts[1]
                        + " triples of " + g, "raise the store's cap on result rows (Virtuoso: ResultSetMaxRows in [SPARQL] of virtuoso.ini)");
            }
        }
        use.accept(dsg);
    }

    private static String resource(String name) {
        try (java.io.InputStream in = SparqlStore.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("The resource " + name + " is part of PactGraph's jar", e);
        }
    }

    private void update(UpdateRequest request, String what) {
        remote(what, () -> {
            UpdateExecHTTP.service(endpoints.update()).httpClient(http).sendMode(UpdateSendMode.asPostForm).update(request).execute();
            return null;
        }, false);
    }

    private void dropQuietly(List<Node> graphs) {
        if (graphs.isEmpty()) return;
        UpdateRequest drop = new UpdateRequest();
        graphs.forEach(g -> drop.add(new UpdateDrop(g, true)));
        try {
            update(drop, "drop the staged graphs");
        } catch (StoreException e) {
            // The next load drops nothing it does not know; the staged graphs stay under graph/staging/ for a person to drop.
        }
    }

    private GSP gsp() {
        return GSP.service(endpoints.gsp()).httpClient(http).contentType(org.apache.jena.riot.RDFFormat.NTRIPLES);
    }

    /** Runs one exchange with the store, turning HTTP failures into a message that names the endpoint and what to do. */
    private <T> T remote(String what, java.util.function.Supplier<T> call, boolean missingIsEmpty) {
        try {
            return call.get();
        } catch (HttpException e) {
            if (missingIsEmpty && e.getStatusCode() == 404) return null;
            throw failure(what, e.getStatusCode(), e.getResponse(), e);
        } catch (QueryExceptionHTTP e) {
            throw failure(what, e.getStatusCode(), e.getResponse(), e);
        } catch (QueryException e) {
            throw new StoreException("The SPARQL store at " + endpoints.query() + " could not " + what + ": " + e.getMessage(),
                    "check that the query is one the store's SPARQL dialect accepts", e);
        }
    }

    private StoreException failure(String what, int status, String response, RuntimeException e) {
        String reason = status <= 0 ? "no answer (" + rootMessage(e) + ")" : "HTTP " + status + " " + firstLine(response);
        String hint = switch (status) {
            case 401, 403 -> "the store refused PactGraph: grant the anonymous user (or the one in the URL) the right to update and to use the Graph Store Protocol";
            case 404, 405, 501 -> "check the endpoint URLs: --store sparql:QUERY_URL, --update-url URL, --gsp-url URL (Virtuoso's Graph Store endpoint is /sparql-graph-crud)";
            default -> status <= 0 ? "check that the store is running and reachable at that URL" : "see the store's log for the cause";
        };
        return new StoreException("The SPARQL store at " + endpoints.query() + " could not " + what + ": " + reason, hint, e);
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) return "";
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
