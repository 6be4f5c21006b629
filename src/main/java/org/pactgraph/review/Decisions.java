package org.pactgraph.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Prov;

/**
 * Every decision of the store, read from and written to its own named graph {@link #GRAPH}, in
 * PROV-O: each decision is a {@code prov:Activity} attributed to its writer
 * ({@code prov:wasAttributedTo}, an {@code prov:Agent} named {@code id/user/NAME}) that ended at a
 * time ({@code prov:endedAtTime}), used the evidence node or entity it was about
 * ({@code prov:used}), and generated the statement it asserts ({@code prov:generated}) or
 * invalidated the one it refuses ({@code prov:invalidated}), both reified as
 * {@code rdf:Statement}s. {@code dcterms:identifier} is its key, {@code dcterms:type} its verdict.
 */
public final class Decisions {
    /** The graph of decisions. */
    public static final String GRAPH = Iris.DECISIONS_GRAPH;
    /** Base of the decisions' IRIs: {@code id/decision/KEY}. */
    public static final String DECISION_BASE = Iris.ID_BASE + "decision/";
    /** Base of the reviewers' IRIs: {@code id/user/NAME}. */
    public static final String USER_BASE = Iris.ID_BASE + "user/";

    /** The {@code dcterms:type} of an activity that undoes a decision. */
    public static final String UNDO = "undo";

    private static final Node GRAPH_NODE = NodeFactory.createURI(GRAPH);
    private final Map<String, Decision> byKey;
    private final Map<String, Node> activities;

    private Decisions(Map<String, Decision> byKey, Map<String, Node> activities) {
        this.byKey = Collections.unmodifiableMap(byKey);
        this.activities = Collections.unmodifiableMap(activities);
    }

    /** No decision. */
    public static final Decisions NONE = new Decisions(Map.of(), Map.of());

    /** The decisions of a dataset; the caller holds a transaction. */
    public static Decisions in(DatasetGraph dsg) {
        return of(dsg.getGraph(GRAPH_NODE));
    }

    /** The decisions among the quads (those of {@link #GRAPH}). */
    public static Decisions of(Iterable<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Quad q : quads) if (q.getGraph().equals(GRAPH_NODE)) g.add(q.asTriple());
        return of(g);
    }

    /**
     * The decisions of a graph of decisions that stand: a decision an undo invalidated is kept in
     * the graph, as history, but does not count; of several standing decisions of one key (made
     * one after another, each after the undo of the one before), the last made counts.
     */
    public static Decisions of(Graph g) {
        Map<String, Decision> out = new LinkedHashMap<>();
        Map<String, Node> activities = new LinkedHashMap<>();
        List<Node> made = g.find(Node.ANY, RDF.type.asNode(), Prov.Activity.asNode()).mapWith(Triple::getSubject).toList().stream()
                .filter(a -> !undone(g, a)).sorted(java.util.Comparator.comparingInt(Decisions::sequence)).toList();
        for (Node a : made) {
            read(g, a).ifPresent(d -> {
                out.put(d.key(), d);
                activities.put(d.key(), a);
            });
        }
        return new Decisions(out, activities);
    }

    /** True when an undo invalidated the activity. */
    private static boolean undone(Graph g, Node activity) {
        return g.find(Node.ANY, Prov.invalidated.asNode(), activity)
                .filterKeep(t -> g.contains(t.getSubject(), DCTerms.type.asNode(), NodeFactory.createLiteralString(UNDO))).hasNext();
    }

    /** The activity that made the standing decision of a key, if any. */
    public Optional<Node> activity(String key) {
        return Optional.ofNullable(activities.get(key));
    }

    /** The decision of a key, if any. */
    public Optional<Decision> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Every decision, in the order read. */
    public List<Decision> all() {
        return List.copyOf(byKey.values());
    }

    /** The merges: merged IRI to the IRI it became, followed to the end of a chain. */
    public Map<Node, Node> merges() {
        Map<Node, Node> direct = new LinkedHashMap<>();
        for (Decision d : byKey.values()) {
            if (d.verdict() == Decision.Verdict.MERGE) direct.put(d.statement().getSubject(), d.statement().getObject());
        }
        Map<Node, Node> out = new LinkedHashMap<>();
        direct.forEach((from, to) -> {
            Node end = to;
            for (int i = 0; i < direct.size() && direct.containsKey(end); i++) end = direct.get(end);
            out.put(from, end);
        });
        return out;
    }

    /** The number of decisions. */
    public int size() {
        return byKey.size();
    }

    /** The decision's IRI. */
    public static Node iri(String key) {
        return NodeFactory.createURI(DECISION_BASE + key);
    }

    /**
     * Writes a decision into the dataset's graph of decisions and returns its activity: the first
     * decision of a key is {@code id/decision/KEY}, a later one (after an undo) {@code KEY-2},
     * {@code KEY-3}...; nothing earlier is deleted. The caller holds a write transaction.
     */
    public static Node write(DatasetGraph dsg, Decision d) {
        Node activity = iri(d.key());
        for (int n = 2; dsg.contains(GRAPH_NODE, activity, Node.ANY, Node.ANY); n++) activity = NodeFactory.createURI(iri(d.key()).getURI() + "-" + n);
        asTriples(d, activity).forEach(t -> dsg.add(GRAPH_NODE, t.getSubject(), t.getPredicate(), t.getObject()));
        return activity;
    }

    /**
     * Records that a writer undid a decision: a {@code prov:Activity} ({@code ACTIVITY/undo}, of
     * {@code dcterms:type "undo"}) that {@code prov:invalidated} the decision's activity, which
     * stays in the graph. The caller holds a write transaction.
     */
    public static Node writeUndo(DatasetGraph dsg, String key, Node decision, String agent, Instant at) {
        Node undo = NodeFactory.createURI(decision.getURI() + "/undo");
        List<Triple> out = new ArrayList<>();
        describe(out, undo, key, UNDO, agent, at);
        out.add(Triple.create(undo, Prov.invalidated.asNode(), decision));
        out.forEach(t -> dsg.add(GRAPH_NODE, t.getSubject(), t.getPredicate(), t.getObject()));
        return undo;
    }

    /** The place of an activity among the decisions of its key: 1 for {@code KEY}, n for {@code KEY-n}. */
    private static int sequence(Node activity) {
        String iri = activity.getURI();
        int dash = iri.lastIndexOf('-');
        return dash > iri.lastIndexOf('/') && iri.substring(dash + 1).matches("\\d{1,9}") ? Integer.parseInt(iri.substring(dash + 1)) : 1;
    }

    private static void describe(List<Triple> out, Node a, String key, String type, String agentName, Instant at) {
        Node agent = NodeFactory.createURI(USER_BASE + Iris.slug(agentName));
        out.add(Triple.create(a, RDF.type.asNode(), Prov.Activity.asNode()));
        out.add(Triple.create(a, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(key)));
        out.add(Triple.create(a, DCTerms.type.asNode(), NodeFactory.createLiteralString(type)));
        out.add(Triple.create(a, RDFS.label.asNode(), NodeFactory.createLiteralLang(type + " " + key, "en")));
        out.add(Triple.create(a, Prov.wasAttributedTo.asNode(), agent));
        out.add(Triple.create(a, Prov.endedAtTime.asNode(), NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime)));
        out.add(Triple.create(agent, RDF.type.asNode(), Prov.Agent.asNode()));
        out.add(Triple.create(agent, RDFS.label.asNode(), NodeFactory.createLiteralString(agentName)));
    }

    /** The decision as triples of the graph of decisions, as its first activity of its key. */
    static List<Triple> asTriples(Decision d) {
        return asTriples(d, iri(d.key()));
    }

    private static List<Triple> asTriples(Decision d, Node a) {
        List<Triple> out = new ArrayList<>();
        describe(out, a, d.key(), d.verdict().word(), d.agent(), d.at());
        if (d.about() != null) out.add(Triple.create(a, Prov.used.asNode(), d.about()));
        Node candidate = NodeFactory.createURI(a.getURI() + "#candidate");
        reify(out, candidate, d.statement());
        switch (d.verdict()) {
            case APPROVE -> out.add(Triple.create(a, d.onEntity() ? Prov.invalidated.asNode() : Prov.generated.asNode(), candidate));
            case REJECT -> out.add(Triple.create(a, Prov.invalidated.asNode(), d.onEntity() ? d.statement().getSubject() : candidate));
            case MERGE -> {
                out.add(Triple.create(a, Prov.generated.asNode(), candidate));
                out.add(Triple.create(a, Prov.invalidated.asNode(), d.statement().getSubject()));
            }
            case EDIT -> {
                Node asserted = NodeFactory.createURI(a.getURI() + "#asserted");
                reify(out, asserted, d.replacement());
                out.add(Triple.create(a, Prov.invalidated.asNode(), candidate));
                out.add(Triple.create(a, Prov.generated.asNode(), asserted));
            }
        }
        return out;
    }

    private static void reify(List<Triple> out, Node n, Triple t) {
        out.add(Triple.create(n, RDF.type.asNode(), RDF.Statement.asNode()));
        out.add(Triple.create(n, RDF.subject.asNode(), t.getSubject()));
        out.add(Triple.create(n, RDF.predicate.asNode(), t.getPredicate()));
        out.add(Triple.create(n, RDF.object.asNode(), t.getObject()));
    }

    private static Optional<Decision> read(Graph g, Node a) {
        String key = literal(g, a, DCTerms.identifier.asNode());
        Decision.Verdict verdict = Decision.Verdict.ofWord(literal(g, a, DCTerms.type.asNode()));
        Node agent = object(g, a, Prov.wasAttributedTo.asNode());
        String agentName = agent == null ? null : literal(g, agent, RDFS.label.asNode());
        String at = literal(g, a, Prov.endedAtTime.asNode());
        Triple statement = statement(g, NodeFactory.createURI(a.getURI() + "#candidate"));
        if (key == null || verdict == null || agentName == null || at == null || statement == null) return Optional.empty();
        Triple replacement = verdict == Decision.Verdict.EDIT ? statement(g, NodeFactory.createURI(a.getURI() + "#asserted")) : null;
        if (verdict == Decision.Verdict.EDIT && replacement == null) return Optional.empty();
        return Optional.of(new Decision(key, verdict, statement, replacement, object(g, a, Prov.used.asNode()), agentName, Instant.parse(at)));
    }

    private static Triple statement(Graph g, Node n) {
        Node s = object(g, n, RDF.subject.asNode());
        Node p = object(g, n, RDF.predicate.asNode());
        Node o = object(g, n, RDF.object.asNode());
        return s == null || p == null || o == null ? null : Triple.create(s, p, o);
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String literal(Graph g, Node s, Node p) {
        Node o = object(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }
}
