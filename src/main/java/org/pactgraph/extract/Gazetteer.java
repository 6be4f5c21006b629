package org.pactgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Pact;

/**
 * The entities the reference data knows, found by their labels and aliases in text. Labels are
 * matched token by token (so "AI" never matches inside "AIR"), longest first; names of
 * organisations and people match with their case, research themes without. The same label may
 * name several entities ("Tsukuba": a city and a university): a match keeps them all and the
 * relation extractors choose by type.
 */
public final class Gazetteer {
    /** One known entity under one of its labels, with all its types and their superclasses. */
    public record Entry(String iri, String label, Set<String> types) {
        /** True when the entity is of the class or one of its subclasses. */
        public boolean is(String classIri) {
            return types.contains(classIri);
        }
    }

    /** A stretch of text that names one or more known entities. */
    public record Match(int begin, int end, List<Entry> entries) {}

    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();

    private final TrieNode root = new TrieNode();
    private final Graph graph;
    private final Map<String, Set<String>> superClasses;

    private Gazetteer(Graph graph, Map<String, Set<String>> superClasses) {
        this.graph = graph;
        this.superClasses = superClasses;
    }

    /**
     * Builds the gazetteer from a graph holding the reference data and the ontology (whose
     * subclass axioms tell that a University is an Institution).
     */
    public static Gazetteer of(Graph referenceAndOntology) {
        Gazetteer g = new Gazetteer(referenceAndOntology, SubclassClosure.of(referenceAndOntology));
        for (Node predicate : List.of(LABEL, PREF_LABEL, ALT_LABEL)) {
            referenceAndOntology.find(Node.ANY, predicate, Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getObject().isLiteral() && isEnglishOrPlain(t.getObject())) {
                    g.add(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
                }
            });
        }
        return g;
    }

    private static boolean isEnglishOrPlain(Node literal) {
        String lang = literal.getLiteralLanguage();
        return lang.isEmpty() || lang.toLowerCase().startsWith("en");
    }

    private void add(String iri, String label) {
        Set<String> types = typesOf(iri);
        if (types.isEmpty()) {
            return;
        }
        Tokens tokens = Tokens.of(label);
        if (tokens.size() == 0) {
            return;
        }
        TrieNode node = root;
        for (String t : tokens.lower()) {
            node = node.children.computeIfAbsent(t, k -> new TrieNode());
        }
        Entry entry = new Entry(iri, label, types);
        if (node.entries.stream().noneMatch(e -> e.iri().equals(iri) && e.label().equals(label))) {
            node.entries.add(entry);
        }
    }

    /** All types of a resource in the reference data, with their superclasses. */
    public Set<String> typesOf(String iri) {
        Set<String> types = new HashSet<>();
        graph.find(NodeFactory.createURI(iri), RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                String type = t.getObject().getURI();
                types.add(type);
                types.addAll(superClasses.getOrDefault(type, Set.of()));
            }
        });
        return Set.copyOf(types);
    }

    /** The known entities named in the text, longest names first, never overlapping. */
    public List<Match> find(String text) {
        Tokens tokens = Tokens.of(text);
        List<Match> candidates = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            TrieNode node = root;
            for (int i = start; i < tokens.size(); i++) {
                node = node.children.get(tokens.lower().get(i));
                if (node == null) break;
                if (!node.entries.isEmpty()) {
                    int b = tokens.begins()[start];
                    int e = tokens.ends()[i];
                    List<Entry> accepted = accept(node.entries, text.substring(b, e));
                    if (!accepted.isEmpty()) {
                        candidates.add(new Match(b, e, accepted));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Match m) -> m.begin() - m.end()).thenComparingInt(Match::begin));
        List<Match> chosen = new ArrayList<>();
        for (Match m : candidates) {
            if (chosen.stream().noneMatch(c -> c.begin() < m.end() && m.begin() < c.end())) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Match::begin));
        return List.copyOf(chosen);
    }

    /** Names match with their case; themes and other common nouns match in any case. */
    private static List<Entry> accept(Collection<Entry> entries, String found) {
        String squeezed = found.replaceAll("\\s+", " ");
        List<Entry> accepted = new ArrayList<>();
        for (Entry e : entries) {
            boolean caseFree = e.is(Pact.ResearchTheme.getURI());
            if (caseFree || squeezed.equals(e.label().replaceAll("\\s+", " "))) {
                accepted.add(e);
            }
        }
        return accepted;
    }

    /** A partnership of the reference data whose partners are exactly these organisations. */
    public Optional<String> partnershipOf(Set<String> partners) {
        Node partner = Pact.partner.asNode();
        Map<String, Set<String>> byPartnership = new HashMap<>();
        graph.find(Node.ANY, partner, Node.ANY).forEachRemaining(t ->
                byPartnership.computeIfAbsent(t.getSubject().getURI(), k -> new HashSet<>()).add(t.getObject().getURI()));
        return byPartnership.entrySet().stream()
                .filter(e -> e.getValue().equals(partners))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst();
    }

    /** An initiative of the reference data on this theme that started in this year. */
    public Optional<String> initiativeOf(String themeIri, int year) {
        Node theme = NodeFactory.createURI(themeIri);
        List<String> found = new ArrayList<>();
        graph.find(Node.ANY, Pact.hasTheme.asNode(), theme).forEachRemaining(t -> {
            String iri = t.getSubject().getURI();
            if (typesOf(iri).contains(Pact.Initiative.getURI()) && yearOf(t.getSubject(), Pact.startDate.asNode()) == year) {
                found.add(iri);
            }
        });
        return found.stream().sorted().findFirst();
    }

    /** An event of the reference data of this type on this day. */
    public Optional<String> eventOf(String typeIri, LocalDate day) {
        List<String> found = new ArrayList<>();
        graph.find(Node.ANY, Pact.date.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(day.toString())
                    && typesOf(t.getSubject().getURI()).contains(typeIri)) {
                found.add(t.getSubject().getURI());
            }
        });
        return found.stream().sorted().findFirst();
    }

    private int yearOf(Node subject, Node predicate) {
        var it = graph.find(subject, predicate, Node.ANY);
        Triple t = it.hasNext() ? it.next() : null;
        it.close();
        if (t == null || !t.getObject().isLiteral()) return -1;
        String lexical = t.getObject().getLiteralLexicalForm();
        return lexical.length() >= 4 ? Integer.parseInt(lexical.substring(0, 4)) : -1;
    }

    private static final class TrieNode {
        final Map<String, TrieNode> children = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
    }
}
