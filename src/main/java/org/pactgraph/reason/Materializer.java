package org.pactgraph.reason;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
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
        Session session = start(asserted);
        asserted.find().forEachRemaining(session::add);
        return session.finish();
    }

    /** The entailed triples that were not asserted; see {@link #materialize(Graph)}. */
    public List<Triple> inferred(Graph asserted) {
        return materialize(asserted).inferredTriples();
    }

    /**
     * Starts a materialisation whose axioms are read from {@code schemaSource}; the asserted
     * triples are then given one at a time with {@link Session#add} (those of the schema source
     * too), so that a bulk load need not hold them as a graph. Triples given later add facts,
     * not axioms: the caller makes sure they hold none.
     */
    public Session start(Graph schemaSource) {
        return start(Schema.of(schemaSource));
    }

    /**
     * Starts a materialisation with axioms read already, so that sessions over the same
     * ontologies need not read them again; see {@link #start(Graph)}. A schema is not changed
     * by its sessions and may serve several at once.
     */
    public Session start(Schema schema) {
        return new Session(schema);
    }

    /**
     * One materialisation fed triple by triple. It holds each distinct fact as three ints in its
     * fact table, with the indexes of {@link FactStore}, and each distinct node once.
     */
    public static final class Session {
        private final Schema schema;
        private final NodeIds ids = new NodeIds();
        private final FactStore store = new FactStore();
        private final RuleTables tables;

        private Session(Schema schema) {
            this.schema = schema;
            this.tables = new RuleTables(schema, ids);
            tables.indexObjects(schema, ids, store);
        }

        /** Adds an asserted triple; one with a literal subject or a non-IRI predicate is no fact. */
        public void add(Triple t) {
            if (t.getSubject().isLiteral() || !t.getPredicate().isURI()) return;
            // Equality rules need every property's subjects by object; the index is rebuilt from what is known so far.
            if (t.getPredicate().equals(OWL2.sameAs.asNode())) store.indexAllObjects();
            store.add(ids.id(t.getSubject()), ids.id(t.getPredicate()), ids.id(t.getObject()));
        }

        /** Distinct facts added so far. */
        public int size() {
            return store.size();
        }

        /** Runs the rules to their fixpoint over what was added and checks for contradictions. */
        public Materialization finish() {
            int assertedCount = store.size();
            SchemaClosure.entailments(schema).forEach(this::add);
            // cls-oo: each member of an enumeration is an instance of it.
            schema.enumerations.values().forEach(e -> e.members().forEach(m -> add(Triple.create(m, RDF.type.asNode(), e.cls()))));
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
    }
}
