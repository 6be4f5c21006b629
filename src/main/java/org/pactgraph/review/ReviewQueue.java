package org.pactgraph.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * What waits for review in a store: every candidate fact and every new entity of every document
 * graph that no decision covers, in document order (by graph, then by place in the text). The
 * caller holds a read transaction.
 */
public final class ReviewQueue {
    private static final Node TRUE = NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);
    static final Set<Node> DECLARING = Set.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode(), Pact.needsReview.asNode());

    private ReviewQueue() {}

    /** Every item waiting for review. */
    public static List<Candidate> of(DatasetGraph dsg) {
        Decisions decided = Decisions.in(dsg);
        List<Candidate> out = new ArrayList<>();
        QueueCounts.of(dsg).graphs().keySet().forEach(g -> out.addAll(ofGraph(dsg.getGraph(g), g.getURI(), decided)));
        return out;
    }

    /**
     * The items from {@code offset} on, at most {@code limit}, with the size of the whole queue.
     * Only the document graphs the page reaches are read for their items; the others are counted
     * from their review marks ({@link QueueCounts}).
     */
    public static QueuePage page(DatasetGraph dsg, int offset, int limit) {
        QueuePage.check(offset, limit);
        QueueCounts counts = QueueCounts.of(dsg);
        Decisions decided = Decisions.in(dsg);
        List<Candidate> items = new ArrayList<>();
        int before = 0;
        for (var graph : counts.graphs().entrySet()) {
            if (items.size() >= limit) break;
            int size = graph.getValue().items();
            if (before + size <= offset) {
                before += size;
                continue;
            }
            List<Candidate> all = ofGraph(dsg.getGraph(graph.getKey()), graph.getKey().getURI(), decided);
            int from = Math.max(0, offset - before);
            for (int i = from; i < all.size() && items.size() < limit; i++) items.add(all.get(i));
            before += size;
        }
        return new QueuePage(items, offset, limit, counts.items(), counts.facts(), counts.factItems());
    }

    /** The item of a key, if it waits for review. */
    public static Optional<Candidate> find(DatasetGraph dsg, String key) {
        return of(dsg).stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * The item of a key, looked for first in the document graph the caller says holds it (the
     * {@code graph} of a page's item), so that deciding on a page costs that graph, not the whole
     * queue; anywhere in the queue when it is not there or no graph is given.
     */
    public static Optional<Candidate> find(DatasetGraph dsg, String key, String graph) {
        if (graph != null && graph.startsWith(Iris.DOCUMENT_GRAPH_BASE)) {
            Node g = NodeFactory.createURI(graph);
            if (dsg.containsGraph(g)) {
                Optional<Candidate> there = ofGraph(dsg.getGraph(g), graph, Decisions.in(dsg)).stream().filter(c -> c.key().equals(key)).findFirst();
                if (there.isPresent()) return there;
            }
        }
        return find(dsg, key);
    }

    private static List<Candidate> ofGraph(Graph g, String graph, Decisions decided) {
        Node document = ReviewGraph.documentOf(g);
        if (document == null) return List.of();
        List<ReviewGraph.Evidence> evidence = ReviewGraph.evidence(g, document);
        List<ReviewGraph.Evidence> bySentence = new ArrayList<>(evidence.stream()
                .filter(e -> e.begin() >= 0).collect(java.util.stream.Collectors.toMap(ReviewGraph.Evidence::span, e -> e, (a, b) -> a)).values());
        bySentence.sort(Comparator.comparingInt(ReviewGraph.Evidence::begin));
        List<Candidate> out = new ArrayList<>();
        // One item per sentence and rule: what one rule read from one sentence is decided whole.
        java.util.Map<List<Object>, List<ReviewGraph.Evidence>> groups = new java.util.LinkedHashMap<>();
        evidence.stream().filter(e -> e.candidate() && decided.get(e.key()).isEmpty())
                .sorted(Comparator.comparingInt(ReviewGraph.Evidence::begin).thenComparing(e -> String.valueOf(e.rule())).thenComparing(ReviewGraph.Evidence::key))
                .forEach(e -> groups.computeIfAbsent(List.of(e.span(), String.valueOf(e.rule())), k -> new ArrayList<>()).add(e));
        for (List<ReviewGraph.Evidence> group : groups.values()) {
            ReviewGraph.Evidence first = group.get(0);
            java.util.Map<String, Triple> facts = new java.util.LinkedHashMap<>();
            group.stream().sorted(Comparator.comparing((ReviewGraph.Evidence e) -> DECLARING.contains(e.triple().getPredicate()))
                    .thenComparing(e -> e.triple().toString())).forEach(e -> facts.put(e.key(), e.triple()));
            List<Triple> adds = new ArrayList<>();
            facts.values().forEach(t -> adds(g, t).stream().filter(x -> !adds.contains(x)).forEach(adds::add));
            int at = indexOf(bySentence, first.span());
            out.add(new Candidate(DecisionKeys.ofGroup(List.copyOf(facts.keySet())), Candidate.Kind.FACT, graph, first.node(), main(facts.values()),
                    facts, group.stream().map(ReviewGraph.Evidence::confidence).filter(java.util.Objects::nonNull).min(Double::compare).orElse(null),
                    first.rule() == null ? null : Iris.slugOf(first.rule().getURI()), first.sentence(), first.span().getURI(),
                    at > 0 ? bySentence.get(at - 1).sentence() : "", at >= 0 && at + 1 < bySentence.size() ? bySentence.get(at + 1).sentence() : "",
                    adds, adds.isEmpty(), String.join("; ", group.stream().map(ReviewGraph.Evidence::reason).filter(r -> !r.isEmpty()).distinct().toList())));
        }
        List<Candidate> entities = new ArrayList<>();
        for (ReviewGraph.Entity e : ReviewGraph.entities(g, document)) {
            if (decided.get(e.key()).isPresent()) continue;
            Optional<ReviewGraph.Evidence> first = evidence.stream()
                    .filter(x -> x.triple().getSubject().equals(e.node()) || x.triple().getObject().equals(e.node()))
                    .min(Comparator.comparingInt(ReviewGraph.Evidence::begin));
            int at = first.map(f -> indexOf(bySentence, f.span())).orElse(-1);
            entities.add(new Candidate(e.key(), Candidate.Kind.ENTITY, graph, e.node(), Triple.create(e.node(), Pact.needsReview.asNode(), TRUE),
                    java.util.Map.of(), null, null, first.map(ReviewGraph.Evidence::sentence).orElse(""), first.map(f -> f.span().getURI()).orElse(null),
                    at > 0 ? bySentence.get(at - 1).sentence() : "", at >= 0 && at + 1 < bySentence.size() ? bySentence.get(at + 1).sentence() : "",
                    List.of(), false, ""));
        }
        entities.sort(Comparator.comparing((Candidate c) -> c.span() == null ? Integer.MAX_VALUE : begin(c.span())).thenComparing(c -> c.about().getURI()));
        out.addAll(entities);
        return out;
    }

    /** The fact a reviewer most likely checks first: one naming an organisation, else the first that is not a declaration. */
    private static Triple main(java.util.Collection<Triple> facts) {
        String orgs = Iris.ID_BASE + Iris.Kind.ORG.segment() + "/";
        return facts.stream().filter(t -> !DECLARING.contains(t.getPredicate()) && t.getObject().isURI() && t.getObject().getURI().startsWith(orgs))
                .findFirst().orElse(facts.iterator().next());
    }

    private static int begin(String span) {
        String range = span.substring(span.lastIndexOf("#char=") + 6);
        return Integer.parseInt(range.substring(0, range.indexOf(',')));
    }

    private static int indexOf(List<ReviewGraph.Evidence> sentences, Node span) {
        for (int i = 0; i < sentences.size(); i++) if (sentences.get(i).span().equals(span)) return i;
        return -1;
    }

    /** The fact, and the candidate declarations of the resources it names (what {@link Replay} asserts with it). */
    static List<Triple> adds(Graph g, Triple t) {
        List<Triple> out = new ArrayList<>();
        if (!g.contains(t)) out.add(t);
        for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
            if (!n.isURI()) continue;
            for (Node e : g.find(Node.ANY, RDF.subject.asNode(), n).mapWith(Triple::getSubject).toList()) {
                if (!g.contains(e, Pact.needsReview.asNode(), TRUE)) continue;
                Triple d = ReviewGraph.reified(g, e);
                if (d != null && DECLARING.contains(d.getPredicate()) && !g.contains(d) && !out.contains(d)) out.add(d);
            }
        }
        return out;
    }
}
