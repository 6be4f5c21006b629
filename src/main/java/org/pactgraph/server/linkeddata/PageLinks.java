package org.pactgraph.server.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.pactgraph.model.Pact;

/**
 * Where a page links a node to: resources under the served base to their page on this server,
 * ontology terms to the ontology's documentation, other http(s) IRIs to themselves. Any other
 * scheme ({@code javascript:}, {@code data:}) gets no link at all.
 */
record PageLinks(String idBase, String explainPath) {
    /** The path on this server that serves resources. */
    static final String ID_PATH = "/id/";
    /** The path of the ontology's documentation. */
    static final String ONTOLOGY_PATH = "/ontology";

    /** The href for a node, or null when it must not be a link. */
    String href(Node node) {
        if (!node.isURI()) return null;
        String iri = node.getURI();
        if (iri.startsWith(idBase)) return ID_PATH + iri.substring(idBase.length());
        if (iri.startsWith(Pact.NS)) return ONTOLOGY_PATH + "#" + iri.substring(Pact.NS.length());
        if (iri.equals(Pact.ONTOLOGY)) return ONTOLOGY_PATH;
        String scheme = iri.contains(":") ? iri.substring(0, iri.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        return scheme.equals("http") || scheme.equals("https") ? iri : null;
    }

    /** True when the node is served by this server. */
    boolean isLocal(Node node) {
        return node.isURI() && node.getURI().startsWith(idBase);
    }

    /**
     * The reasoning explanation of an inferred statement. Subject and predicate are IRIs; the
     * object is an IRI or, for a literal, its N-Triples form ({@code "25"^^<...#decimal>}).
     */
    String explain(Node s, Node p, Node o) {
        String object = o.isURI() ? o.getURI() : NodeFmtLib.strNT(o);
        return explainPath + "?s=" + encode(s.getURI()) + "&p=" + encode(p.getURI()) + "&o=" + encode(object);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
