package org.pactgraph.server.linkeddata;

import java.util.List;

/** The values the resource and document page templates show; every string is escaped by the template. */
final class PageModel {
    private PageModel() {}

    /** A link; href null for plain text. */
    record Link(String href, String text, String hint) {}

    /** A whole resource page. */
    record Page(String lang, String title, String css, String iri, List<Link> otherLabels, List<Link> types,
                List<Link> sources, List<Group> properties, List<Group> reused, List<Part> parts, List<Group> incoming,
                Text text, List<Link> formats, String sparql) {
        boolean hasOtherLabels() {
            return !otherLabels.isEmpty();
        }

        boolean hasSources() {
            return !sources.isEmpty();
        }

        boolean hasProperties() {
            return !properties.isEmpty();
        }

        boolean hasReused() {
            return !reused.isEmpty();
        }

        boolean hasIncoming() {
            return !incoming.isEmpty();
        }
    }

    /** The values of one property. */
    record Group(Link property, List<Value> values) {}

    /**
     * One value with where it comes from: extracted from a document (with the evidence sentences),
     * curated reference data, the ontology, or inferred only (with the link to its explanation).
     */
    record Value(Link link, String note, boolean extracted, boolean curated, boolean ontology, boolean inferred,
                 String explain, List<Evidence> evidence) {}

    /** The sentence a statement was extracted from, linked to its place in the document. */
    record Evidence(String sentence, String href, String rule) {}

    /** A hash resource shown on its document's page ({@code .../x#amount}). */
    record Part(String id, String heading, List<Group> groups) {}

    /** A document's text as its evidence spans, in order, with what was extracted from each. */
    record Text(List<Span> spans, int length) {}

    /** One span of a document; gap spans stand for text that supports no statement. */
    record Span(String id, String text, boolean gap, List<String> facts) {
        boolean hasFacts() {
            return !facts.isEmpty();
        }
    }

    /** The 404 page. */
    record NotFound(String lang, String title, String css, String iri, String path, List<Link> suggestions, String sparql) {
        boolean hasSuggestions() {
            return !suggestions.isEmpty();
        }
    }
}
