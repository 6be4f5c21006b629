package org.pactgraph.server.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.AnnouncementName;

/**
 * Names for resources and terms in the reader's language, read from a dataset (the store, or a
 * resource's description): {@code rdfs:label}, then {@code skos:prefLabel}, then
 * {@code dct:title}; for an announcement without any, the title of the document that reports it
 * ({@link #announcementName}); else the IRI's last segment. Use inside a read transaction.
 */
public final class Labels {
    private static final List<Node> PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private final DatasetGraph data;
    private final LanguagePreference language;
    private final Map<Node, String> cache = new HashMap<>();

    public Labels(DatasetGraph data, LanguagePreference language) {
        this.data = data;
        this.language = language;
    }

    /** The node's label in the preferred language, or its IRI's last segment. */
    public String of(Node node) {
        return cache.computeIfAbsent(node, this::lookUp);
    }

    /** The node's label in the preferred language, or null when it has none. */
    public String labelOrNull(Node node) {
        for (Node property : PROPERTIES) {
            List<Node> literals = new ArrayList<>();
            data.find(Node.ANY, node, property, Node.ANY).forEachRemaining(q -> literals.add(q.getObject()));
            Node chosen = language.choose(literals);
            if (chosen != null) return chosen.getLiteralLexicalForm();
        }
        return announcementName(data, node, language);
    }

    /**
     * The name of an announcement, which has no label ("Announcement: " and the title of the
     * document that reports it, by {@link AnnouncementName}), in the reader's language; null for
     * any other resource, or when the document has no title.
     */
    public static String announcementName(DatasetGraph data, Node node, LanguagePreference language) {
        return AnnouncementName.of(data, node, language::choose);
    }

    private String lookUp(Node node) {
        if (node.isLiteral()) return node.getLiteralLexicalForm();
        String label = node.isURI() || node.isBlank() ? labelOrNull(node) : null;
        return label != null ? label : localName(node);
    }

    /** The last segment of an IRI (after '#', else after '/'), or a blank node's mark. */
    public static String localName(Node node) {
        if (!node.isURI()) return "(blank node)";
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return local;
    }

    /** The language preference the labels follow. */
    public LanguagePreference language() {
        return language;
    }
}
