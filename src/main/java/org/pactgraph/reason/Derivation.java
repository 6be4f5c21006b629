package org.pactgraph.reason;

import java.util.List;
import org.apache.jena.graph.Triple;

/**
 * Why a triple holds: either it is asserted (a leaf, with its sources), or an OWL 2 RL rule
 * concluded it from an axiom and premises, each explained in turn down to asserted triples.
 *
 * @param triple what holds
 * @param rule the rule's name in the OWL 2 RL tables (prp-trp, cax-sco ...), or
 *     {@value #ASSERTED} for a leaf
 * @param axiom the schema triple the rule used, or null when it needs none
 * @param entailedBy for an axiom that is itself entailed (a link between restrictions), the
 *     schema rule that entails it; else null
 * @param premises the explained premises, empty for a leaf
 * @param sources where a leaf comes from, empty for a rule step
 */
public record Derivation(Triple triple, String rule, Triple axiom, String entailedBy, List<Derivation> premises, List<Source> sources) {
    /** The rule name of a leaf. */
    public static final String ASSERTED = "asserted";

    public Derivation {
        premises = List.copyOf(premises);
        sources = List.copyOf(sources);
    }

    static Derivation leaf(Triple t, List<Source> sources) {
        return new Derivation(t, ASSERTED, null, null, List.of(), sources);
    }

    /** True for an asserted triple. */
    public boolean isAsserted() {
        return ASSERTED.equals(rule);
    }

    /** The asserted triples this derivation rests on, each once, in the order met. */
    public List<Derivation> leaves() {
        java.util.Map<Triple, Derivation> out = new java.util.LinkedHashMap<>();
        collect(this, out);
        return List.copyOf(out.values());
    }

    /** How many rule steps the tree has. */
    public int steps() {
        return isAsserted() ? 0 : 1 + premises.stream().mapToInt(Derivation::steps).sum();
    }

    private static void collect(Derivation d, java.util.Map<Triple, Derivation> out) {
        if (d.isAsserted()) {
            out.putIfAbsent(d.triple, d);
        } else {
            d.premises.forEach(p -> collect(p, out));
        }
    }
}
