package org.pactgraph.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;
import org.pactgraph.model.Prov;
import org.pactgraph.server.linkeddata.PageModel.Evidence;
import org.pactgraph.server.linkeddata.PageModel.Group;
import org.pactgraph.server.linkeddata.PageModel.Link;
import org.pactgraph.server.linkeddata.PageModel.Page;
import org.pactgraph.server.linkeddata.PageModel.Part;
import org.pactgraph.server.linkeddata.PageModel.Value;
import org.pactgraph.server.pages.Labels;
import org.pactgraph.server.pages.PageTemplates;

/**
 * Turns a resource's description into the values of its HTML page: title in the reader's
 * language, types, its statements grouped by property and labelled from the ontology (PactGraph's
 * own terms first, the same facts in reused vocabularies after), each value marked as extracted
 * (with its evidence sentences), curated or inferred (with the link to its explanation), the
 * resources that link to it, and, for a document, its text as evidence spans.
 */
final class ResourcePage {
    private static final Set<String> MAIN_NAMESPACES = Set.of(Pact.NS, RDFS.getURI(), SKOS.getURI(), DCTerms.getURI());
    private static final Set<Node> REIFICATION = Set.of(RDF.subject.asNode(), RDF.predicate.asNode(), RDF.object.asNode());

    private final DatasetGraph store;
    private final PageLinks links;
    private final Labels labels;

    ResourcePage(DatasetGraph store, PageLinks links, Labels labels) {
        this.store = store;
        this.links = links;
        this.labels = labels;
    }

    /** The page of the resource; call inside a read transaction on the store. */
    Page build(String iri, DatasetGraph d, List<Link> formats, String sparql) {
        Node r = NodeFactory.createURI(iri);
        String title = labels.of(r);
        List<Link> otherLabels = new ArrayList<>();
        d.find(Node.ANY, r, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> {
            Link l = new Link(null, q.getObject().getLiteralLexicalForm(), q.getObject().getLiteralLanguage());
            if (!l.text().equals(title) && !otherLabels.contains(l)) otherLabels.add(l);
        });
        List<Link> types = distinct(d, r, RDF.type.asNode()).stream().map(t -> link(t, inferredOnly(d, r, RDF.type.asNode(), t) ? "inferred" : null)).toList();
        List<Link> sources = distinct(d, r, DCTerms.source.asNode()).stream().map(s -> new Link(links.href(s), s.toString(), null)).toList();
        List<Group> main = new ArrayList<>();
        List<Group> reused = new ArrayList<>();
        for (Group g : outgoing(d, r, false)) {
            String p = g.property().hint();
            (MAIN_NAMESPACES.stream().anyMatch(p::startsWith) ? main : reused).add(g);
        }
        List<Part> parts = new ArrayList<>();
        for (Node n : subjects(d)) {
            if (n.isURI() && n.getURI().startsWith(iri + "#") && !isSpan(d, n)) {
                parts.add(new Part(n.getURI().substring(iri.length() + 1), labels.of(n), outgoing(d, n, true)));
            }
        }
        boolean document = d.contains(Node.ANY, r, RDF.type.asNode(), Pact.Document.asNode());
        return new Page(labels.language().primary(), title, PageTemplates.CSS, iri, otherLabels, types, sources, main, reused,
                parts, incoming(d, r, iri), document ? new DocumentText(store, labels).of(r, d) : null, formats, sparql);
    }

    /** The statements about s grouped by property. */
    private List<Group> outgoing(DatasetGraph d, Node s, boolean withTypes) {
        Map<Node, List<Value>> groups = new LinkedHashMap<>();
        for (Quad q : triples(d, s, Node.ANY, Node.ANY)) {
            // The page's own resource shows its types and sources at the top.
            if (!withTypes && (q.getPredicate().equals(RDF.type.asNode()) || q.getPredicate().equals(DCTerms.source.asNode()))) continue;
            groups.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>()).add(value(d, s, q.getPredicate(), q.getObject(), q.getObject()));
        }
        return sorted(groups);
    }

    private List<Group> incoming(DatasetGraph d, Node r, String iri) {
        Map<Node, List<Value>> groups = new LinkedHashMap<>();
        for (Quad q : triples(d, Node.ANY, Node.ANY, r)) {
            Node s = q.getSubject();
            if (s.isBlank() || REIFICATION.contains(q.getPredicate()) || s.getURI().startsWith(iri + "#")) continue;
            groups.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>()).add(value(d, s, q.getPredicate(), r, s));
        }
        return sorted(groups);
    }

    private List<Group> sorted(Map<Node, List<Value>> groups) {
        List<Group> out = new ArrayList<>();
        groups.forEach((p, values) -> {
            values.sort(Comparator.comparing(v -> v.link().text()));
            out.add(new Group(new Link(links.href(p), labels.of(p), p.getURI()), values));
        });
        out.sort(Comparator.comparing((Group g) -> g.property().text().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    /** One triple of each (s, p, o), whatever the number of graphs holding it. */
    private static List<Quad> triples(DatasetGraph d, Node s, Node p, Node o) {
        Map<org.apache.jena.graph.Triple, Quad> distinct = new LinkedHashMap<>();
        d.find(Node.ANY, s, p, o).forEachRemaining(q -> distinct.putIfAbsent(q.asTriple(), q));
        return new ArrayList<>(distinct.values());
    }

    private Value value(DatasetGraph d, Node s, Node p, Node o, Node shown) {
        Set<String> graphs = new LinkedHashSet<>();
        d.find(Node.ANY, s, p, o).forEachRemaining(q -> graphs.add(q.getGraph().getURI()));
        boolean extracted = graphs.stream().anyMatch(g -> g.startsWith(Iris.DOCUMENT_GRAPH_BASE));
        boolean inferred = graphs.equals(Set.of(Iris.INFERRED_GRAPH));
        String note = null;
        if (shown.isLiteral()) {
            note = shown.getLiteralLanguage().isEmpty() ? Labels.localName(NodeFactory.createURI(shown.getLiteralDatatypeURI()))
                    : shown.getLiteralLanguage();
        }
        return new Value(link(shown, note), null, extracted, graphs.contains(Iris.REFERENCE_GRAPH), graphs.contains(Iris.ONTOLOGY_GRAPH),
                inferred, inferred && s.isURI() && p.isURI() ? links.explain(s, p, o) : null,
                extracted ? evidence(d, s, p, o) : List.of());
    }

    private List<Evidence> evidence(DatasetGraph d, Node s, Node p, Node o) {
        List<Evidence> out = new ArrayList<>();
        d.find(Node.ANY, Node.ANY, RDF.subject.asNode(), s).forEachRemaining(q -> {
            Node st = q.getSubject();
            if (!d.contains(Node.ANY, st, RDF.predicate.asNode(), p) || !d.contains(Node.ANY, st, RDF.object.asNode(), o)) return;
            String rule = distinct(d, st, Pact.extractedBy.asNode()).stream().map(labels::of).findFirst().orElse("");
            for (Node span : distinct(d, st, Prov.wasDerivedFrom.asNode())) {
                Evidence e = new Evidence(labels.of(span), links.href(span), rule);
                if (!out.contains(e)) out.add(e);
            }
        });
        return out;
    }

    private Link link(Node n, String note) {
        return new Link(links.href(n), n.isLiteral() ? n.getLiteralLexicalForm() : labels.of(n), note);
    }

    private boolean inferredOnly(DatasetGraph d, Node s, Node p, Node o) {
        Set<String> graphs = new LinkedHashSet<>();
        d.find(Node.ANY, s, p, o).forEachRemaining(q -> graphs.add(q.getGraph().getURI()));
        return graphs.equals(Set.of(Iris.INFERRED_GRAPH));
    }

    private static boolean isSpan(DatasetGraph d, Node n) {
        return d.contains(Node.ANY, n, RDF.type.asNode(), Pact.TextSpan.asNode());
    }

    static List<Node> distinct(DatasetGraph d, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        d.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return new ArrayList<>(out);
    }

    private static Set<Node> subjects(DatasetGraph d) {
        Set<Node> out = new LinkedHashSet<>();
        d.find().forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }
}
