package org.pactgraph.search;

import java.util.List;

/**
 * What one reconciliation query asks: a name, the types the entity should have (any of them;
 * none for any type), property values it should have (each an IRI or a name) and how many
 * candidates to give.
 */
public record Reconciliation(String text, List<String> types, List<PropertyValue> properties, int limit) {
    public Reconciliation {
        text = text == null ? "" : text;
        types = List.copyOf(types);
        properties = List.copyOf(properties);
    }

    /** A property the entity should have with one of the values, each an IRI or a name. */
    public record PropertyValue(String property, List<String> values) {
        public PropertyValue {
            values = List.copyOf(values);
        }
    }

    /** An entity proposed for the query, with its score, whether it is a sure match, and the scores it was ranked by. */
    public record Candidate(Entity entity, double score, boolean match, String matchedName, List<Feature> features) {
        public Candidate {
            features = List.copyOf(features);
        }
    }

    /** One score a candidate was ranked by: "name" (the search score) or a property (1 when it has the value asked for). */
    public record Feature(String id, double value) {}
}
