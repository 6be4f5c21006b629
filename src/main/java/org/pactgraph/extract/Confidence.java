package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Pact;

/**
 * How sure the extractor is of a fact, from where it found what the fact binds together. A
 * rule's pattern read within one sentence gives {@link #IN_SENTENCE}; a fact that binds to a
 * partnership named earlier in the same paragraph ("The partnership is supported by $N from
 * X") {@link #IN_PARAGRAPH}; one that binds to the only partnership its section names, or to
 * all of them, named in another paragraph, {@link #IN_SECTION}; one that binds to the last named of several
 * partnerships of its section, in another paragraph, {@link #FROM_CONTEXT}, which is below
 * {@link #THRESHOLD}: such a fact is a candidate, kept for review and not asserted.
 */
public final class Confidence {
    /** Read within its sentence. */
    public static final double IN_SENTENCE = 0.9;
    /** Bound to what an earlier sentence of the same paragraph named. */
    public static final double IN_PARAGRAPH = 0.8;
    /** Bound to what another paragraph named: the only partnership its section names, or all of them. */
    public static final double IN_SECTION = 0.75;
    /** Bound to one of several partnerships its section names, the one named last in another paragraph. */
    public static final double FROM_CONTEXT = 0.6;
    /** Facts below this are candidates for review, outside the asserted graphs. */
    public static final double THRESHOLD = 0.7;

    private static final Set<Node> DECLARING = Set.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode(), Pact.needsReview.asNode());

    private Confidence() {}

    /**
     * The confidence of binding a sentence's fact to these partnerships: the least sure of
     * them. Items that are not partnerships of the document (initiatives) count as read here.
     */
    static double ofBinding(DocumentState state, Sentence s, List<String> items) {
        double least = IN_SENTENCE;
        for (String item : items) {
            if (!state.partnerships.containsKey(item) || state.partnershipsIn(s).contains(item)) continue;
            boolean inParagraph = false;
            for (int i = s.index() - 1; i >= 0 && state.sentences.get(i).paragraph() == s.paragraph(); i--) {
                inParagraph |= state.partnershipsIn(state.sentences.get(i)).contains(item);
            }
            // Binding to all of the section's partnerships ("the partnerships were signed") chose none of them.
            boolean chosen = !items.containsAll(state.partnershipsInSection(s));
            least = Math.min(least, inParagraph ? IN_PARAGRAPH : chosen ? FROM_CONTEXT : IN_SECTION);
        }
        return least;
    }

    /**
     * The facts with every fact about a partnership capped by the confidence of its second surest
     * distinct partner: a partnership stands with two partners or not at all. When the reliability
     * of a reading sends the partner facts of a minted party to review, the partnership, its
     * themes, its announcement and its funding's links to it go with them, instead of an asserted
     * partnership with fewer than two partners. Only partnerships the document minted are held so:
     * one the reference data knows has its partners there.
     */
    static List<Fact> partnershipsWithTheirPartners(List<Fact> facts) {
        Set<Node> minted = minted(facts);
        // The surest fact naming each distinct partner: a partnership named in two sentences states each partner twice.
        Map<Node, Map<Node, Double>> partners = new HashMap<>();
        for (Fact f : facts) {
            if (f.predicate().equals(Pact.partner.asNode()) && minted.contains(f.subject())) {
                partners.computeIfAbsent(f.subject(), k -> new HashMap<>()).merge(f.object(), f.confidence(), Math::max);
            }
        }
        Map<Node, Double> standing = new HashMap<>();
        partners.forEach((partnership, byPartner) -> {
            List<Double> confidences = new ArrayList<>(byPartner.values());
            confidences.sort(Comparator.reverseOrder());
            standing.put(partnership, confidences.size() < 2 ? 0.0 : confidences.get(1));
        });
        return heldTo(facts, f -> Math.min(standing.getOrDefault(f.subject(), 1.0), f.object().isURI() ? standing.getOrDefault(f.object(), 1.0) : 1.0));
    }

    /** The facts, each lowered to its cap where the cap is below both its confidence and the threshold. */
    private static List<Fact> heldTo(List<Fact> facts, java.util.function.ToDoubleFunction<Fact> capOf) {
        List<Fact> held = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            double cap = capOf.applyAsDouble(f);
            held.add(cap < f.confidence() && cap < THRESHOLD ? f.withConfidence(cap) : f);
        }
        return held;
    }

    /**
     * The facts with every fact about a funding total (its amount node and shares too) capped by
     * the confidence of its surest funder: a total stands with a funder or not at all. When the
     * reliability of a reading sends a minted funder's link to review, the total goes with it,
     * instead of an asserted total without a funder, which the shapes refuse.
     */
    static List<Fact> fundingsWithTheirFunders(List<Fact> facts) {
        Map<String, Double> standing = new HashMap<>();
        for (Fact f : facts) {
            if (f.predicate().equals(RDF.type.asNode()) && f.object().equals(Pact.FundingTotal.asNode())) standing.putIfAbsent(f.subject().getURI(), 0.0);
        }
        for (Fact f : facts) {
            if (f.predicate().equals(Pact.funder.asNode()) && standing.containsKey(f.subject().getURI())) {
                standing.merge(f.subject().getURI(), f.confidence(), Math::max);
            }
        }
        return heldTo(facts, f -> f.subject().isURI() ? fundingOf(f.subject().getURI(), standing) : 1.0);
    }

    /** The standing of the total a node belongs to: the total itself, its {@code #amount}, or a share {@code total-slug}. */
    private static double fundingOf(String iri, Map<String, Double> standing) {
        Double own = standing.get(iri);
        if (own != null) return own;
        int hash = iri.indexOf('#');
        if (hash > 0 && standing.containsKey(iri.substring(0, hash))) return standing.get(iri.substring(0, hash));
        for (int dash = iri.lastIndexOf('-'); dash > 0; dash = iri.lastIndexOf('-', dash - 1)) {
            Double whole = standing.get(iri.substring(0, dash));
            if (whole != null) return whole;
        }
        return 1.0;
    }

    /** True when the fact declares a resource (its type, label or review mark) rather than relating it to another. */
    static boolean declares(Fact f) {
        return DECLARING.contains(f.predicate());
    }

    /** The resources the facts mint: those marked for review ({@code pact:needsReview}). */
    static Set<Node> minted(List<Fact> facts) {
        Set<Node> minted = new HashSet<>();
        facts.stream().filter(f -> f.predicate().equals(Pact.needsReview.asNode())).forEach(f -> minted.add(f.subject()));
        return minted;
    }

    /**
     * The facts with the declarations of minted resources (type, label, review mark) raised to
     * the confidence of the surest fact that uses the resource, so that an asserted fact never
     * points at a resource declared only among the candidates.
     */
    static List<Fact> settle(List<Fact> facts) {
        Map<Node, Double> surestUse = new HashMap<>();
        for (Fact f : facts) {
            if (DECLARING.contains(f.predicate())) continue;
            surestUse.merge(f.subject(), f.confidence(), Math::max);
            if (f.object().isURI()) surestUse.merge(f.object(), f.confidence(), Math::max);
        }
        List<Fact> settled = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            Double use = surestUse.get(f.subject());
            settled.add(DECLARING.contains(f.predicate()) && use != null && use > f.confidence() ? f.withConfidence(use) : f);
        }
        return settled;
    }
}
