package org.pactgraph.generate;

/** The few pieces of Turtle the generator writes by hand, for speed: prefixes, escaped literals. */
final class Turtle {
    private Turtle() {}

    static final String PREFIXES = """
            @prefix pact: <https://w3id.org/pactgraph/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            """;

    /** A string literal. */
    static String string(String s) {
        return "\"" + escape(s) + "\"";
    }

    /** An English literal. */
    static String lang(String s) {
        return string(s) + "@en";
    }

    /** A typed literal with an xsd datatype such as {@code decimal}. */
    static String typed(String lexical, String xsdType) {
        return "\"" + escape(lexical) + "\"^^xsd:" + xsdType;
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
