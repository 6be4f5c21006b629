package org.pactgraph.server.security;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateClear;
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

/**
 * Where writes may go. The graphs a load builds (documents, reference, ontology, inferred) are
 * validated with SHACL and reasoned over as one whole; a write into them would bypass both and
 * be lost at the next load. So writes are accepted only into <em>user graphs</em>, named under
 * {@link #USER_GRAPH_BASE}, and the loaded graphs stay exactly what {@code pactgraph load} made.
 */
public final class WriteScope {
    /** Prefix of the named graphs that updates and Graph Store writes may change. */
    public static final String USER_GRAPH_BASE = Iris.GRAPH_BASE + "user/";

    private final boolean allowLoad;

    WriteScope(boolean allowLoad) {
        this.allowLoad = allowLoad;
    }

    /** True when the graph IRI names a user graph. */
    public static boolean isUserGraph(String iri) {
        return iri != null && iri.startsWith(USER_GRAPH_BASE) && iri.length() > USER_GRAPH_BASE.length();
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

    private static void target(Target t, String verb, List<String> out) {
        if (t.isOneNamedGraph()) {
            graph(t.getGraph(), null, verb, out);
        } else {
            out.add(verb + " " + (t.isDefault() ? "DEFAULT" : t.isAllNamed() ? "NAMED" : "ALL")
                    + " would change loaded graphs; name one graph under <" + USER_GRAPH_BASE + ">");
        }
    }

    private static void graph(Node g, Node with, String verb, List<String> out) {
        Node effective = (g == null || Quad.isDefaultGraph(g)) ? with : g;
        if (effective == null) {
            out.add(verb + " into the default graph is refused: the default graph is the union of the loaded graphs;"
                    + " write into a named graph under <" + USER_GRAPH_BASE + ">");
        } else if (effective.isVariable()) {
            out.add(verb + " into GRAPH " + effective + " is refused: name the graph, under <" + USER_GRAPH_BASE + ">");
        } else if (!effective.isURI() || !isUserGraph(effective.getURI())) {
            out.add(verb + " into <" + (effective.isURI() ? effective.getURI() : effective.toString())
                    + "> is refused: only graphs under <" + USER_GRAPH_BASE + "> may change");
        }
    }
}
