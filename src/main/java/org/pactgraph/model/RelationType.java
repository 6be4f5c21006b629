package org.pactgraph.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The relation type a statement is scored under: what it is about, by its predicate or, for
 * predicates shared by many kinds (type, label, date), by the kind of its subject.
 */
public final class RelationType {
    private RelationType() {}

    /** The relation types in the order reports list them. */
    public static final java.util.List<String> ALL = java.util.List.of(
            "partnership", "support", "theme", "funding", "initiative", "event", "announcement", "quote", "post", "new-entity");

    /** The relation type of a statement. */
    public static String of(Triple t) {
        Node p = t.getPredicate();
        if (p.equals(Pact.partner.asNode())) return "partnership";
        if (p.equals(Pact.fundedBy.asNode())) return "support";
        if (p.equals(Pact.hasTheme.asNode())) return "theme";
        if (p.equals(Pact.partOfInitiative.asNode()) || p.equals(Pact.followsFrom.asNode()) || p.equals(Pact.ordinal.asNode())) return "initiative";
        if (p.equals(Pact.holdsPost.asNode()) || p.equals(Pact.title.asNode()) || p.equals(Pact.postIn.asNode())) return "post";
        if (p.equals(Pact.signedAt.asNode()) || p.equals(Pact.signedBy.asNode())) return "event";
        String subject = t.getSubject().isURI() ? t.getSubject().getURI() : "";
        if (subject.startsWith(Iris.id(Iris.Kind.FUNDING, ""))) return "funding";
        if (subject.startsWith(Iris.id(Iris.Kind.STATEMENT, ""))) return "quote";
        if (subject.startsWith(Iris.id(Iris.Kind.ANNOUNCEMENT, ""))) return "announcement";
        if (subject.startsWith(Iris.id(Iris.Kind.EVENT, ""))) return "event";
        return "new-entity";
    }
}
