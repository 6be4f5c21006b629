package org.pactgraph.review;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One item of the review queue: the candidate facts (below the extractor's threshold, stored only
 * as evidence nodes) one rule read from one sentence, decided together so that what is asserted
 * is whole (a funding with its amount and funder), or a new entity (a resource marked
 * {@code pact:needsReview true}).
 *
 * @param key the key its decision will have ({@link DecisionKeys})
 * @param kind a fact or an entity
 * @param graph the document graph that holds it
 * @param about the evidence node, or the entity
 * @param statement the item's main fact (the one naming an organisation, else the first that is
 *     not a type or a name); for an entity its review mark
 * @param facts every candidate fact of the item, each with its own decision key (for an entity, none)
 * @param confidence the extractor's confidence, null for an entity
 * @param rule the rule that read it, null for an entity
 * @param sentence the sentence it was read from (for an entity, the first that names it), or empty
 * @param span the sentence's span IRI ({@code document#char=b,e}), or null
 * @param before the evidence sentence before it in the document, or empty
 * @param after the evidence sentence after it, or empty
 * @param adds what approving it asserts: the fact and the declarations of the resources the
 *     extractor minted for it; for an entity nothing (it loses its review mark)
 * @param asserted true when the fact is asserted already (another sentence states it)
 * @param reason why a load sent the facts to review although the extractor was sure of them
 *     (the shape they broke, {@code pact:reviewReason}), or empty
 */
public record Candidate(String key, Kind kind, String graph, Node about, Triple statement, java.util.Map<String, Triple> facts, Double confidence, String rule,
                        String sentence, String span, String before, String after, List<Triple> adds, boolean asserted, String reason) {
    /** What is reviewed. */
    public enum Kind {
        FACT("fact"), ENTITY("entity");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word the CLI and the page show. */
        public String word() {
            return word;
        }
    }

    public Candidate {
        adds = List.copyOf(adds);
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }
}
