package org.pactgraph.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Makes decisions on a store: each in one write transaction that records it in
 * {@link Decisions#GRAPH} and applies it ({@link Replay}) to the document graphs it touches, so
 * that the store served shows it at once and every later load keeps it. What the decision added
 * to or removed from document graphs goes to its {@link DocumentChanges} in the same
 * transaction (the load stage's checks them against the shapes and brings the inferred graph up
 * to date): approvals, rejections, edits, merges and undos alike, so that one check refuses any
 * decision that would make the store break a shape, its transaction aborted.
 */
public final class Reviewer {
    private final DatasetGraph dsg;
    private final Clock clock;
    private final String graph;
    private final DocumentChanges changes;

    public Reviewer(DatasetGraph dsg, Clock clock) {
        this(dsg, clock, null, DocumentChanges.NONE);
    }

    private Reviewer(DatasetGraph dsg, Clock clock, String graph, DocumentChanges changes) {
        this.dsg = dsg;
        this.clock = clock;
        this.graph = graph;
        this.changes = changes;
    }

    /** A reviewer whose decisions hand what they change in document graphs to {@code changes}, in their transaction. */
    public Reviewer following(DocumentChanges changes) {
        return new Reviewer(dsg, clock, graph, changes);
    }

    /**
     * A reviewer that looks for the items it decides first in one document graph (the
     * {@code graph} a page showed with the item), so that a decision costs that graph rather than
     * the whole queue; null or a graph that does not hold the item looks in the whole queue.
     */
    public Reviewer within(String documentGraph) {
        return new Reviewer(dsg, clock, documentGraph, changes);
    }

    /** Approves the item of the key: asserts the fact, or confirms the entity. */
    public Decision approve(String key, String agent) {
        return decide(key, Decision.Verdict.APPROVE, null, null, agent);
    }

    /** Rejects the item of the key: the fact is never asserted, the entity leaves its document's graph. */
    public Decision reject(String key, String agent) {
        return decide(key, Decision.Verdict.REJECT, null, null, agent);
    }

    /** Asserts the candidate fact of the key with another subject or object (null keeps the candidate's). */
    public Decision edit(String key, String subject, String object, String agent) {
        if (subject == null && object == null) throw new ReviewException("An edit of " + key + " changes nothing", "give the new subject or object");
        return decide(key, Decision.Verdict.EDIT, subject, object, agent);
    }

    /**
     * Rewrites one resource to another in every document graph, now and in every later load. What
     * the rewrite changes goes to {@link #changes} as any decision's does, so a merge that would give
     * one resource two values a shape allows one of (a post in two organisations) is refused.
     */
    public Decision merge(String from, String into, String agent) {
        Node f = resource(from, "merge");
        Node i = resource(into, "merge");
        if (f.equals(i)) throw new ReviewException("Cannot merge <" + from + "> into itself", "give two different resources");
        return Txn.calculateWrite(dsg, () -> {
            if (dsg.contains(NodeFactory.createURI(Iris.REFERENCE_GRAPH), f, Node.ANY, Node.ANY)) {
                throw new ReviewException("<" + from + "> is described by the reference data, which review does not rewrite",
                        "merge the extractor's resource into it instead (pactgraph review merge NEW " + from + ")");
            }
            Map<Node, Node> merged = Decisions.in(dsg).merges();
            if (merged.containsKey(f)) {
                throw new ReviewException("<" + from + "> is merged into <" + merged.get(f) + "> already",
                        "undo that merge first (pactgraph review undo " + DecisionKeys.ofMerge(f) + ")");
            }
            known(f);
            known(i);
            mergeable(f, from);
            mergeable(i, into);
            if (merged.containsKey(i)) {
                throw new ReviewException("<" + into + "> was itself merged into <" + merged.get(i) + ">", "merge into that one");
            }
            Decision d = new Decision(DecisionKeys.ofMerge(f), Decision.Verdict.MERGE, Triple.create(f, DCTerms.isReplacedBy.asNode(), i), null, f,
                    agent, now());
            Decisions.write(dsg, d);
            // Only the document graphs that name FROM change; the others hold the standing decisions already.
            java.util.Set<Node> graphs = DecidedItems.graphsNamingAnywhere(dsg, f);
            Replay replay = new Replay(Decisions.in(dsg));
            try {
                changing(graphs, () -> graphs.forEach(g -> replay.applyTo(dsg.getGraph(g))));
            } catch (ReviewException refused) {
                throw new ReviewException("Merging <" + from + "> into <" + into + ">: " + refused.getMessage(),
                        "if they are one resource, undo or reject the conflicting value first, then merge; otherwise they are two. Nothing was changed");
            }
            return d;
        });
    }

    /**
     * Undoes the standing decision of a key, as {@code review approve|reject|edit|merge} printed
     * it: an item's (each of its facts' decisions), an entity's or a merge's. The decision stays
     * in {@link Decisions#GRAPH} with an activity that invalidates it; the document graphs it
     * touched are put back as the extractor wrote them with the decisions that still stand
     * ({@link Replay#rebuild}), so the item is in the queue again at once, and every later load
     * replays the decisions without it.
     *
     * @return the keys of the decisions undone (one, or each fact's of an item)
     */
    public java.util.List<String> undo(String key, String agent) {
        if (!DecisionKeys.isKey(key)) throw new ReviewException("'" + key + "' is not a decision key", "give the 16-digit key 'pactgraph review approve|reject|edit|merge' printed");
        return Txn.calculateWrite(dsg, () -> {
            Decisions standing = Decisions.in(dsg);
            java.util.List<String> keys = standing.get(key).isPresent() ? java.util.List.of(key) : DecidedItems.factKeys(dsg, standing, key);
            if (keys.isEmpty()) {
                throw new ReviewException("No standing decision has the key " + key + " (never decided, or undone already)",
                        "give the key that 'pactgraph review approve|reject|edit|merge' printed; 'pactgraph review list' shows what waits");
            }
            Instant at = now();
            java.util.Set<Node> graphs = new java.util.LinkedHashSet<>();
            for (String k : keys) {
                Decision d = standing.get(k).orElseThrow();
                Decisions.writeUndo(dsg, k, standing.activity(k).orElseThrow(), agent, at);
                graphs.addAll(d.verdict() == Decision.Verdict.MERGE ? DecidedItems.graphsOfMerge(dsg, standing, d.about()) : DecidedItems.graphsOf(dsg, d));
            }
            Replay replay = new Replay(Decisions.in(dsg));
            changing(graphs, () -> graphs.forEach(g -> replay.rebuild(dsg.getGraph(g))));
            return keys;
        });
    }

    private Decision decide(String key, Decision.Verdict verdict, String subject, String object, String agent) {
        if (!DecisionKeys.isKey(key)) throw new ReviewException("'" + key + "' is not a review key", "give one of the 16-digit keys 'pactgraph review list' shows");
        return Txn.calculateWrite(dsg, () -> {
            Candidate c = ReviewQueue.find(dsg, key, graph).orElseThrow(() -> notWaiting(key));
            Decision last;
            if (c.kind() == Candidate.Kind.ENTITY) {
                if (verdict == Decision.Verdict.EDIT) throw new ReviewException(key + " is a new entity; only facts are edited", "merge the entity instead");
                if (verdict == Decision.Verdict.REJECT) refuseIfNamedByOthers(c);
                last = new Decision(key, verdict, c.statement(), null, c.about(), agent, now());
                Decisions.write(dsg, last);
            } else {
                Node[] swap = verdict == Decision.Verdict.EDIT ? swap(c, subject, object) : null;
                last = null;
                for (var fact : c.facts().entrySet()) {
                    Decision d = decisionOn(fact.getKey(), fact.getValue(), verdict, swap, c.about(), agent);
                    Decisions.write(dsg, d);
                    last = d;
                }
                last = new Decision(key, verdict, c.statement(), verdict == Decision.Verdict.EDIT ? substitute(c.statement(), swap) : null,
                        c.about(), agent, last.at());
            }
            Node g = NodeFactory.createURI(c.graph());
            changing(java.util.Set.of(g), () -> new Replay(Decisions.in(dsg)).applyTo(dsg.getGraph(g)));
            return last;
        });
    }

    /** Runs a change of the given document graphs and hands what it added and removed there to {@link #changes}. */
    private void changing(java.util.Set<Node> graphs, Runnable change) {
        java.util.Map<Node, java.util.Set<Triple>> before = new java.util.HashMap<>();
        for (Node g : graphs) before.put(g, new java.util.HashSet<>(dsg.getGraph(g).find().toList()));
        change.run();
        java.util.List<Triple> changed = new java.util.ArrayList<>();
        boolean additionsOnly = true;
        for (Node g : graphs) {
            java.util.Set<Triple> after = new java.util.HashSet<>(dsg.getGraph(g).find().toList());
            for (Triple t : before.get(g)) {
                if (!after.contains(t)) {
                    changed.add(t);
                    additionsOnly = false;
                }
            }
            for (Triple t : after) {
                if (!before.get(g).contains(t)) changed.add(t);
            }
        }
        if (!changed.isEmpty()) changes.changed(dsg, graphs, changed, additionsOnly);
    }

    /**
     * Links that a resource may lose with the entity they point at: the document's announcement
     * announcing it, a quote or claim about it. Nothing requires them, so a rejected partnership
     * takes them with it.
     */
    private static final java.util.Set<Node> LEFT_WITH_THE_ENTITY = java.util.Set.of(Pact.announces.asNode(), Pact.about.asNode());

    /**
     * A rejected entity leaves its document's graph; what other resources state about it would
     * be left pointing at nothing (a partnership with one partner, which the next load refuses),
     * so it is refused while other resources' asserted facts name it, except by the links
     * {@link #LEFT_WITH_THE_ENTITY}, which go with it.
     */
    private void refuseIfNamedByOthers(Candidate c) {
        Node graph = NodeFactory.createURI(c.graph());
        java.util.List<String> naming = new java.util.ArrayList<>();
        dsg.find(graph, Node.ANY, Node.ANY, c.about()).forEachRemaining(q -> {
            if (LEFT_WITH_THE_ENTITY.contains(q.getPredicate())) return;
            if (!q.getSubject().equals(c.about()) && !dsg.contains(graph, q.getSubject(), org.apache.jena.vocabulary.RDF.type.asNode(),
                    org.apache.jena.vocabulary.RDF.Statement.asNode())) {
                naming.add(QueueText.statement(q.asTriple()));
            }
        });
        if (!naming.isEmpty()) {
            throw new ReviewException("Rejecting " + QueueText.term(c.about()) + " would leave what other resources state about it dangling: "
                    + String.join("; ", naming.subList(0, Math.min(3, naming.size()))) + (naming.size() > 3 ? " ..." : ""),
                    "reject the resource that names it, or merge it into the right one");
        }
    }

    /** The resource an edit replaces (the main fact's subject or object) and the one it puts instead. */
    private Node[] swap(Candidate c, String subject, String object) {
        if (subject != null && object != null) throw new ReviewException("An edit replaces one resource", "give --subject or --object, not both");
        Node old = subject != null ? c.statement().getSubject() : c.statement().getObject();
        if (!old.isURI()) throw new ReviewException("The object of " + c.key() + " is a value, not a resource", "edit the subject, or reject the item");
        return new Node[] {old, known(resource(subject != null ? subject : object, "edit"))};
    }

    /**
     * One fact's decision within an item: an edit rejects the declarations (type, name, review
     * mark) of the resource it replaces, asserts the facts that named it with the new one instead,
     * and approves the rest.
     */
    private Decision decisionOn(String factKey, Triple t, Decision.Verdict verdict, Node[] swap, Node about, String agent) {
        if (verdict != Decision.Verdict.EDIT) return new Decision(factKey, verdict, t, null, about, agent, now());
        boolean declaresOld = t.getSubject().equals(swap[0]) && ReviewQueue.DECLARING.contains(t.getPredicate());
        if (declaresOld) return new Decision(factKey, Decision.Verdict.REJECT, t, null, about, agent, now());
        Triple replaced = substitute(t, swap);
        return replaced.equals(t) ? new Decision(factKey, Decision.Verdict.APPROVE, t, null, about, agent, now())
                : new Decision(factKey, Decision.Verdict.EDIT, t, replaced, about, agent, now());
    }

    private static Triple substitute(Triple t, Node[] swap) {
        return Triple.create(t.getSubject().equals(swap[0]) ? swap[1] : t.getSubject(), t.getPredicate(),
                t.getObject().equals(swap[0]) ? swap[1] : t.getObject());
    }

    private ReviewException notWaiting(String key) {
        return Decisions.in(dsg).get(key)
                .map(d -> new ReviewException(key + " was decided already: " + d.verdict().word() + " by " + d.agent() + " at " + d.at(),
                        "undo it first (pactgraph review undo " + key + "), then decide again"))
                .orElseGet(() -> new ReviewException("No item with the key " + key + " waits for review (decided already, or its sentence changed)",
                        "see 'pactgraph review list'"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static Node resource(String iri, String verb) {
        String expanded = iri.startsWith("<") && iri.endsWith(">") ? iri.substring(1, iri.length() - 1)
                : org.pactgraph.model.Namespaces.standard().expandPrefix(iri);
        if (!expanded.startsWith(Iris.ID_BASE)) {
            throw new ReviewException("Cannot " + verb + " with '" + iri + "': not a PactGraph resource IRI",
                    "give an IRI under " + Iris.ID_BASE + " (find one with /search?q=NAME)");
        }
        return NodeFactory.createURI(expanded);
    }

    /** The resource, when the store names it; the caller holds a transaction. */
    /** The activity of the decision that stands for the key ({@code KEY}, or {@code KEY-n} after undos), if one stands. */
    public java.util.Optional<Node> standingActivity(String key) {
        return Txn.calculateRead(dsg, () -> Decisions.in(dsg).activity(key));
    }

    /** Only what announcements describe is merged: not a document, a sentence, a rule or a statement of evidence. */
    private void mergeable(Node n, String iri) {
        for (Node kind : List.of(Pact.Document.asNode(), Pact.TextSpan.asNode(), Pact.ExtractionRule.asNode(), RDF.Statement.asNode())) {
            if (dsg.contains(Node.ANY, n, RDF.type.asNode(), kind)) {
                throw new ReviewException("<" + iri + "> is a " + kind.getLocalName() + ", part of the evidence, which review does not merge",
                        "merge an organisation, person, place, theme, event, partnership or initiative");
            }
        }
    }

    private Node known(Node n) {
        boolean named = dsg.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY).hasNext() || dsg.find(Node.ANY, n, SKOS.prefLabel.asNode(), Node.ANY).hasNext();
        if (!named) throw new ReviewException("<" + n.getURI() + "> is named nowhere in the store", "pick a resource /search finds");
        return n;
    }
}
