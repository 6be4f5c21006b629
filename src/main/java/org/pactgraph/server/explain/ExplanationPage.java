package org.pactgraph.server.explain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.FmtUtils;
import org.pactgraph.model.Iris;
import org.pactgraph.reason.Derivation;
import org.pactgraph.reason.DerivationText;
import org.pactgraph.reason.NodeText;
import org.pactgraph.reason.Proof;
import org.pactgraph.reason.Source;
import org.pactgraph.reason.WholeProof;
import org.pactgraph.server.pages.PageTemplates;

/**
 * An explanation as an HTML page: the tree of rules, each step with its rule's OWL 2 RL name
 * and axiom, each asserted triple with its graph, file, sentence or curated source. Resources of
 * PactGraph link to their pages on this server ({@code /id/...}); every text is escaped, since
 * names and sentences come from data.
 */
final class ExplanationPage {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;line-height:1.45;color:#222}
            code,.triple{font-family:ui-monospace,monospace;font-size:.92em}
            ul.tree,ul.tree ul{list-style:none;padding-left:1.4rem;border-left:1px solid #ccc}
            ul.tree{border:none;padding-left:0}
            li{margin:.35rem 0}
            .rule{display:inline-block;background:#e8eefc;color:#1d3c8f;border-radius:3px;padding:0 .35rem;font-size:.85em;font-weight:600}
            .rule.asserted{background:#e6f4e6;color:#1e6b1e}
            .axiom{color:#555;font-size:.9em}
            .source{color:#444;font-size:.9em;margin-left:1rem}
            blockquote{margin:.2rem 0 .2rem 1rem;font-style:italic;color:#333}
            a{color:#1d3c8f}
            """;
    /** The page's policy: its own inline style above, by hash, and nothing else. */
    static final String POLICY = PageTemplates.policyAllowing(STYLE);

    private ExplanationPage() {}

    static String write(ExplainServlet.Explained e) {
        if (e.whole() != null) return writeAll(e.whole(), e.text());
        Derivation d = e.derivation();
        NodeText text = e.text();
        String title = text.triple(d.triple());
        StringBuilder b = head("Why ", title, " holds");
        b.append("<p>")
                .append(d.isAsserted() ? "It is asserted, not inferred: it comes from the sources below."
                        : "It is inferred by OWL 2 RL's rules (named as in the W3C OWL 2 Profiles, section 4.3) from the asserted triples at the leaves of this tree, "
                        + d.steps() + " step" + (d.steps() == 1 ? "" : "s") + ".")
                .append("</p>\n<ul class=\"tree\">\n");
        node(d, text, b);
        b.append("</ul>\n<p><a href=\"").append(esc(link(d.triple(), "&all=true"))).append("\">Every derivation</a> · <a href=\"")
                .append(esc(link(d.triple(), "&format=json"))).append("\">The same as JSON</a> · <a href=\"/\">Query page</a></p>\n</body></html>\n");
        return b.toString();
    }

    /** The page's head and its heading: {@code before}, the triple as code, {@code after}. */
    private static StringBuilder head(String before, String triple, String after) {
        return new StringBuilder().append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(before + triple + after))
                .append("</title><style>").append(STYLE).append("</style></head>\n<body>\n<h1>").append(esc(before)).append("<code>")
                .append(esc(triple)).append("</code>").append(esc(after)).append("</h1>\n");
    }

    /** Every derivation: a triple with several lists each, numbered; a triple already shown in full is shown again on one line. */
    private static String writeAll(WholeProof whole, NodeText text) {
        Proof root = whole.root();
        String title = text.triple(root.triple());
        StringBuilder b = head("Every derivation of ", title, "");
        b.append("<p>Each rule of OWL 2 RL that concludes a triple from premises that hold is listed, down to asserted triples;")
                .append(" a triple shown in full once is shown again on one line.")
                .append(whole.complete() ? "" : " The search stopped at its bound: there may be more derivations than these.")
                .append("</p>\n<ul class=\"tree\">\n");
        proof(root, text, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()), b);
        b.append("</ul>\n<p><a href=\"").append(esc(link(root.triple(), ""))).append("\">The shallowest derivation</a> · <a href=\"")
                .append(esc(link(root.triple(), "&all=true&format=json"))).append("\">The same as JSON</a> · <a href=\"/\">Query page</a></p>\n</body></html>\n");
        return b.toString();
    }

    private static void proof(Proof p, NodeText text, java.util.Set<Proof> written, StringBuilder b) {
        b.append("<li>");
        triple(p.triple(), text, b);
        if (!written.add(p)) {
            b.append(" <span class=\"axiom\">(").append(p.isAsserted() ? "asserted" : "derived").append(", as above)</span></li>\n");
            return;
        }
        if (p.isAsserted()) {
            b.append("<span class=\"rule asserted\">asserted</span>\n");
            for (Source s : p.sources()) source(s, b);
            b.append("</li>\n");
            return;
        }
        b.append("\n<ul>\n");
        int n = 0;
        for (Proof.Way way : p.ways()) {
            b.append("<li>").append(p.ways().size() > 1 ? ++n + ". " : "");
            step(way.rule(), way.axiom(), way.entailedBy(), text, b);
            b.append("\n<ul>\n");
            way.premises().forEach(q -> proof(q, text, written, b));
            b.append("</ul></li>\n");
        }
        b.append("</ul></li>\n");
    }

    private static void triple(Triple t, NodeText text, StringBuilder b) {
        b.append("<span class=\"triple\">").append(term(t.getSubject(), text)).append(' ')
                .append(term(t.getPredicate(), text)).append(' ').append(term(t.getObject(), text)).append("</span> ");
    }

    private static void step(String rule, Triple axiom, String entailedBy, NodeText text, StringBuilder b) {
        b.append("<span class=\"rule\">").append(esc(rule)).append("</span>");
        if (axiom != null) b.append(" <span class=\"axiom\">").append(esc(text.axiom(axiom))).append("</span>");
        if (entailedBy != null) b.append(" <span class=\"axiom\">(entailed by ").append(esc(entailedBy)).append(")</span>");
    }

    static String error(int status, String message) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>No explanation</title><style>" + STYLE
                + "</style></head>\n<body>\n<h1>No explanation (" + status + ")</h1>\n<p>" + esc(message) + "</p>\n</body></html>\n";
    }

    private static void node(Derivation d, NodeText text, StringBuilder b) {
        b.append("<li>");
        triple(d.triple(), text, b);
        if (d.isAsserted()) {
            b.append("<span class=\"rule asserted\">asserted</span>\n");
            for (Source s : d.sources()) source(s, b);
        } else {
            step(d.rule(), d.axiom(), d.entailedBy(), text, b);
            b.append("\n<ul>\n");
            d.premises().forEach(p -> node(p, text, b));
            b.append("</ul>\n");
        }
        b.append("</li>\n");
    }

    private static void source(Source s, StringBuilder b) {
        b.append("<div class=\"source\">in graph ").append(link(s.graph(), s.graph()));
        if (s.file() != null) b.append(", file <code>").append(esc(s.file())).append("</code>");
        if (s.sentence() != null) {
            b.append(", ").append(link(s.span(), "sentence")).append(":<blockquote>").append(esc(s.sentence())).append("</blockquote>");
        }
        if (!s.references().isEmpty()) {
            b.append(", source");
            s.references().forEach(r -> b.append(' ').append(link(r, r)));
        }
        b.append("</div>\n");
    }

    private static String term(Node n, NodeText text) {
        return n.isURI() ? link(n.getURI(), text.node(n)) : esc(text.node(n));
    }

    private static String link(String iri, String shown) {
        String href = href(iri);
        return href == null ? esc(shown) : "<a href=\"" + esc(href) + "\">" + esc(shown) + "</a>";
    }

    /**
     * PactGraph's resources open their pages on this server; other http(s) IRIs themselves; any
     * other scheme ({@code javascript:}, {@code data:}) is shown as text, never as a link.
     */
    private static String href(String iri) {
        if (iri.startsWith(Iris.ID_BASE)) return "/id/" + iri.substring(Iris.ID_BASE.length());
        String lower = iri.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? iri : null;
    }

    /** This page's address for the triple, with more parameters ({@code &format=json}, {@code &all=true}). */
    private static String link(Triple t, String more) {
        return ExplainModule.PATH + "?s=" + param(t.getSubject()) + "&p=" + param(t.getPredicate()) + "&o=" + param(t.getObject()) + more;
    }

    private static String param(Node n) {
        String v = n.isURI() ? n.getURI() : FmtUtils.stringForNode(n);
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
