package org.pactgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What an announcement is called. The extractor gives an announcement no label: it types it and
 * links it to the document that reports it, whose title the graph holds. So an announcement is
 * called after that document, "Announcement: TITLE", the first word being the class's own label.
 * Pages, reconciliation and search all name announcements by this one rule.
 */
public final class AnnouncementName {
    private AnnouncementName() {}

    /**
     * The name of the node when it is an announcement whose document has a title, else null.
     * {@code choose} picks the literal to use among several (the document's titles, the class's
     * labels), or null when none will do; "Announcement" is used when the class has no label it
     * picks. Use inside a read transaction.
     */
    public static String of(DatasetGraph data, Node node, Function<List<Node>, Node> choose) {
        if (!node.isURI() || !data.contains(Node.ANY, node, RDF.type.asNode(), Pact.Announcement.asNode())) return null;
        List<Node> titles = new ArrayList<>();
        data.find(Node.ANY, node, Pact.reportedIn.asNode(), Node.ANY).forEachRemaining(q ->
                data.find(Node.ANY, q.getObject(), DCTerms.title.asNode(), Node.ANY).forEachRemaining(t -> titles.add(t.getObject())));
        Node title = choose.apply(titles);
        if (title == null) return null;
        List<Node> kind = new ArrayList<>();
        data.find(Node.ANY, Pact.Announcement.asNode(), RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> kind.add(q.getObject()));
        Node chosen = choose.apply(kind);
        return (chosen != null ? chosen.getLiteralLexicalForm() : "Announcement") + ": " + title.getLiteralLexicalForm();
    }
}
