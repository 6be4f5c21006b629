package org.pactgraph.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.model.Pact;
import org.pactgraph.review.Replay;
import org.pactgraph.validate.Breach;
import org.pactgraph.validate.TouchedResources;
import org.pactgraph.validate.ValidationException;
import org.pactgraph.validate.Violation;

/**
 * What a load does when the whole graph breaks shapes: a violation all of whose statements were
 * extracted from announcements does not refuse the corpus; those statements go to review
 * instead. Each is taken out of every document graph that asserts it, and its evidence nodes
 * are marked {@code pact:needsReview true} with the reason ({@code pact:reviewReason}), so that
 * it is a candidate as one below the extractor's threshold is, and a curator sees why. A
 * person's word is never taken out: a statement that was not extracted (the reference data, the
 * ontologies, a user's graph, a reviewer's own words) or that a reviewer approved. A violation
 * of another kind than too many values that involves a statement that was not extracted, or
 * one that such words alone make, refuses the load as before.
 *
 * <p>Too many values ({@code sh:maxCount}: two documents give an initiative two places in its series):
 * the people's values take their places first; of the extracted values, those surer than all
 * the others fill the places left, and the others go; when the surest are equally sure, so
 * that keeping any would be a guess, they all go. A
 * value's sureness is the highest confidence any document gives it. Every other violation (a
 * value of the wrong kind, a missing one, a resource broken as a whole) sends all its statements
 * to review. What was taken out may break other shapes (a partnership whose funding went to
 * review points at nothing typed), so the resources it named, and those that link to them, are
 * validated again, and their violations are handled the same way; each round takes out at least
 * one statement, and after {@link #MAX_ROUNDS} rounds the violations left refuse the load.
 */
final class ViolatingFactsToReview {
    /** Rounds of demotion at most; each takes at least one statement out, so a load never loops. */
    static final int MAX_ROUNDS = 4;

    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    /**
     * What the demotions did.
     *
     * @param demotions each fact sent to review, once per document that asserted it
     * @param changed the triples removed from document graphs and the review marks added there
     * @param graphs the document graphs changed
     */
    record Outcome(List<Demotion> demotions, List<Triple> changed, Set<Node> graphs) {
        static final Outcome NONE = new Outcome(List.of(), List.of(), Set.of());

        /** True when nothing changed. */
        boolean isEmpty() {
            return changed.isEmpty();
        }
    }

    private ViolatingFactsToReview() {}

    /**
     * Sends to review the extracted statements behind the given violations, then validates again
     * the resources they named, until no violation is left; the caller holds a write transaction.
     *
     * @param check validates the given resources on the asserted graph as it stands
     * @throws ValidationException when a violation involves a statement that was not extracted, or
     *     violations are left after {@link #MAX_ROUNDS} rounds: the caller aborts, and the store stays as it was
     */
    static Outcome demote(DatasetGraph dsg, List<Breach> breaches, Function<Set<Node>, List<Breach>> check, Replay decisions) {
        if (breaches.isEmpty()) return Outcome.NONE;
        ExtractedStatements sources = new ExtractedStatements(dsg, decisions);
        List<Demotion> demotions = new ArrayList<>();
        List<Triple> changed = new ArrayList<>();
        Set<Node> graphs = new HashSet<>();
        List<Breach> open = breaches;
        for (int round = 0; round < MAX_ROUNDS && !open.isEmpty(); round++) {
            Map<Triple, Chosen> out = chosen(open, sources);
            Set<Node> again = new HashSet<>();
            open.forEach(b -> again.add(b.focus()));
            for (var e : out.entrySet()) {
                Triple t = e.getKey();
                Violation violation = e.getValue().breach().violation();
                String reason = reason(violation);
                for (ExtractedStatements.Occurrence o : e.getValue().occurrences()) {
                    dsg.delete(o.graph(), t.getSubject(), t.getPredicate(), t.getObject());
                    changed.add(t);
                    for (Node evidence : o.evidence()) {
                        Node why = NodeFactory.createLiteralString(reason);
                        dsg.add(o.graph(), evidence, Pact.needsReview.asNode(), TRUE);
                        dsg.add(o.graph(), evidence, Pact.reviewReason.asNode(), why);
                        changed.add(Triple.create(evidence, Pact.needsReview.asNode(), TRUE));
                        changed.add(Triple.create(evidence, Pact.reviewReason.asNode(), why));
                    }
                    graphs.add(o.graph());
                    demotions.add(new Demotion(o.document(), t, violation, reason));
                }
                again.addAll(TouchedResources.of(dsg, t));
            }
            open = check.apply(again);
        }
        if (!open.isEmpty()) throw refusal(open);
        demotions.sort(Comparator.comparing(Demotion::document).thenComparing(d -> d.fact().toString()));
        return new Outcome(List.copyOf(demotions), List.copyOf(changed), Set.copyOf(graphs));
    }

    /**
     * Puts back in their documents' graphs the facts that an earlier load sent to review over a
     * shape, that name one of the given resources, and that no curator has decided on yet (their
     * evidence still marked for review): an incremental load validates them again with the
     * documents that changed, as a full load would, and sends them back to review if they still
     * break the shape. The caller holds a write transaction.
     */
    static Outcome restore(DatasetGraph dsg, Set<Node> resources) {
        List<Triple> changed = new ArrayList<>();
        Set<Node> graphs = new HashSet<>();
        for (var q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Node.ANY, Node.ANY, Pact.reviewReason.asNode(), Node.ANY))) {
            Node g = q.getGraph();
            Node e = q.getSubject();
            if (!dsg.contains(g, e, Pact.needsReview.asNode(), TRUE)) continue;
            Node s = object(dsg, g, e, RDF.subject.asNode());
            Node p = object(dsg, g, e, RDF.predicate.asNode());
            Node o = object(dsg, g, e, RDF.object.asNode());
            if (s == null || p == null || o == null || !(resources.contains(s) || resources.contains(o))) continue;
            dsg.add(g, s, p, o);
            dsg.delete(g, e, Pact.needsReview.asNode(), TRUE);
            dsg.delete(q);
            changed.add(Triple.create(s, p, o));
            changed.add(Triple.create(e, Pact.needsReview.asNode(), TRUE));
            changed.add(q.asTriple());
            graphs.add(g);
        }
        return new Outcome(List.of(), List.copyOf(changed), Set.copyOf(graphs));
    }

    private static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** A statement to take out: the first violation it is behind, and where its extraction asserts it. */
    private record Chosen(Breach breach, List<ExtractedStatements.Occurrence> occurrences) {}

    /**
     * The statements to take out, each with the first violation it is behind and the documents that
     * assert it (read once, here, for the choice and the taking out). A person's word
     * stays: a statement that was not extracted, or that a reviewer approved. Of too many values,
     * those values take their places first and the extracted ones share what is left; any other
     * violation that involves a statement that was not extracted refuses the load, as does one
     * that leaves nothing to take out (the people's words alone break the shape).
     */
    private static Map<Triple, Chosen> chosen(List<Breach> breaches, ExtractedStatements sources) {
        Map<Triple, Chosen> out = new LinkedHashMap<>();
        for (Breach b : breaches) {
            Map<Triple, Double> sureness = new LinkedHashMap<>();
            Map<Triple, List<ExtractedStatements.Occurrence>> extracted = new HashMap<>();
            int staying = 0;
            for (Triple t : b.statements()) {
                Optional<List<ExtractedStatements.Occurrence>> o = sources.of(t);
                if (o.isEmpty() && !b.tooMany()) throw refusal(breaches);
                if (o.isEmpty() || ExtractedStatements.approved(o.get())) staying++;
                else if (!o.get().isEmpty()) {
                    sureness.put(t, ExtractedStatements.confidence(o.get()));
                    extracted.put(t, o.get());
                }
            }
            if (sureness.isEmpty()) throw refusal(breaches);
            for (Triple t : b.tooMany() ? lessSure(sureness, b.maxCount() - staying) : sureness.keySet()) out.putIfAbsent(t, new Chosen(b, extracted.get(t)));
        }
        return out;
    }

    /**
     * Of too many values, those that do not stay: at most {@code max} stay, each surer than every
     * value that goes (of two equally sure values, both stay or both go).
     */
    static List<Triple> lessSure(Map<Triple, Double> sureness, int max) {
        List<Triple> ranked = new ArrayList<>(sureness.keySet());
        ranked.sort(Comparator.comparing((Triple t) -> -sureness.get(t)).thenComparing(t -> t.toString()));
        int keep = Math.max(0, Math.min(max, ranked.size()));
        while (keep > 0 && keep < ranked.size() && sureness.get(ranked.get(keep - 1)).equals(sureness.get(ranked.get(keep)))) keep--;
        return ranked.subList(keep, ranked.size());
    }

    private static String reason(Violation v) {
        return "broke " + v.shape() + " when loaded: " + v.focusNode() + (v.path().isEmpty() ? "" : " " + v.path()) + ": " + v.message();
    }

    private static ValidationException refusal(List<Breach> breaches) {
        return new ValidationException(breaches.stream().map(Breach::violation).distinct().toList());
    }
}
