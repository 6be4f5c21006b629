package org.pactgraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.pactgraph.model.Namespaces;

/**
 * Proposes entities for names, as the W3C reconciliation API asks: the index ranks the
 * entities of the wanted types by name; property values given with the query then raise the
 * score of the candidates that have them (by half of the name's score for all of them, in
 * proportion for some). A candidate is a match, one a user need not check, when the query is
 * one of its names or aliases (folded, in either word order), it has every property value asked
 * for, and no other candidate has that name too.
 */
public final class Reconciler {
    /** The share of the name's score that having every property value asked for adds. */
    static final double PROPERTY_WEIGHT = 0.5;
    /** Candidates fetched from the index per candidate returned, so that property values can reorder them. */
    private static final int WIDENING = 3;

    private final DatasetGraph dataset;
    private final LiveEntityIndex index;
    private final PrefixMapping prefixes = Namespaces.standard();

    public Reconciler(DatasetGraph dataset, LiveEntityIndex index) {
        this.dataset = dataset;
        this.index = index;
    }

    /** The candidates for one query, best first. */
    public List<Reconciliation.Candidate> reconcile(Reconciliation q) {
        return reconcile(q, WorkDeadline.NONE);
    }

    /** The candidates for one query, best first; stops with {@link WorkDeadline.Passed} at the deadline. */
    public List<Reconciliation.Candidate> reconcile(Reconciliation q, WorkDeadline deadline) {
        if (q.text().isBlank() || q.limit() < 1) return List.of();
        deadline.check();
        EntityIndex current = index.current();
        List<String> types = q.types().stream().map(this::iri).toList();
        List<Hit> hits = current.entities(q.text(), types, q.properties().isEmpty() ? q.limit() : q.limit() * WIDENING);
        Map<String, String[]> names = new HashMap<>();
        List<WantedValues> wanted = q.properties().stream().map(pv -> WantedValues.of(pv, this::iri, names)).toList();
        List<Reconciliation.Candidate> out = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            for (Hit h : hits) {
                deadline.check();
                Optional<Entity> e = current.entity(h.id());
                if (e.isEmpty()) continue;
                List<Reconciliation.Feature> features = new ArrayList<>();
                features.add(new Reconciliation.Feature("name", round(h.score())));
                int matched = 0;
                for (WantedValues w : wanted) {
                    boolean has = has(current, h.id(), w);
                    if (has) matched++;
                    features.add(new Reconciliation.Feature(w.property(), has ? 1 : 0));
                }
                double share = q.properties().isEmpty() ? 0 : matched / (double) q.properties().size();
                double score = round(h.score() * (1 + PROPERTY_WEIGHT * share));
                boolean sure = h.exact() && matched == q.properties().size();
                out.add(new Reconciliation.Candidate(e.get(), score, sure, h.matchedName(), features));
            }
        });
        out.sort(Comparator.comparingDouble(Reconciliation.Candidate::score).reversed());
        List<Reconciliation.Candidate> top = out.subList(0, Math.min(q.limit(), out.size()));
        long sure = out.stream().filter(Reconciliation.Candidate::match).count();
        List<Reconciliation.Candidate> result = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            Reconciliation.Candidate c = top.get(i);
            boolean match = c.match() && i == 0 && sure == 1;
            result.add(new Reconciliation.Candidate(c.entity(), c.score(), match, c.matchedName(), c.features()));
        }
        return result;
    }

    /**
     * Whether the entity has the property with one of the values: the same IRI, or a value or
     * object named so. Each object's names are folded once, and compared with the values' forms
     * folded once per query: folding each value again for each name of each object of each
     * candidate made one batch of 70 queries of 20 properties of 100 values run for 644 s.
     */
    private boolean has(EntityIndex current, String entity, WantedValues wanted) {
        for (Iterator<Quad> it = dataset.find(Node.ANY, NodeFactory.createURI(entity), NodeFactory.createURI(wanted.propertyIri()), Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isURI() && (wanted.iris().contains(o.getURI()) || namedSo(current, o.getURI(), wanted))) return true;
            if (o.isLiteral() && wanted.keys().contains(SearchNameKey.key(o.getLiteralLexicalForm()))) return true;
        }
        return false;
    }

    private static boolean namedSo(EntityIndex current, String id, WantedValues wanted) {
        return current.entity(id).map(e -> e.names().stream()
                .anyMatch(n -> wanted.keys().contains(wanted.folded(n.text())) || wanted.unordered().contains(wanted.foldedUnordered(n.text())))).orElse(false);
    }

    /** A full IRI for an IRI or a prefixed name with one of PactGraph's prefixes ({@code pact:locatedIn}). */
    String iri(String idOrPrefixed) {
        return idOrPrefixed.contains("://") ? idOrPrefixed : prefixes.expandPrefix(idOrPrefixed);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
