package org.pactgraph.search;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The values one reconciliation query asks a property to have, in the forms they are compared
 * in, each made once per query: as IRIs, and as names folded whole ({@link SearchNameKey#key}) and
 * without word order ({@link SearchNameKey#unordered}).
 *
 * @param property the property as the query wrote it (the feature's name)
 * @param propertyIri the property's full IRI
 * @param iris the values read as IRIs
 * @param keys the values as folded names
 * @param unordered the values as folded names with their words sorted
 * @param names the folded forms of the objects' names met so far, by name
 */
record WantedValues(String property, String propertyIri, Set<String> iris, Set<String> keys, Set<String> unordered,
                    Map<String, String[]> names) {
    /** The values of one property; {@code names} holds the folded forms of names, shared by the query's properties. */
    static WantedValues of(Reconciliation.PropertyValue pv, UnaryOperator<String> iri, Map<String, String[]> names) {
        Set<String> iris = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Set<String> unordered = new HashSet<>();
        for (String v : pv.values()) {
            iris.add(iri.apply(v));
            keys.add(SearchNameKey.key(v));
            unordered.add(SearchNameKey.unordered(v));
        }
        return new WantedValues(pv.property(), iri.apply(pv.property()), Set.copyOf(iris), Set.copyOf(keys), Set.copyOf(unordered), names);
    }

    /** A name of an object, folded whole; each name is folded once per query. */
    String folded(String name) {
        return forms(name)[0];
    }

    /** A name of an object, folded with its words sorted. */
    String foldedUnordered(String name) {
        return forms(name)[1];
    }

    private String[] forms(String name) {
        return names.computeIfAbsent(name, n -> new String[] {SearchNameKey.key(n), SearchNameKey.unordered(n)});
    }
}
