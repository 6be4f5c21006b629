package org.pactgraph.server.security;

import java.util.Set;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's Graph Store Protocol with writes limited to user graphs ({@link WriteScope}): PUT,
 * POST and DELETE must name a graph under {@link WriteScope#USER_GRAPH_BASE} with
 * {@code ?graph=}; reads are as in Fuseki.
 */
final class CheckedGraphStore extends GSP_RW {
    /** Formats that carry graph names of their own; a write names its one graph with ?graph=. */
    private static final Set<Lang> QUADS = Set.of(Lang.TRIG, Lang.NQUADS, Lang.TRIX);

    @Override
    protected void doPut(HttpAction action) {
        check(action);
        checkTriples(action);
        super.doPut(action);
    }

    @Override
    protected void doPost(HttpAction action) {
        check(action);
        checkTriples(action);
        super.doPost(action);
    }

    /**
     * A Graph Store write puts triples into the graph its URL names. Quads name graphs
     * themselves, and Fuseki would answer 201 and store nothing: refused with 415, saying what
     * to send instead.
     */
    private static void checkTriples(HttpAction action) {
        String type = action.getRequestContentType();
        Lang lang = type == null ? null : RDFLanguages.contentTypeToLang(type);
        if (lang != null && QUADS.contains(lang)) {
            ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415, lang.getName() + " (" + type + ") carries graph names of its own;"
                    + " a Graph Store write puts triples into the one graph its ?graph= names. Send Turtle, N-Triples, JSON-LD or"
                    + " RDF/XML, or send the quads as SPARQL Update INSERT DATA { GRAPH <...> { ... } }");
        }
    }

    @Override
    protected void doDelete(HttpAction action) {
        check(action);
        super.doDelete(action);
    }

    private static void check(HttpAction action) {
        String graph = action.getRequestParameter("graph");
        if (graph == null) {
            ServletOps.errorForbidden("Graph Store writes must name a graph with ?graph=" + WriteScope.USER_GRAPH_BASE
                    + "NAME: the default graph and the loaded graphs do not change");
        } else if (!WriteScope.isUserGraph(graph)) {
            ServletOps.errorForbidden("Writing <" + graph + "> is refused: only graphs under <"
                    + WriteScope.USER_GRAPH_BASE + "> may change");
        }
    }
}
