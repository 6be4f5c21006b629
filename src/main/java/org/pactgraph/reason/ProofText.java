package org.pactgraph.reason;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Every derivation of a triple as an indented tree of text. A triple with one derivation reads
 * as in {@link DerivationText}: the triple, its rule and axiom, its premises below. A triple with
 * several says how many, and each derivation follows as a numbered branch with its premises. A
 * triple already written in full above is written again on one line, marked so (a {@link Proof}
 * is one object per triple, so it is known by identity: its record equality would walk the graph).
 */
public final class ProofText {
    private final NodeText text;
    private final DerivationText steps;

    public ProofText(NodeText text) {
        this.text = text;
        this.steps = new DerivationText(text);
    }

    public String render(WholeProof whole) {
        StringBuilder out = new StringBuilder();
        render(whole.root(), "", "", Collections.newSetFromMap(new IdentityHashMap<>()), out);
        if (!whole.complete()) {
            out.append("(the search stopped at its bound: there may be more derivations than these)\n");
        }
        return out.toString();
    }

    private void render(Proof p, String first, String rest, Set<Proof> written, StringBuilder out) {
        out.append(first).append(text.triple(p.triple()));
        if (!written.add(p)) {
            out.append(p.isAsserted() ? "   [asserted, as above]\n" : "   [derived, as above]\n");
            return;
        }
        if (p.isAsserted()) {
            out.append("   [asserted]\n");
            for (String s : DerivationText.sources(p.sources())) out.append(rest).append("    ").append(s).append('\n');
            return;
        }
        List<Proof.Way> ways = p.ways();
        if (ways.size() == 1) {
            Proof.Way way = ways.get(0);
            out.append("   [").append(steps.because(way.rule(), way.axiom(), way.entailedBy())).append("]\n");
            premises(way, rest, written, out);
            return;
        }
        out.append("   [").append(ways.size()).append(" derivations]\n");
        for (int i = 0; i < ways.size(); i++) {
            Proof.Way way = ways.get(i);
            boolean last = i == ways.size() - 1;
            out.append(rest).append(last ? "└─ " : "├─ ").append(i + 1).append(". ")
                    .append(steps.because(way.rule(), way.axiom(), way.entailedBy())).append('\n');
            premises(way, rest + (last ? "   " : "│  "), written, out);
        }
    }

    private void premises(Proof.Way way, String rest, Set<Proof> written, StringBuilder out) {
        List<Proof> premises = way.premises();
        for (int i = 0; i < premises.size(); i++) {
            boolean last = i == premises.size() - 1;
            render(premises.get(i), rest + (last ? "└─ " : "├─ "), rest + (last ? "   " : "│  "), written, out);
        }
    }
}
