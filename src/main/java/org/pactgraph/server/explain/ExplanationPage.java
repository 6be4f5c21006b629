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
import org.pactgraph.reason.Source;
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
        Derivation d = e.derivation();
        NodeText text = e.text();
        String title = text.triple(d.triple());
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Why ").append(esc(title))
                .append("</title><style>").append(STYLE).append("</style></head>\n<body>\n<h1>Why <code>").append(esc(title))
                .append("</code> holds</h1>\n<p>")
                .append(d.isAsserted() ? "It is asserted, not inferred: it comes from the sources below."
                        : "It is inferred by OWL 2 RL's rules (named as in the W3C OWL 2 Profiles, section 4.3) from the asserted triples at the leaves of this tree, "
                        + d.steps() + " step" + (d.steps() == 1 ? "" : "s") + ".")
                .append("</p>\n<ul class=\"tree\">\n");
        node(d, text, b);
        b.append("</ul>\n<p><a href=\"").append(esc(jsonLink(d.triple()))).append("\">The same as JSON</a> · <a href=\"/\">Query page</a></p>\n</body></html>\n");
        return b.toString();
    }

    static String error(int status, String message) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>No explanation</title><style>" + STYLE
                + "</style></head>\n<body>\n<h1>No explanation (" + status + ")</h1>\n<p>" + esc(message) + "</p>\n</body></html>\n";
    }

    private static void node(Derivation d, NodeText text, StringBuilder b) {
        Triple t = d.triple();
        b.append("<li><span class=\"triple\">").append(term(t.getSubject(), text)).append(' ')
                .append(term(t.getPredicate(), text)).append(' ').append(term(t.getObject(), text)).append("</span> ");
        if (d.isAsserted()) {
            b.append("<span class=\"rule asserted\">asserted</span>\n");
            for (Source s : d.sources()) source(s, b);
        } else {
            b.append("<span class=\"rule\">").append(esc(d.rule())).append("</span>");
            if (d.axiom() != null) b.append(" <span class=\"axiom\">").append(esc(text.axiom(d.axiom()))).append("</span>");
            if (d.entailedBy() != null) b.append(" <span class=\"axiom\">(entailed by ").append(esc(d.entailedBy())).append(")</span>");
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

    private static String jsonLink(Triple t) {
        return ExplainModule.PATH + "?s=" + param(t.getSubject()) + "&p=" + param(t.getPredicate()) + "&o=" + param(t.getObject()) + "&format=json";
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
