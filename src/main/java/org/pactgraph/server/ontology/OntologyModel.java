package org.pactgraph.server.ontology;

import java.util.List;

/** The values the ontology documentation template shows; the template escapes every string. */
final class OntologyModel {
    private OntologyModel() {}

    /** A piece of text, a link when href is set. */
    record Token(String href, String text, String title) {
        static Token text(String text) {
            return new Token(null, text, null);
        }
    }

    /** A labelled list of expressions, such as "Subclass of: A, B". */
    record Fact(String name, List<List<Token>> values) {}

    /** One class or property. */
    record Term(String id, String iri, String label, List<Token> otherLabels, String definition, List<String> kinds, List<Fact> facts) {}

    /** A class and its subclasses, for the hierarchy. */
    record Tree(Token term, List<Tree> children) {
        boolean hasChildren() {
            return !children.isEmpty();
        }
    }

    /** The whole page. */
    record Page(String lang, String title, String css, String iri, String description, List<Fact> metadata, List<Tree> hierarchy,
                List<Term> classes, List<Term> objectProperties, List<Term> datatypeProperties, List<Term> annotationProperties,
                List<Token> formats) {}
}
