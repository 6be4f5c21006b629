package org.pactgraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.AnnouncementName;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * What the search index is built from, read from every graph of a dataset (the union, so that
 * inferred types count): each resource under {@link Iris#ID_BASE} with a name, and the
 * ontology's classes and properties. Names are {@code rdfs:label} and {@code skos:prefLabel};
 * aliases are {@code skos:altLabel}, {@code schema:alternateName} and its sub-property
 * {@code pact:shortName} (the reference data write both orders of Japanese personal names as
 * label and alias, see data/reference/people.ttl). An announcement, which has none of these, is
 * named as its page names it ({@link AnnouncementName}: "Announcement: " and its document's
 * title), so that it is found by that title.
 */
public record EntityCatalogue(List<Entity> entities, List<SchemaTerm> schema) {
    static final Node SCHEMA_ALTERNATE_NAME = NodeFactory.createURI("https://schema.org/alternateName");
    /** Name properties, and whether what they give is an alias; in a fixed order, so that the index is the same at every build. */
    private static final List<Map.Entry<Node, Boolean>> NAME_PROPERTIES = List.of(
            Map.entry(RDFS.label.asNode(), false), Map.entry(SKOS.prefLabel.asNode(), false),
            Map.entry(SKOS.altLabel.asNode(), true), Map.entry(SCHEMA_ALTERNATE_NAME, true), Map.entry(Pact.shortName.asNode(), true));

    /** Names longer than this are not indexed (Lucene refuses terms over 32 KB; nobody types such a name). */
    static final int MAX_NAME_CHARS = 500;

    public EntityCatalogue {
        entities = List.copyOf(entities);
        schema = List.copyOf(schema);
    }

    /** Reads the catalogue in one read transaction. */
    public static EntityCatalogue read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> new Reading(dataset).catalogue());
    }

    /** The English name of a node, else any name, else its IRI's last segment. */
    static String nameOf(DatasetGraph dataset, Node node) {
        List<Node> labels = new ArrayList<>();
        dataset.find(Node.ANY, node, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> labels.add(q.getObject()));
        Node label = englishFirst(labels);
        if (label != null) return label.getLiteralLexicalForm();
        String iri = node.isURI() ? node.getURI() : node.toString();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /** The first literal in English or without a language, else the first literal; null when there is none. */
    static Node englishFirst(List<Node> nodes) {
        List<Node> literals = nodes.stream().filter(Node::isLiteral).toList();
        return literals.stream().filter(o -> o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().equals("en")).findFirst()
                .orElse(literals.isEmpty() ? null : literals.get(0));
    }

    private static final class Reading {
        private final DatasetGraph dataset;
        private final Map<String, Set<Name>> names = new LinkedHashMap<>();
        private final Map<String, Set<String>> types = new HashMap<>();
        private final Map<String, Set<String>> superClasses = new HashMap<>();

        Reading(DatasetGraph dataset) {
            this.dataset = dataset;
        }

        EntityCatalogue catalogue() {
            NAME_PROPERTIES.forEach(property -> dataset.find(Node.ANY, Node.ANY, property.getKey(), Node.ANY).forEachRemaining(q -> {
                Node s = q.getSubject();
                Node o = q.getObject();
                if (s.isURI() && s.getURI().startsWith(Iris.ID_BASE) && o.isLiteral() && !o.getLiteralLexicalForm().isBlank()
                        && o.getLiteralLexicalForm().length() <= MAX_NAME_CHARS) {
                    names.computeIfAbsent(s.getURI(), k -> new LinkedHashSet<>())
                            .add(new Name(o.getLiteralLexicalForm().strip(), o.getLiteralLanguage(), property.getValue()));
                }
            }));
            dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), Pact.Announcement.asNode()).forEachRemaining(q -> nameAnnouncement(q.getSubject()));
            dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI() && q.getObject().isURI() && names.containsKey(q.getSubject().getURI())) {
                    types.computeIfAbsent(q.getSubject().getURI(), k -> new LinkedHashSet<>()).add(q.getObject().getURI());
                }
            });
            dataset.find(Node.ANY, Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI() && q.getObject().isURI() && !q.getSubject().equals(q.getObject())) {
                    superClasses.computeIfAbsent(q.getSubject().getURI(), k -> new LinkedHashSet<>()).add(q.getObject().getURI());
                }
            });
            List<SchemaTerm> schema = schema();
            Map<String, String> termNames = new HashMap<>();
            schema.forEach(t -> termNames.put(t.id(), t.name()));
            List<Entity> entities = new ArrayList<>(names.size());
            names.forEach((id, n) -> entities.add(entity(id, List.copyOf(n), termNames)));
            entities.sort(Comparator.comparing(Entity::id));
            return new EntityCatalogue(entities, schema);
        }

        /** Names an announcement that has no name of its own (a label or alias) as its page does. */
        private void nameAnnouncement(Node announcement) {
            if (!announcement.isURI() || !announcement.getURI().startsWith(Iris.ID_BASE) || names.containsKey(announcement.getURI())) return;
            String name = AnnouncementName.of(dataset, announcement, EntityCatalogue::englishFirst);
            if (name != null && !name.isBlank() && name.length() <= MAX_NAME_CHARS) {
                names.put(announcement.getURI(), new LinkedHashSet<>(List.of(new Name(name.strip(), "", false))));
            }
        }

        private Entity entity(String id, List<Name> all, Map<String, String> termNames) {
            List<String> ts = List.copyOf(withSuperClasses(types.getOrDefault(id, Set.of())));
            String shown = all.stream().filter(n -> !n.alias() && (n.lang().isEmpty() || n.lang().equals("en"))).map(Name::text)
                    .findFirst().orElse(all.stream().filter(n -> !n.alias()).map(Name::text).findFirst().orElse(all.get(0).text()));
            String japanese = all.stream().filter(n -> n.lang().equals("ja") && !n.alias()).map(Name::text).findFirst().orElse("");
            List<String> specific = ts.stream()
                    .filter(t -> ts.stream().noneMatch(other -> !other.equals(t) && superClasses.getOrDefault(other, Set.of()).contains(t)))
                    .filter(termNames::containsKey).map(termNames::get).sorted().toList();
            String description = String.join(", ", specific) + (japanese.isEmpty() || japanese.equals(shown) ? "" : " · " + japanese);
            return new Entity(id, shown, japanese, all, ts, description.replaceFirst("^ · ", ""));
        }

        /**
         * The types and every superclass of them, so that asking for places finds a city where no
         * reasoner has written its superclasses (a store without the inferred graph).
         */
        private Set<String> withSuperClasses(Set<String> asserted) {
            Set<String> all = new LinkedHashSet<>(asserted);
            java.util.Deque<String> todo = new java.util.ArrayDeque<>(asserted);
            while (!todo.isEmpty()) {
                for (String sup : superClasses.getOrDefault(todo.pop(), Set.of())) {
                    if (all.add(sup)) todo.add(sup);
                }
            }
            return all;
        }

        /** The ontology's own classes and properties (those in PactGraph's namespace), named in English. */
        private List<SchemaTerm> schema() {
            Map<String, SchemaTerm> terms = new LinkedHashMap<>();
            for (Node kind : List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode())) {
                dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), kind).forEachRemaining(q -> {
                    Node s = q.getSubject();
                    if (s.isURI() && s.getURI().startsWith(Pact.NS) && !terms.containsKey(s.getURI())) {
                        terms.put(s.getURI(), new SchemaTerm(s.getURI(), nameOf(dataset, s), comment(s), kind.equals(OWL.Class.asNode())));
                    }
                });
            }
            return terms.values().stream().sorted(Comparator.comparing(SchemaTerm::id)).toList();
        }

        private String comment(Node term) {
            for (Iterator<Quad> it = dataset.find(Node.ANY, term, RDFS.comment.asNode(), Node.ANY); it.hasNext(); ) {
                Node o = it.next().getObject();
                if (o.isLiteral() && (o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().equals("en"))) return o.getLiteralLexicalForm();
            }
            return "";
        }
    }
}
