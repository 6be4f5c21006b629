package org.pactgraph.server.security;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.pactgraph.model.Iris;
import org.pactgraph.store.OwnGraphs;

/**
 * Where writes may go. The graphs a load builds (documents, reference, ontology, inferred, and
 * anything else named under {@link Iris#GRAPH_BASE}) are validated with SHACL and reasoned over
 * as one whole; a write into them would bypass both. They are <em>PactGraph's own graphs</em>,
 * and only {@code pactgraph load} writes them. Every other graph is the writers': any IRI
 * (such as {@code http://example.org/notes}), and the graphs under {@link #USER_GRAPH_BASE},
 * which is the one part of PactGraph's namespace left to users.
 *
 * <p>The store's default graph is the union of all graphs, so a write "into the default graph"
 * (SPARQL Update's {@code DEFAULT} and triples outside {@code GRAPH}, the Graph Store's
 * {@code ?default}) goes into the writers' default graph {@link #DEFAULT_USER_GRAPH}; see
 * {@link WritableUpdate}. The check here runs on the request as written, before that.
 */
public final class WriteScope {
    /** Prefix of the named graphs in PactGraph's namespace that writers may change. */
    public static final String USER_GRAPH_BASE = Iris.USER_GRAPH_BASE;
    /** Where writes into "the default graph" go: the store's default graph is the union of all graphs. */
    public static final String DEFAULT_USER_GRAPH = USER_GRAPH_BASE + "default";

    private final boolean allowLoad;

    WriteScope(boolean allowLoad) {
        this.allowLoad = allowLoad;
    }

    /** True when the graph IRI names a user graph under {@link #USER_GRAPH_BASE}. */
    public static boolean isUserGraph(String iri) {
        return iri != null && OwnGraphs.isUserNamed(iri);
    }

    /** True when the graph is one of PactGraph's own, which only a load writes. */
    public static boolean isOwnGraph(String iri) {
        return iri != null && OwnGraphs.isOwn(iri);
    }

    /**
     * True when a write naming this graph is refused: it is one of PactGraph's own, or equivalent
     * to one by RFC 3986's normalisation ({@link EquivalentIri}: {@code HTTPS://W3ID.ORG:443/...},
     * {@code graph/user/%2E%2E/reference}), which other tools would take for it.
     */
    static boolean namesOwnGraph(String iri) {
        return isOwnGraph(iri) || isOwnGraph(EquivalentIri.of(iri));
    }

    /** The words that say why a write into one of PactGraph's own graphs is refused. */
    static String ownGraphRefusal(String verb, String iri) {
        String equivalent = EquivalentIri.of(iri);
        return verb + " into <" + iri + "> is refused: it is " + (isOwnGraph(iri) ? "" : "equivalent to <" + equivalent + ">, ")
                + "one of PactGraph's own graphs (documents, reference, ontology,"
                + " inferred: everything under <" + Iris.GRAPH_BASE + "> but <" + USER_GRAPH_BASE + ">), which only 'pactgraph load'"
                + " writes; write into any other graph";
    }

    /** Why the request may not run, one reason per refused operation; empty when it may. */
    List<String> refusals(UpdateRequest request) {
        List<String> out = new ArrayList<>();
        for (Update u : request.getOperations()) {
            check(u, out);
        }
        return out;
    }

    private void check(Update u, List<String> out) {
        switch (u) {
            case UpdateLoad load -> {
                if (!allowLoad) out.add("LOAD <" + load.getSource() + "> is disabled (start the server with --allow-load)");
                graph(load.getDest(), null, "LOAD INTO", out);
            }
            case UpdateDataInsert d -> quads(d.getQuads(), null, "INSERT DATA", out);
            case UpdateDataDelete d -> quads(d.getQuads(), null, "DELETE DATA", out);
            case UpdateDeleteWhere d -> quads(d.getQuads(), null, "DELETE WHERE", out);
            case UpdateModify m -> {
                quads(m.getDeleteQuads(), m.getWithIRI(), "DELETE", out);
                quads(m.getInsertQuads(), m.getWithIRI(), "INSERT", out);
            }
            case UpdateDropClear dc -> target(dc.getTarget(), dc instanceof UpdateDrop ? "DROP" : "CLEAR", out);
            case UpdateCreate c -> graph(c.getGraph(), null, "CREATE", out);
            case UpdateBinaryOp op -> {
                target(op.getDest(), verb(op), out);
                if (op instanceof UpdateMove) target(op.getSrc(), "MOVE (source)", out);
            }
            default -> out.add(u.getClass().getSimpleName() + " is not supported here");
        }
    }

    private static String verb(UpdateBinaryOp op) {
        if (op instanceof UpdateAdd) return "ADD";
        if (op instanceof UpdateCopy) return "COPY";
        return "MOVE";
    }

    private static void quads(List<Quad> quads, Node with, String verb, List<String> out) {
        quads.stream().map(Quad::getGraph).distinct().forEach(g -> graph(g, with, verb, out));
    }

    /** DEFAULT, NAMED and ALL are always allowed: they mean the writable graphs only ({@link WritableUpdate}). */
    private static void target(Target t, String verb, List<String> out) {
        if (t.isOneNamedGraph()) graph(t.getGraph(), null, verb, out);
    }

    private static void graph(Node g, Node with, String verb, List<String> out) {
        Node effective = (g == null || Quad.isDefaultGraph(g)) ? with : g;
        if (effective == null) return; // the writers' default graph
        if (effective.isVariable()) {
            out.add(verb + " into GRAPH " + effective + " is refused: a graph chosen while the update runs cannot be checked"
                    + " beforehand; name the graph");
        } else if (!effective.isURI()) {
            out.add(verb + " into " + effective + " is refused: name the graph with an IRI");
        } else if (namesOwnGraph(effective.getURI())) {
            out.add(ownGraphRefusal(verb, effective.getURI()));
        }
    }
}
