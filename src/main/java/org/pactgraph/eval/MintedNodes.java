package org.pactgraph.eval;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * The nodes a side of a comparison named itself, which aligned matching may rename: resources under
 * {@link Iris#ID_BASE} that the side marks {@code pact:needsReview true}, and statements, fundings,
 * events, partnerships and announcements, whose IRIs are always numbered or derived by the writer.
 * Reference data (no review mark) is never minted. A node with a fragment
 * ({@code funding:doc-1#amount}) belongs to the node before its {@code #}.
 */
final class MintedNodes {
    private MintedNodes() {}

    /** Kinds whose IRIs a writer numbers or derives, reference data or not. */
    private static final Set<String> ALWAYS_MINTED = Set.of(
            Iris.Kind.STATEMENT.segment(), Iris.Kind.FUNDING.segment(), Iris.Kind.EVENT.segment(),
            Iris.Kind.PARTNERSHIP.segment(), Iris.Kind.ANNOUNCEMENT.segment());

    /** Orders nodes by their IRI, so that every search over them is deterministic. */
    static final Comparator<Node> BY_IRI = Comparator.comparing(Node::toString);

    /** The minted nodes used in the triples, the review marks read from {@code marks}, in IRI order. */
    static Set<Node> of(Collection<Triple> triples, Collection<Triple> marks) {
        Set<Node> marked = new HashSet<>();
        for (Triple t : marks) {
            if (t.getPredicate().equals(Pact.needsReview.asNode()) && t.getObject().isLiteral()
                    && t.getObject().getLiteralLexicalForm().equals("true")) {
                marked.add(t.getSubject());
            }
        }
        Set<Node> minted = new TreeSet<>(BY_IRI);
        for (Triple t : triples) {
            for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                if (n.isURI() && !kind(n).isEmpty() && !n.getURI().contains("#") && (marked.contains(n) || ALWAYS_MINTED.contains(kind(n)))) {
                    minted.add(n);
                }
            }
        }
        return minted;
    }

    /**
     * Whether a minted node is of a kind that is known by its name (an organisation, a person, a
     * place, a theme, a post...), not one whose IRI a writer numbers or derives.
     */
    static boolean named(Node n) {
        return !ALWAYS_MINTED.contains(kind(n));
    }

    /** The nodes used as subject or object of the triples. */
    static Set<Node> used(Collection<Triple> triples) {
        Set<Node> used = new HashSet<>();
        triples.forEach(t -> {
            used.add(t.getSubject());
            used.add(t.getObject());
        });
        return used;
    }

    /** The kind of a resource, the path segment after {@link Iris#ID_BASE} ({@code org}, {@code statement}); empty for other nodes. */
    static String kind(Node n) {
        if (!n.isURI() || !n.getURI().startsWith(Iris.ID_BASE)) return "";
        String rest = n.getURI().substring(Iris.ID_BASE.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? "" : rest.substring(0, slash);
    }

    /** The node a node belongs to: itself, or for an IRI with a fragment the IRI before its {@code #}. */
    static Node owner(Node n) {
        if (!n.isURI()) return n;
        int hash = n.getURI().indexOf('#');
        return hash < 0 ? n : NodeFactory.createURI(n.getURI().substring(0, hash));
    }
}
