package org.pactgraph.review;

import java.time.Instant;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One reviewer's decision on one candidate, as kept in {@link Decisions#GRAPH}.
 *
 * @param key what it is about ({@link DecisionKeys})
 * @param verdict what was decided
 * @param statement the candidate fact; for an entity, the entity's review mark
 *     ({@code E pact:needsReview true}); for a merge, {@code MERGED dcterms:isReplacedBy KEPT}
 * @param replacement for an edit, the fact asserted instead; otherwise null
 * @param about the evidence node or entity the reviewer saw (for the record; the key decides)
 * @param agent the name of the writer who decided
 * @param at when
 */
public record Decision(String key, Verdict verdict, Triple statement, Triple replacement, Node about, String agent, Instant at) {
    /** What a reviewer can decide. */
    public enum Verdict {
        /** The fact is asserted in its document's graph; an entity loses its review mark. */
        APPROVE("approve"),
        /** The fact is never asserted; an entity is removed from its document's graph. */
        REJECT("reject"),
        /** Another fact is asserted instead of the candidate (another subject or object). */
        EDIT("edit"),
        /** One resource is rewritten to another wherever a document names it. */
        MERGE("merge");

        private final String word;

        Verdict(String word) {
            this.word = word;
        }

        /** The word the CLI, the page and the decisions graph use. */
        public String word() {
            return word;
        }

        /** The verdict of a word, or null. */
        public static Verdict ofWord(String word) {
            for (Verdict v : values()) if (v.word.equals(word)) return v;
            return null;
        }
    }

    public Decision {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(at, "at");
        if ((verdict == Verdict.EDIT) != (replacement != null)) throw new IllegalArgumentException("an edit, and only an edit, has a replacement");
    }

    /** True for a decision on a new entity (its review mark), not on a fact or a merge. */
    public boolean onEntity() {
        // A fact's decision is about its evidence node; an entity's about the entity its review mark names.
        return statement.getPredicate().equals(org.pactgraph.model.Pact.needsReview.asNode()) && verdict != Verdict.MERGE
                && statement.getSubject().equals(about);
    }

    /** The fact this decision asserts, or null: the candidate when approved, the replacement when edited. */
    public Triple asserted() {
        if (onEntity()) return null;
        return switch (verdict) {
            case APPROVE -> statement;
            case EDIT -> replacement;
            default -> null;
        };
    }
}
