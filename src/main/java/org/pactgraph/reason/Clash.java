package org.pactgraph.reason;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A contradiction between the data and the ontology: the OWL 2 RL rule whose conclusion is
 * false (cax-dw, prp-fp ...), what is wrong in words, the axiom that the facts break (null when
 * the rule needs none, as for owl:Nothing), and the facts, asserted or inferred, that clash.
 */
public record Clash(String rule, String problem, Triple axiom, List<Triple> facts) {
    public Clash {
        facts = List.copyOf(facts);
    }

    /** The named resources the clashing facts are about, subjects first. */
    public Set<Node> resources() {
        Set<Node> out = new LinkedHashSet<>();
        facts.forEach(t -> {
            if (!t.getSubject().isLiteral()) out.add(t.getSubject());
        });
        facts.forEach(t -> {
            if (t.getObject().isURI() && !t.getPredicate().getURI().endsWith("#type")) out.add(t.getObject());
        });
        return out;
    }
}
