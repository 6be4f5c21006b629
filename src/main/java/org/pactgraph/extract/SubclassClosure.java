package org.pactgraph.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

/** For each named class, all its named superclasses, following rdfs:subClassOf. */
final class SubclassClosure {
    private SubclassClosure() {}

    static Map<String, Set<String>> of(Graph graph) {
        Map<String, Set<String>> direct = new HashMap<>();
        graph.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                direct.computeIfAbsent(t.getSubject().getURI(), k -> new HashSet<>()).add(t.getObject().getURI());
            }
        });
        Map<String, Set<String>> closure = new HashMap<>();
        for (String cls : direct.keySet()) {
            Set<String> all = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(direct.get(cls));
            while (!todo.isEmpty()) {
                String next = todo.pop();
                if (all.add(next)) {
                    todo.addAll(direct.getOrDefault(next, Set.of()));
                }
            }
            closure.put(cls, Set.copyOf(all));
        }
        return closure;
    }
}
