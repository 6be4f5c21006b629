package org.pactgraph.review;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.pactgraph.model.Namespaces;

/**
 * The review queue as text, one block per item: kind, confidence, rule, sentence span and key,
 * the statements in prefixed names, the sentence with the sentences around it, and what approving adds. {@code pactgraph
 * review list} prints it, from the store or from the server ({@code GET /review/queue?format=text}).
 */
public final class QueueText {
    private static final PrefixMapping PREFIXES = Namespaces.standard();

    private QueueText() {}

    /** The whole queue. */
    public static String of(List<Candidate> queue) {
        int items = (int) queue.stream().filter(c -> c.kind() == Candidate.Kind.FACT).count();
        int facts = queue.stream().mapToInt(c -> c.facts().size()).sum();
        return of(new QueuePage(queue, 0, Math.max(1, queue.size()), queue.size(), facts, items));
    }

    /** One page of the queue: the whole queue's size, which items the page shows, then the items. */
    public static String of(QueuePage page) {
        StringBuilder out = new StringBuilder();
        int items = page.factItems();
        out.append(page.total()).append(" to review: ").append(page.facts()).append(" candidate facts in ").append(items)
                .append(items == 1 ? " item, " : " items, ").append(page.total() - items).append(" new entities\n");
        if (page.items().size() < page.total()) {
            out.append("showing ").append(page.items().isEmpty() ? "none" : (page.offset() + 1) + "-" + (page.offset() + page.items().size()))
                    .append(" of ").append(page.total());
            if (page.previous() >= 0) out.append("; previous: --offset ").append(page.previous());
            if (page.next() >= 0) out.append("; next: --offset ").append(page.next());
            out.append('\n');
        }
        for (Candidate c : page.items()) {
            out.append('\n').append(c.kind().word());
            if (c.confidence() != null) out.append("  ").append(c.confidence());
            if (c.rule() != null) out.append("  [").append(c.rule()).append(']');
            out.append("  ").append(c.span() == null ? c.graph() : c.span().substring(c.span().lastIndexOf('/') + 1));
            out.append("  key ").append(c.key()).append('\n');
            if (c.kind() == Candidate.Kind.FACT) c.facts().values().forEach(t -> out.append("    ").append(statement(t)).append('\n'));
            else out.append("    ").append(term(c.about())).append('\n');
            if (!c.sentence().isEmpty()) out.append("    \"").append(c.sentence()).append("\"\n");
            if (!c.reason().isEmpty()) out.append("    sent to review by the load: ").append(c.reason()).append('\n');
            if (c.kind() == Candidate.Kind.FACT) {
                long more = c.adds().stream().filter(t -> !c.facts().containsValue(t)).count();
                out.append(c.adds().isEmpty() ? "    approving adds nothing new (asserted already)\n"
                        : "    approving asserts " + (c.adds().size() - more) + " of these" + (more > 0 ? " and " + more + " more:" : "") + "\n");
                c.adds().stream().filter(t -> !c.facts().containsValue(t)).forEach(t -> out.append("      ").append(statement(t)).append('\n'));
            } else {
                out.append("    approving removes its review mark; rejecting removes it from its document's graph\n");
            }
        }
        return out.toString();
    }

    /** A statement in prefixed names. */
    public static String statement(Triple t) {
        return term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject());
    }

    /** A term in prefixed names where a standard prefix fits. */
    public static String term(Node n) {
        if (n.isURI()) {
            String shortForm = PREFIXES.qnameFor(n.getURI());
            return shortForm != null ? shortForm : "<" + n.getURI() + ">";
        }
        return NodeFmtLib.str(n, org.apache.jena.riot.system.PrefixMapFactory.create(PREFIXES));
    }
}
