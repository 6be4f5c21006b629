package org.pactgraph.server.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.pactgraph.model.Pact;
import org.pactgraph.server.ontology.OntologyModel.Token;
import org.pactgraph.server.pages.Labels;

/**
 * How the documentation names a term: PactGraph's own by their label, linked to their entry on
 * the page; reused ones by their prefixed name, linked to their IRI.
 */
final class TermLinks {
    private final Labels labels;
    private final PrefixMapping prefixes;

    TermLinks(Labels labels, PrefixMapping prefixes) {
        this.labels = labels;
        this.prefixes = prefixes;
    }

    Token token(Node term) {
        if (!term.isURI()) return Token.text(term.isLiteral() ? term.getLiteralLexicalForm() : "(anonymous)");
        String iri = term.getURI();
        if (iri.startsWith(Pact.NS)) return new Token("#" + iri.substring(Pact.NS.length()), labels.of(term), iri);
        String shortName = prefixes.shortForm(iri);
        boolean web = iri.startsWith("http://") || iri.startsWith("https://");
        return new Token(web ? iri : null, shortName, iri);
    }
}
