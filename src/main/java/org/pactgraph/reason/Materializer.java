package org.pactgraph.reason;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/**
 * Computes the OWL 2 RL entailments of the loaded ontologies and data, once and forward, so that
 * queries read them like asserted triples, and finds the contradictions. The rules are OWL 2
 * RL's (W3C OWL 2 Profiles, section 4.3), driven by whatever axioms are among the triples: the
 * schema is read and closed first ({@link Schema}), then the data is run to a fixpoint
 * ({@link ForwardChainer}) and checked ({@link ClashFinder}).
 */
public final class Materializer {
    /** The entailments and contradictions of the triples. */
    public Materialization materialize(Graph asserted) {
        Schema schema = Schema.of(asserted);
        NodeIds ids = new NodeIds();
        FactStore store = new FactStore();
        RuleTables tables = new RuleTables(schema, ids);
        tables.indexObjects(schema, ids, store);
        if (asserted.contains(Node.ANY, OWL2.sameAs.asNode(), Node.ANY)) store.indexAllObjects();
        asserted.find().forEachRemaining(t -> add(store, ids, t));
        int assertedCount = store.size();
        SchemaClosure.entailments(schema).forEach(t -> add(store, ids, t));
        // cls-oo: each member of an enumeration is an instance of it.
        schema.enumerations.values().forEach(e -> e.members().forEach(m -> add(store, ids, Triple.create(m, RDF.type.asNode(), e.cls()))));
        new ForwardChainer(store, tables, ids).run();
        var clashes = new ClashFinder(store, tables, ids, schema).find();
        List<Triple> inferred = new ArrayList<>(store.size() - assertedCount);
        for (int i = assertedCount; i < store.size(); i++) {
            Node s = ids.node(store.subject(i));
            Node o = ids.node(store.object(i));
            // Facts about anonymous class expressions are steps of the reasoning, not answers.
            if (schema.isAnonymousClass(s) || schema.isAnonymousClass(o)) continue;
            inferred.add(Triple.create(s, ids.node(store.property(i)), o));
        }
        return new Materialization(schema, inferred, clashes, assertedCount, store.size() - assertedCount);
    }

    /** The entailed triples that were not asserted; see {@link #materialize(Graph)}. */
    public List<Triple> inferred(Graph asserted) {
        return materialize(asserted).inferredTriples();
    }

    private static void add(FactStore store, NodeIds ids, Triple t) {
        if (t.getSubject().isLiteral() || !t.getPredicate().isURI()) return;
        store.add(ids.id(t.getSubject()), ids.id(t.getPredicate()), ids.id(t.getObject()));
    }
}
