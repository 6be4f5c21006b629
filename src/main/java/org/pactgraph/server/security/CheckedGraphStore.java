package org.pactgraph.server.security;

import java.util.Set;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's Graph Store Protocol with writes limited to the graphs writers may change
 * ({@link WriteScope}): PUT, POST and DELETE name one graph, with {@code ?graph=} or
 * {@code ?default} (which {@link GraphStoreTargets} has turned into the writers' default graph),
 * and it is not one of PactGraph's own; reads are as in Fuseki.
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
            ServletOps.errorBadRequest(action.getRequestMethod() + " of the whole dataset is not offered: name one graph with"
                    + " ?graph=IRI, or ?default for the writers' default graph <" + WriteScope.DEFAULT_USER_GRAPH + ">");
        } else if (WriteScope.namesOwnGraph(graph)) {
            ServletOps.errorForbidden(WriteScope.ownGraphRefusal(action.getRequestMethod(), graph));
        }
    }
}
