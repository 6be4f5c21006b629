package org.pactgraph.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Namespaces;
import org.pactgraph.reason.AssertedGraph;
import org.pactgraph.reason.ConsistencyReport;
import org.pactgraph.reason.DatasetFacts;
import org.pactgraph.reason.InconsistencyException;
import org.pactgraph.reason.Materialization;
import org.pactgraph.reason.Materializer;
import org.pactgraph.reason.Rederivation;

/**
 * Brings the inferred graph up to date after some document graphs were replaced, added or
 * removed, reasoning over the region they touch instead of over the whole store.
 *
 * <p>The region is every resource the old and new triples of those documents name. Inferred
 * triples about a resource of the region whose other end is in the region too, or belongs to
 * the ontologies or the reference data, or is a literal, are dropped: they may have rested on a
 * triple that is gone. Then the OWL 2 RL rules run to their fixpoint over the ontologies, the
 * reference data, every triple left that names a resource of the region (asserted, or inferred
 * with its other end outside the region), and every triple about the curated resources those
 * link the region to; what they entail
 * and no graph asserts goes (back) into the inferred graph. Inferences that join two documents
 * through a shared resource are found as long as that resource is named by the changed document;
 * the full load stays the reference ({@code pactgraph check} compares the inferred graph with a
 * complete reasoning, and {@code bench incremental} compares whole stores by digest).
 */
final class RegionalInference {
    private static final Node INFERRED = NodeFactory.createURI(Iris.INFERRED_GRAPH);

    private final CuratedClosure curated;
    private final Set<Triple> baseClosure;
    /** What the curated data names; an update that drops inferences adds what unchanged documents name (one update per object). */
    private final Set<Node> base;
    private final Set<Node> joinPredicates;

    RegionalInference(Graph ontology, Graph reference) {
        this(CuratedClosure.of(ontology, reference));
    }

    /** Over curated data reasoned over already (one {@link CuratedClosure} may serve many updates, one at a time or at once). */
    RegionalInference(CuratedClosure curated) {
        this.curated = curated;
        this.baseClosure = curated.closure();
        this.base = new HashSet<>(curated.named());
        this.joinPredicates = curated.joinPredicates();
    }

    /** How many inferred triples were dropped and how many were (re)written. */
    record Result(int dropped, int written, int facts) {}

    /**
     * Updates the inferred graph of the dataset, whose document graphs already hold their new
     * content; {@code changed} holds the triples of the old and the new graphs of the changed
     * documents. When documents were only added, nothing inferred can lose its support and
     * nothing is dropped (the rules are monotone). Throws when the region is inconsistent. The
     * caller holds a write transaction.
     */
    Result update(DatasetGraph dsg, List<Triple> changed, Set<Node> changedGraphs, boolean additionsOnly) {
        Set<Node> region = new HashSet<>();
        for (Triple t : changed) {
            region.add(t.getSubject());
            if (!t.getObject().isLiteral()) region.add(t.getObject());
        }
        Graph asserted = new AssertedGraph(dsg);
        if (!additionsOnly) {
            // What unchanged documents also name (a theme, the rule that made a statement, rdf:Statement) is treated as
            // curated data is: what those documents say of it stands, and only what joins it to the change is looked at again.
            for (Node n : region) {
                if (!base.contains(n) && namedElsewhere(dsg, n, changedGraphs)) base.add(n);
            }
        }
        // Curated resources the change may have taken an inference away from: all that names them is reasoned over again.
        Set<Node> hubs = new HashSet<>();
        // Pairs of curated resources an inference between which was dropped: what links them is reasoned over again.
        List<Node[]> pairs = new ArrayList<>();
        List<Quad> dropped = new ArrayList<>();
        // Dropped types of resources that other documents name too.
        Set<Triple> types = new HashSet<>();
        if (!additionsOnly) {
            for (Node n : region) {
                boolean curated = base.contains(n);
                java.util.function.Consumer<Quad> consider = q -> {
                    Node other = q.getSubject().equals(n) ? q.getObject() : q.getSubject();
                    if (!curated || (region.contains(other) && !base.contains(other))) {
                        dropped.add(q);
                    } else if (base.contains(other) && !baseClosure.contains(q.asTriple())) {
                        dropped.add(q);
                        // A type of a shared resource rests on its own links (a range, a domain, a restriction), not on what links it
                        // to the class: it is put back when it still follows from what is left (below).
                        if (q.getSubject().equals(n) && q.getPredicate().equals(RDF.type.asNode())) types.add(q.asTriple());
                        else pairs.add(new Node[] {n, other});
                    } else if (other.isLiteral() && !baseClosure.contains(q.asTriple())) {
                        dropped.add(q);
                        hubs.add(n);
                    }
                };
                dsg.find(INFERRED, n, Node.ANY, Node.ANY).forEachRemaining(consider);
                dsg.find(INFERRED, Node.ANY, Node.ANY, n).forEachRemaining(consider);
            }
            for (Triple t : changed) {
                // A triple a changed document asserted or asserts between curated resources: entailed or not, it is looked at again.
                if (base.contains(t.getSubject()) && (t.getObject().isLiteral() || base.contains(t.getObject())) && !baseClosure.contains(t)
                        && onlyInChangedGraphs(dsg, t, changedGraphs)) {
                    hubs.add(t.getSubject());
                }
            }
        }
        new HashSet<>(dropped).forEach(dsg::delete);
        hubs.addAll(rederive(dsg, types));
        Set<Node> around = commonNeighbours(dsg, pairs, region);

        // Whose incoming links are read: what documents made, the hubs, and the curated resources that the change says
        // something about that a rule joins on; the others' incoming links (thousands for a theme or a university) are only
        // read when the first pass entails something new about them that a rule joins on.
        Set<Node> incoming = new HashSet<>();
        for (Node n : region) {
            // Inferences about what documents made were dropped above and are drawn again from all that links to it. After
            // additions alone nothing was dropped, and a resource that other documents name too (a theme, the rule that made a
            // statement, rdf:Statement) is then treated as a curated one.
            if (hubs.contains(n) || !additionsOnly && !base.contains(n)) incoming.add(n);
        }
        for (Triple t : changed) {
            if (region.contains(t.getSubject()) && joinPredicates.contains(t.getPredicate()) && onlyInChangedGraphs(dsg, t, changedGraphs)) {
                incoming.add(t.getSubject());
            }
        }
        Materializer.Session session = seeded(dsg, region, hubs, new HashSet<>(around), incoming);
        int facts = session.size();
        Materialization m = session.finish();
        Set<Node> more = newlyJoinable(dsg, asserted, m, region, incoming);
        if (!more.isEmpty()) {
            incoming.addAll(more);
            session = seeded(dsg, region, hubs, new HashSet<>(around), incoming);
            facts = session.size();
            m = session.finish();
        }
        if (!m.consistent()) {
            DatasetFacts stated = new DatasetFacts(dsg, (g, t) -> g.getURI());
            throw new InconsistencyException(ConsistencyReport.summary(m.clashes()),
                    ConsistencyReport.render(m.clashes(), m.schema(), stated, Namespaces.standard()));
        }
        int written = 0;
        for (Triple t : m.inferredTriples()) {
            boolean local = isLocal(t.getSubject(), region) || isLocal(t.getObject(), region);
            // Never an asserted triple, as a full load writes none: a shared resource's links from other documents may be asserted there.
            if (asserted.contains(t) || !local && dsg.contains(INFERRED, t.getSubject(), t.getPredicate(), t.getObject())) continue;
            dsg.add(INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
            written++;
        }
        // Asserted now by a changed document: no longer an inference; asserted no more but entailed by the curated data: one again.
        for (Triple t : changed) {
            if (asserted.contains(t)) dsg.delete(INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
            else if (baseClosure.contains(t)) dsg.add(INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
        }
        return new Result(dropped.size(), written, facts);
    }

    /**
     * Puts back into the inferred graph each of the dropped types that still follows in one rule
     * step from what the store holds (until none more does), and gives the resources of those
     * that do not: those are reasoned over with all the links left to them. Reading all the links
     * of a resource that thousands of documents name (an extraction rule, typed by a range) is
     * what this spares; one link that still supports the type is enough.
     */
    private Set<Node> rederive(DatasetGraph dsg, Set<Triple> types) {
        Set<Triple> open = new HashSet<>(types);
        if (open.isEmpty()) return Set.of();
        Rederivation rederivation = new Rederivation(curated.schema(), new NearbyFacts(dsg));
        for (boolean more = true; more; ) {
            more = false;
            for (var it = open.iterator(); it.hasNext(); ) {
                Triple t = it.next();
                if (!rederivation.follows(t)) continue;
                dsg.add(INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
                it.remove();
                more = true;
            }
        }
        Set<Node> out = new HashSet<>();
        open.forEach(t -> out.add(t.getSubject()));
        return out;
    }

    /**
     * A reasoner holding the curated data, its closure, and what the region links to: every
     * triple naming a resource of the region whose other end is a literal, in the region, curated
     * or {@code around}; every triple naming a document-made resource or a hub; and the triples
     * of the resources around. Incoming links are read only for the resources of {@code incoming}.
     */
    private Materializer.Session seeded(DatasetGraph dsg, Set<Node> region, Set<Node> hubs, Set<Node> around, Set<Node> incoming) {
        Materializer.Session session = new Materializer().start(curated.schema());
        curated.triples().find().forEachRemaining(session::add);
        baseClosure.forEach(session::add);
        for (Node n : region) {
            boolean hub = hubs.contains(n);
            boolean all = !base.contains(n) || hub;
            java.util.function.Consumer<Triple> seed = t -> {
                Node other = t.getSubject().equals(n) ? t.getObject() : t.getSubject();
                if (all || other.isLiteral() || region.contains(other) || base.contains(other) || around.contains(other)) session.add(t);
                if (hub && !other.isLiteral() && !region.contains(other) && !base.contains(other)) around.add(other);
            };
            NearbyFacts.inAnyGraph(dsg, n, Node.ANY, Node.ANY).forEachRemaining(seed);
            if (incoming.contains(n)) NearbyFacts.inAnyGraph(dsg, Node.ANY, Node.ANY, n).forEachRemaining(seed);
        }
        // What links a curated resource to another goes through the documents' resources around both (a partnership of two partners).
        for (Node x : around) NearbyFacts.inAnyGraph(dsg, x, Node.ANY, Node.ANY).forEachRemaining(session::add);
        return session;
    }

    /**
     * The curated resources of the region whose incoming links were not read and about which
     * the reasoning entailed something new that a rule joins on (a type, a sameAs, a link of a
     * transitive property or of a property chain): their incoming links may entail more.
     */
    private Set<Node> newlyJoinable(DatasetGraph dsg, Graph asserted, Materialization m, Set<Node> region, Set<Node> incoming) {
        Set<Node> out = new HashSet<>();
        for (Triple t : m.inferredTriples()) {
            Node n = t.getSubject();
            if (!region.contains(n) || incoming.contains(n) || out.contains(n) || !joinPredicates.contains(t.getPredicate())) continue;
            if (!dsg.contains(INFERRED, n, t.getPredicate(), t.getObject()) && !asserted.contains(t)) out.add(n);
        }
        return out;
    }

    /** True when a graph other than the changed documents' and the inferred one names the resource. */
    private static boolean namedElsewhere(DatasetGraph dsg, Node n, Set<Node> changedGraphs) {
        for (var quads : List.of(dsg.find(Node.ANY, n, Node.ANY, Node.ANY), dsg.find(Node.ANY, Node.ANY, Node.ANY, n))) {
            while (quads.hasNext()) {
                Node g = quads.next().getGraph();
                if (!changedGraphs.contains(g) && !g.equals(INFERRED)) return true;
            }
        }
        return false;
    }

    /** True when no graph but the changed documents' holds the triple: not asserted elsewhere, and not inferred before. */
    private static boolean onlyInChangedGraphs(DatasetGraph dsg, Triple t, Set<Node> changedGraphs) {
        var quads = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (quads.hasNext()) {
            if (!changedGraphs.contains(quads.next().getGraph())) return false;
        }
        return true;
    }

    /** The document-made resources outside the region that name both curated resources of a pair. */
    private Set<Node> commonNeighbours(DatasetGraph dsg, List<Node[]> pairs, Set<Node> region) {
        java.util.Map<Node, Set<Node>> neighbours = new java.util.HashMap<>();
        for (Node[] pair : pairs) {
            for (Node a : pair) {
                neighbours.computeIfAbsent(a, n -> {
                    Set<Node> out = new HashSet<>();
                    java.util.function.Consumer<Triple> add = t -> {
                        Node other = t.getSubject().equals(n) ? t.getObject() : t.getSubject();
                        if (!other.isLiteral() && !base.contains(other) && !region.contains(other)) out.add(other);
                    };
                    NearbyFacts.inAnyGraph(dsg, n, Node.ANY, Node.ANY).forEachRemaining(add);
                    NearbyFacts.inAnyGraph(dsg, Node.ANY, Node.ANY, n).forEachRemaining(add);
                    return out;
                });
            }
        }
        Set<Node> common = new HashSet<>();
        for (Node[] pair : pairs) {
            Set<Node> a = neighbours.get(pair[0]);
            Set<Node> b = neighbours.get(pair[1]);
            (a.size() < b.size() ? a : b).stream().filter(a.size() < b.size() ? b::contains : a::contains).forEach(common::add);
        }
        return common;
    }

    /** True for a resource of the region that the curated data does not name: one a document made. */
    private boolean isLocal(Node n, Set<Node> region) {
        return region.contains(n) && !base.contains(n);
    }
}
