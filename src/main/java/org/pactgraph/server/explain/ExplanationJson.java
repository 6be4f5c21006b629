package org.pactgraph.server.explain;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.pactgraph.reason.Derivation;
import org.pactgraph.reason.DerivationText;
import org.pactgraph.reason.NodeText;
import org.pactgraph.reason.Proof;
import org.pactgraph.reason.Source;

/**
 * An explanation as JSON: each node has the triple (terms as in SPARQL's JSON results), its text
 * with prefixes, the rule and axiom (null for an asserted triple), the premises, and for an
 * asserted triple its sources.
 */
final class ExplanationJson {
    private ExplanationJson() {}

    static String write(ExplainServlet.Explained e) {
        if (e.whole() != null) {
            JsonObject o = proof(e.whole().root(), e.text(), java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
            o.put("complete", e.whole().complete());
            return JSON.toString(o);
        }
        return JSON.toString(node(e.derivation(), e.text()));
    }

    /**
     * Every derivation: each node has the triple, its text, and either its sources (asserted) or
     * its {@code derivations}, each a rule, axiom and premises. A triple already written above is
     * written again with {@code "asAbove": true} and nothing more.
     */
    private static JsonObject proof(Proof p, NodeText text, java.util.Set<Proof> written) {
        JsonObject o = triple(p.triple(), text);
        o.put("asserted", p.isAsserted());
        if (!written.add(p)) {
            o.put("asAbove", true);
            return o;
        }
        if (p.isAsserted()) {
            JsonArray sources = new JsonArray();
            p.sources().forEach(s -> sources.add(source(s)));
            o.put("sources", sources);
            o.put("summary", String.join("; ", DerivationText.sources(p.sources())));
            return o;
        }
        JsonArray ways = new JsonArray();
        for (Proof.Way way : p.ways()) {
            JsonObject w = new JsonObject();
            w.put("rule", way.rule());
            if (way.axiom() != null) w.put("axiom", text.axiom(way.axiom()));
            if (way.entailedBy() != null) w.put("entailedBy", way.entailedBy());
            JsonArray premises = new JsonArray();
            way.premises().forEach(q -> premises.add(proof(q, text, written)));
            w.put("premises", premises);
            ways.add(w);
        }
        o.put("derivations", ways);
        return o;
    }

    private static JsonObject triple(org.apache.jena.graph.Triple t, NodeText text) {
        JsonObject o = new JsonObject();
        JsonObject triple = new JsonObject();
        triple.put("subject", term(t.getSubject()));
        triple.put("predicate", term(t.getPredicate()));
        triple.put("object", term(t.getObject()));
        o.put("triple", triple);
        o.put("text", text.triple(t));
        return o;
    }

    static String error(String message) {
        JsonObject o = new JsonObject();
        o.put("error", message);
        return JSON.toString(o);
    }

    private static JsonObject node(Derivation d, NodeText text) {
        JsonObject o = triple(d.triple(), text);
        o.put("rule", d.rule());
        if (d.axiom() != null) o.put("axiom", text.axiom(d.axiom()));
        if (d.entailedBy() != null) o.put("entailedBy", d.entailedBy());
        JsonArray premises = new JsonArray();
        d.premises().forEach(p -> premises.add(node(p, text)));
        o.put("premises", premises);
        JsonArray sources = new JsonArray();
        d.sources().forEach(s -> sources.add(source(s)));
        o.put("sources", sources);
        if (d.isAsserted()) o.put("summary", String.join("; ", new DerivationText(text).sources(d)));
        return o;
    }

    private static JsonObject source(Source s) {
        JsonObject o = new JsonObject();
        o.put("graph", s.graph());
        if (s.file() != null) o.put("file", s.file());
        if (s.sentence() != null) o.put("sentence", s.sentence());
        if (s.span() != null) o.put("span", s.span());
        JsonArray refs = new JsonArray();
        s.references().forEach(refs::add);
        o.put("references", refs);
        return o;
    }

    private static JsonObject term(Node n) {
        JsonObject o = new JsonObject();
        if (n.isURI()) {
            o.put("type", "uri");
            o.put("value", n.getURI());
        } else if (n.isLiteral()) {
            o.put("type", "literal");
            o.put("value", n.getLiteralLexicalForm());
            if (!n.getLiteralLanguage().isEmpty()) {
                o.put("xml:lang", n.getLiteralLanguage());
            } else {
                o.put("datatype", n.getLiteralDatatypeURI());
            }
        } else {
            o.put("type", "bnode");
            o.put("value", n.toString());
        }
        return o;
    }
}
