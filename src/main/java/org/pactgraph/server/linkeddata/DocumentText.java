package org.pactgraph.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.model.Nif;
import org.pactgraph.model.Pact;
import org.pactgraph.model.Prov;
import org.pactgraph.server.linkeddata.PageModel.Span;
import org.pactgraph.server.linkeddata.PageModel.Text;
import org.pactgraph.server.pages.Labels;

/**
 * A document's text as the store knows it: the sentences that support extracted statements
 * (its {@code #char=begin,end} spans), in order, each with the statements extracted from it,
 * and between them the number of characters that support none. The store keeps the evidence
 * sentences, not the whole text, so this is what a page can show.
 */
final class DocumentText {
    private final DatasetGraph store;
    private final Labels labels;

    DocumentText(DatasetGraph store, Labels labels) {
        this.store = store;
        this.labels = labels;
    }

    private record Located(Node span, int begin, int end) {}

    /** The spans of the document found in its description (the spans link to it with pact:inDocument). */
    Text of(Node document, DatasetGraph description) {
        List<Located> spans = new ArrayList<>();
        description.find(Node.ANY, Node.ANY, Pact.inDocument.asNode(), document).forEachRemaining(q -> {
            Node span = q.getSubject();
            Integer begin = index(description, span, Nif.beginIndex.asNode());
            Integer end = index(description, span, Nif.endIndex.asNode());
            if (begin != null && end != null && spans.stream().noneMatch(l -> l.span().equals(span))) {
                spans.add(new Located(span, begin, end));
            }
        });
        spans.sort(Comparator.comparingInt(Located::begin).thenComparingInt(Located::end));
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (Located l : spans) {
            if (l.begin() > at) {
                int gap = l.begin() - at;
                out.add(new Span(null, gap + (gap == 1 ? " character" : " characters") + " that support no statement", true, List.of()));
            }
            String fragment = l.span().getURI().substring(l.span().getURI().indexOf('#') + 1);
            out.add(new Span(fragment, labels.of(l.span()), false, facts(l.span())));
            at = Math.max(at, l.end());
        }
        return new Text(out, at);
    }

    private List<String> facts(Node span) {
        List<String> out = new ArrayList<>();
        store.find(Node.ANY, Node.ANY, Prov.wasDerivedFrom.asNode(), span).forEachRemaining(q -> {
            Node st = q.getSubject();
            Node s = first(st, RDF.subject.asNode());
            Node p = first(st, RDF.predicate.asNode());
            Node o = first(st, RDF.object.asNode());
            if (s != null && p != null && o != null) {
                String fact = labels.of(s) + " \u2014 " + labels.of(p) + " \u2192 " + labels.of(o);
                if (!out.contains(fact)) out.add(fact);
            }
        });
        out.sort(null);
        return out;
    }

    private Node first(Node s, Node p) {
        var it = store.find(Node.ANY, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static Integer index(DatasetGraph d, Node span, Node property) {
        var it = d.find(Node.ANY, span, property, Node.ANY);
        try {
            if (!it.hasNext()) return null;
            Node n = it.next().getObject();
            return n.isLiteral() ? Integer.valueOf(n.getLiteralLexicalForm()) : null;
        } catch (NumberFormatException e) {
            return null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }
}
