package org.pactgraph.reason;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.shared.PrefixMapping;

/**
 * The contradictions found, for people: for each, the resources, what is wrong, the rule and the
 * axiom, and every clashing fact explained down to the asserted triples it rests on, with the
 * graph, file, sentence or curated source each comes from.
 */
public final class ConsistencyReport {
    /** At most this many clashes are written out; the count says how many there are. */
    public static final int SHOWN = 20;

    private ConsistencyReport() {}

    /** The report on the clashes, explained over the facts. */
    public static String render(List<Clash> clashes, Schema schema, Facts facts, PrefixMapping prefixes) {
        NodeText text = new NodeText(prefixes, schema);
        DerivationText trees = new DerivationText(text);
        Explainer explainer = new Explainer(schema, facts);
        StringBuilder out = new StringBuilder(summary(clashes)).append(':');
        List<Clash> sorted = new java.util.ArrayList<>(clashes);
        sorted.sort(java.util.Comparator.comparing(Clash::rule).thenComparing(c -> who(c, text)));
        for (int i = 0; i < Math.min(SHOWN, sorted.size()); i++) {
            Clash c = sorted.get(i);
            out.append('\n').append(i + 1).append(". ").append(who(c, text)).append(": ").append(c.problem())
                    .append("   [").append(c.rule()).append(c.axiom() == null ? "" : ": " + text.axiom(c.axiom())).append(']');
            for (var fact : c.facts()) {
                String tree = explainer.explain(fact).map(trees::render)
                        .orElse(text.triple(fact) + "   [no explanation found]\n");
                out.append('\n').append(tree.stripTrailing().indent(3).stripTrailing());
            }
        }
        if (clashes.size() > SHOWN) out.append("\n... and ").append(clashes.size() - SHOWN).append(" more");
        return out.toString();
    }

    private static String who(Clash c, NodeText text) {
        return c.resources().stream().map(text::node).collect(Collectors.joining(", "));
    }

    /** One line: how many contradictions, of which rules. */
    public static String summary(List<Clash> clashes) {
        String rules = clashes.stream().map(Clash::rule).distinct().collect(Collectors.joining(", "));
        return "The data contradicts the ontology: " + clashes.size() + " clash" + (clashes.size() == 1 ? "" : "es")
                + (clashes.size() >= ClashFinder.LIMIT ? " or more" : "") + " (" + rules + ")";
    }
}
