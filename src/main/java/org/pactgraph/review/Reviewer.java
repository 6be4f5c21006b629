package org.pactgraph.review;

import java.time.Clock;
import java.time.Instant;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Iris;

/**
 * Makes decisions on a store: each in one write transaction that records it in
 * {@link Decisions#GRAPH} and applies it ({@link Replay}) to the document graphs it touches, so
 * that the store served shows it at once and every later load keeps it. Inferences from an
 * approved fact are materialised by the next load.
 */
public final class Reviewer {
    private final DatasetGraph dsg;
    private final Clock clock;

    public Reviewer(DatasetGraph dsg, Clock clock) {
        this.dsg = dsg;
        this.clock = clock;
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

    /** Rewrites one resource to another in every document graph, now and in every later load. */
    public Decision merge(String from, String into, String agent) {
        Node f = resource(from, "merge");
        Node i = resource(into, "merge");
        if (f.equals(i)) throw new ReviewException("Cannot merge <" + from + "> into itself", "give two different resources");
        return Txn.calculateWrite(dsg, () -> {
            if (dsg.contains(NodeFactory.createURI(Iris.REFERENCE_GRAPH), f, Node.ANY, Node.ANY)) {
                throw new ReviewException("<" + from + "> is described by the reference data, which review does not rewrite",
                        "merge the extractor's resource into it instead (pactgraph review merge NEW " + from + ")");
            }
            known(f);
            known(i);
            if (!Decisions.in(dsg).merges().getOrDefault(i, i).equals(i) || Decisions.in(dsg).merges().containsKey(i)) {
                throw new ReviewException("<" + into + "> was itself merged into <" + Decisions.in(dsg).merges().get(i) + ">", "merge into that one");
            }
            Decision d = new Decision(DecisionKeys.ofMerge(f), Decision.Verdict.MERGE, Triple.create(f, DCTerms.isReplacedBy.asNode(), i), null, f,
                    agent, now());
            Decisions.write(dsg, d);
            new Replay(Decisions.in(dsg)).applyToDocuments(dsg);
            return d;
        });
    }

    private Decision decide(String key, Decision.Verdict verdict, String subject, String object, String agent) {
        if (!DecisionKeys.isKey(key)) throw new ReviewException("'" + key + "' is not a review key", "give one of the 16-digit keys 'pactgraph review list' shows");
        return Txn.calculateWrite(dsg, () -> {
            Candidate c = ReviewQueue.find(dsg, key).orElseThrow(() -> notWaiting(key));
            Triple replacement = null;
            if (verdict == Decision.Verdict.EDIT) {
                if (c.kind() != Candidate.Kind.FACT) throw new ReviewException(key + " is a new entity; only a fact is edited", "merge the entity instead");
                Node s = subject == null ? c.statement().getSubject() : known(resource(subject, "edit"));
                Node o = object == null ? c.statement().getObject() : known(resource(object, "edit"));
                replacement = Triple.create(s, c.statement().getPredicate(), o);
            }
            Decision d = new Decision(key, verdict, c.statement(), replacement, c.about(), agent, now());
            Decisions.write(dsg, d);
            new Replay(Decisions.in(dsg)).applyTo(dsg.getGraph(NodeFactory.createURI(c.graph())));
            return d;
        });
    }

    private ReviewException notWaiting(String key) {
        return Decisions.in(dsg).get(key)
                .map(d -> new ReviewException(key + " was decided already: " + d.verdict().word() + " by " + d.agent() + " at " + d.at(),
                        "a decision stands; the same fact read again from a changed sentence comes back as a new item"))
                .orElseGet(() -> new ReviewException("No item with the key " + key + " waits for review", "see 'pactgraph review list'"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static Node resource(String iri, String verb) {
        String expanded = iri.startsWith("<") && iri.endsWith(">") ? iri.substring(1, iri.length() - 1) : iri;
        if (!expanded.startsWith(Iris.ID_BASE)) {
            throw new ReviewException("Cannot " + verb + " with '" + iri + "': not a PactGraph resource IRI",
                    "give an IRI under " + Iris.ID_BASE + " (find one with /search?q=NAME)");
        }
        return NodeFactory.createURI(expanded);
    }

    /** The resource, when the store names it; the caller holds a transaction. */
    private Node known(Node n) {
        boolean named = dsg.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY).hasNext() || dsg.find(Node.ANY, n, SKOS.prefLabel.asNode(), Node.ANY).hasNext();
        if (!named) throw new ReviewException("<" + n.getURI() + "> is named nowhere in the store", "pick a resource /search finds");
        return n;
    }
}
