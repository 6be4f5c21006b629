package org.pactgraph.reason;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A derivation as an indented tree of text: each inferred triple with the rule and axiom that
 * conclude it, each asserted one with where it comes from (the graph, the file when known, the
 * document's sentence or the curated source).
 */
public final class DerivationText {
    private final NodeText text;

    public DerivationText(NodeText text) {
        this.text = text;
    }

    public String render(Derivation d) {
        StringBuilder out = new StringBuilder();
        render(d, "", "", out);
        return out.toString();
    }

    /** The rule and axiom of a step, such as {@code prp-trp: pact:locatedIn a owl:TransitiveProperty}. */
    public String because(Derivation d) {
        if (d.isAsserted()) return "asserted";
        return because(d.rule(), d.axiom(), d.entailedBy());
    }

    /** A rule step's name and axiom, and the schema rule that entails the axiom when it is entailed. */
    String because(String rule, org.apache.jena.graph.Triple axiomTriple, String entailedBy) {
        String axiom = axiomTriple == null ? "" : ": " + text.axiom(axiomTriple);
        String entailed = entailedBy == null ? "" : " (entailed by " + entailedBy + ")";
        return rule + axiom + entailed;
    }

    /** Where an asserted triple comes from, on one line each. */
    public List<String> sources(Derivation d) {
        return sources(d.sources());
    }

    /** Each source on one line. */
    public static List<String> sources(List<Source> sources) {
        return sources.stream().map(DerivationText::source).toList();
    }

    static String source(Source s) {
        StringBuilder b = new StringBuilder("in <").append(s.graph()).append('>');
        if (s.file() != null) b.append(" from ").append(s.file());
        if (s.sentence() != null) b.append(", sentence <").append(s.span()).append(">: \"").append(s.sentence()).append('"');
        if (!s.references().isEmpty()) {
            b.append(", source ").append(s.references().stream().map(r -> "<" + r + ">").collect(Collectors.joining(" ")));
        }
        return b.toString();
    }

    private void render(Derivation d, String first, String rest, StringBuilder out) {
        out.append(first).append(text.triple(d.triple())).append("   [").append(because(d)).append("]\n");
        if (d.isAsserted()) {
            for (String s : sources(d)) out.append(rest).append("    ").append(s).append('\n');
            return;
        }
        List<Derivation> premises = d.premises();
        for (int i = 0; i < premises.size(); i++) {
            boolean last = i == premises.size() - 1;
            render(premises.get(i), rest + (last ? "└─ " : "├─ "), rest + (last ? "   " : "│  "), out);
        }
    }
}
