package org.pactgraph.search;

import java.util.List;

/**
 * A resource that search finds: its IRI, the name to show (English first), its Japanese name
 * when it has one ("" otherwise), every name and alias, its types (asserted and inferred) and a
 * short description made of its most specific types.
 */
public record Entity(String id, String name, String japaneseName, List<Name> names, List<String> types, String description) {
    public Entity {
        names = List.copyOf(names);
        types = List.copyOf(types);
    }
}
