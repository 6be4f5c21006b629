package org.pactgraph.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.server.linkeddata.PageModel.Link;
import org.pactgraph.server.pages.Labels;

/**
 * Resources to offer on a 404 page: those of the same kind as the path asked for
 * ({@code /id/org/...} offers organisations), else any. The look-up reads at most a bounded
 * number of type statements, so that a stream of bad requests cannot make the server scan a
 * large store again and again.
 */
final class Suggestions {
    private static final int MAX = 20;
    private static final int SCAN = 100_000;

    private final DatasetGraph store;
    private final String idBase;
    private final PageLinks links;
    private final Labels labels;

    Suggestions(DatasetGraph store, String idBase, PageLinks links, Labels labels) {
        this.store = store;
        this.idBase = idBase;
        this.links = links;
        this.labels = labels;
    }

    List<Link> near(String path) {
        String kind = path.contains("/") ? path.substring(0, path.indexOf('/') + 1) : "";
        List<Link> found = scan(idBase + kind);
        return found.isEmpty() && !kind.isEmpty() ? scan(idBase) : found;
    }

    private List<Link> scan(String prefix) {
        Set<Node> found = new LinkedHashSet<>();
        Iterator<Quad> types = store.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY);
        try {
            for (int read = 0; types.hasNext() && read < SCAN && found.size() < MAX; read++) {
                Node s = types.next().getSubject();
                if (s.isURI() && s.getURI().startsWith(prefix) && !s.getURI().contains("#")) found.add(s);
            }
        } finally {
            Iter.close(types);
        }
        List<Link> out = new ArrayList<>();
        for (Node n : found) out.add(new Link(links.href(n), labels.of(n), n.getURI()));
        out.sort(Comparator.comparing(Link::text));
        return out;
    }
}
