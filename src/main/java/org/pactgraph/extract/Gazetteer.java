package org.pactgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Pact;

/**
 * The entities the reference data knows, found by their labels and aliases in text, and the
 * lookups the rules need (a partnership by its partners, an initiative by theme and year, an
 * event by type and day, the posts a person holds). Everything is indexed once when the
 * gazetteer is built, so that extracting a document costs time in proportion to the document,
 * not to the reference data.
 *
 * <p>Labels are matched token by token (so "AI" never matches inside "AIR"), longest first;
 * names of organisations and people match with their case, research themes without. The same
 * label may name several entities ("Cambridge": a city and a university): a match keeps them all
 * and the rules choose by type.
 */
public final class Gazetteer {
    /**
     * One entity under one of its labels, with all its types and their superclasses.
     * {@code known} is false for an entity the extractor recognised by pattern and minted.
     */
    public record Entry(String iri, String label, String type, Set<String> types, boolean known) {
        /** True when the entity is of the class or one of its subclasses. */
        public boolean is(String classIri) {
            return types.contains(classIri);
        }
    }

    /** A stretch of text that names one or more entities. */
    public record Match(int begin, int end, List<Entry> entries) {}

    private record Dated(String iri, int year) {}

    private final TrieNode root = new TrieNode();
    private final Map<String, Set<String>> superClasses;
    private final Map<String, Set<String>> typesByIri = new HashMap<>();
    private final Map<String, String> labelByIri = new HashMap<>();
    private final Map<Set<String>, String> partnershipByPartners = new HashMap<>();
    private final Map<String, List<Dated>> initiativesByTheme = new HashMap<>();
    private final Map<String, List<Event>> eventsByTypeAndDay = new HashMap<>();
    private final Map<String, List<String>> postsByPerson = new HashMap<>();
    /** Each theme's broader themes, at any distance (skos:broader, or skos:narrower read backwards). */
    private final Map<String, Set<String>> broaderThemes = new HashMap<>();
    private final Map<String, Set<String>> themesByPartnership = new HashMap<>();
    /** The fundings that the reference data splits into shares (objects of pact:shareOf), named by IRI. */
    private final Set<String> splitFundings = new HashSet<>();
    /** People by the first and the last word of each of their names, lower case ("kishida", "blinken"). */
    private final Map<String, Set<Entry>> peopleByNameWord = new HashMap<>();

    private Gazetteer(Map<String, Set<String>> superClasses) {
        this.superClasses = superClasses;
    }

    /**
     * Builds the gazetteer from a graph holding the reference data and the ontology (whose
     * subclass axioms tell that a University is an Institution).
     */
    public static Gazetteer of(Graph referenceAndOntology) {
        Gazetteer g = new Gazetteer(SubclassClosure.of(referenceAndOntology));
        g.index(referenceAndOntology);
        return g;
    }

    private void index(Graph graph) {
        graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                typesByIri.computeIfAbsent(t.getSubject().getURI(), k -> new HashSet<>()).addAll(withSuperClasses(t.getObject().getURI()));
            }
        });
        for (Node predicate : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
            graph.find(Node.ANY, predicate, Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getObject().isLiteral() && isEnglishOrPlain(t.getObject()) && namedInText(t.getSubject().getURI())) {
                    String iri = t.getSubject().getURI();
                    String label = t.getObject().getLiteralLexicalForm();
                    if (!predicate.equals(SKOS.altLabel.asNode())) labelByIri.putIfAbsent(iri, label);
                    addLabel(iri, label);
                }
            });
        }
        Map<String, Set<String>> partners = new HashMap<>();
        graph.find(Node.ANY, Pact.partner.asNode(), Node.ANY).forEachRemaining(t ->
                partners.computeIfAbsent(t.getSubject().getURI(), k -> new HashSet<>()).add(t.getObject().getURI()));
        partners.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> partnershipByPartners.putIfAbsent(Set.copyOf(e.getValue()), e.getKey()));
        graph.find(Node.ANY, Pact.hasTheme.asNode(), Node.ANY).forEachRemaining(t -> {
            String iri = t.getSubject().getURI();
            if (typesOf(iri).contains(Pact.Partnership.getURI())) {
                themesByPartnership.computeIfAbsent(iri, k -> new HashSet<>()).add(t.getObject().getURI());
            }
            if (typesOf(iri).contains(Pact.Initiative.getURI())) {
                int year = yearOf(graph, t.getSubject(), Pact.startDate.asNode());
                initiativesByTheme.computeIfAbsent(t.getObject().getURI(), k -> new ArrayList<>()).add(new Dated(iri, year));
            }
        });
        initiativesByTheme.values().forEach(l -> l.sort(Comparator.comparing(Dated::iri)));
        graph.find(Node.ANY, Pact.date.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!t.getSubject().isURI() || !t.getObject().isLiteral()) return;
            Node place = G.getSP(graph, t.getSubject(), Pact.place.asNode());
            Event event = new Event(t.getSubject().getURI(), place != null && place.isURI() ? place.getURI() : null);
            for (String type : typesOf(event.iri())) {
                eventsByTypeAndDay.computeIfAbsent(type + " " + t.getObject().getLiteralLexicalForm(), k -> new ArrayList<>()).add(event);
            }
        });
        eventsByTypeAndDay.values().forEach(l -> l.sort(Comparator.comparing(Event::iri)));
        graph.find(Node.ANY, Pact.holdsPost.asNode(), Node.ANY).forEachRemaining(t ->
                postsByPerson.computeIfAbsent(t.getSubject().getURI(), k -> new ArrayList<>()).add(t.getObject().getURI()));
        postsByPerson.values().forEach(l -> l.sort(null));
        graph.find(Node.ANY, Pact.shareOf.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) splitFundings.add(t.getObject().getURI());
        });
        indexBroaderThemes(graph);
    }

    private void indexBroaderThemes(Graph graph) {
        Map<String, Set<String>> direct = new HashMap<>();
        graph.find(Node.ANY, SKOS.broader.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) direct.computeIfAbsent(t.getSubject().getURI(), k -> new HashSet<>()).add(t.getObject().getURI());
        });
        graph.find(Node.ANY, SKOS.narrower.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) direct.computeIfAbsent(t.getObject().getURI(), k -> new HashSet<>()).add(t.getSubject().getURI());
        });
        for (String theme : direct.keySet()) {
            Set<String> all = new HashSet<>();
            java.util.Deque<String> todo = new java.util.ArrayDeque<>(direct.get(theme));
            while (!todo.isEmpty()) {
                String next = todo.pop();
                if (all.add(next)) todo.addAll(direct.getOrDefault(next, Set.of()));
            }
            broaderThemes.put(theme, all);
        }
    }

    /** The broader themes of a theme at any distance, itself excluded unless the scheme has a cycle. */
    public Set<String> broaderThemesOf(String themeIri) {
        return broaderThemes.getOrDefault(themeIri, Set.of());
    }

    /**
     * True when the reference data has shares of the funding (pact:shareOf it), such as the
     * partnerships' parts of a total that an announcement states: those shares carry its money.
     */
    public boolean splitsFunding(String fundingIri) {
        return splitFundings.contains(fundingIri);
    }

    /** The themes the reference data gives a partnership. */
    public Set<String> themesOf(String partnershipIri) {
        return themesByPartnership.getOrDefault(partnershipIri, Set.of());
    }

    /**
     * False for what texts name only as common words: the ontology's own terms ("City", "State")
     * and kinds of office ("Minister", "Governor"), which would otherwise take words out of
     * names and titles ("Salt Lake City", "Minister Sato").
     */
    private boolean namedInText(String iri) {
        return !iri.startsWith(Pact.NS) && !typesOf(iri).contains(Pact.KindOfOffice.getURI());
    }

    private static boolean isEnglishOrPlain(Node literal) {
        String lang = literal.getLiteralLanguage();
        return lang.isEmpty() || lang.toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }

    private void addLabel(String iri, String rawLabel) {
        Set<String> types = typesOf(iri);
        if (types.isEmpty()) return;
        String label = plain(rawLabel);
        Tokens tokens = Tokens.of(label);
        if (tokens.size() == 0) return;
        TrieNode node = root;
        for (String t : tokens.lower()) {
            node = node.children.computeIfAbsent(t, k -> new TrieNode());
        }
        if (node.entries.stream().noneMatch(e -> e.iri().equals(iri) && e.label().equals(label))) {
            Entry entry = new Entry(iri, label, mostSpecific(types), types, true);
            node.entries.add(entry);
            if (entry.is(Pact.Person.getURI()) && tokens.size() > 1) {
                for (String word : List.of(tokens.lower().get(0), tokens.lower().get(tokens.size() - 1))) {
                    peopleByNameWord.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(entry);
                }
            }
        }
    }

    /** Curly quotes and dashes as the normaliser writes them, so labels match clean text. */
    private static String plain(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) b.append(TextNormalizer.plain(s.charAt(i)));
        return b.toString();
    }

    private String mostSpecific(Set<String> types) {
        return types.stream()
                .filter(t -> types.stream().noneMatch(o -> !o.equals(t) && superClasses.getOrDefault(o, Set.of()).contains(t)))
                .filter(t -> t.startsWith(Pact.NS))
                .sorted()
                .findFirst()
                .orElse(types.iterator().next());
    }

    /** The class and all its superclasses. */
    public Set<String> withSuperClasses(String classIri) {
        Set<String> all = new LinkedHashSet<>();
        all.add(classIri);
        all.addAll(superClasses.getOrDefault(classIri, Set.of()));
        return all;
    }

    /** An entity the extractor recognised by pattern: minted, of one class, not yet reviewed. */
    public Entry newEntry(String iri, String label, String classIri) {
        return new Entry(iri, label, classIri, withSuperClasses(classIri), false);
    }

    /** An organisation the extractor recognised by its name: minted under the name's slug, of one class, not yet reviewed. */
    public Entry newOrganisation(String name, String classIri) {
        return newEntry(org.pactgraph.model.Iris.id(org.pactgraph.model.Iris.Kind.ORG, org.pactgraph.model.Iris.slug(name)), name, classIri);
    }

    /** A place the extractor recognised by its name: minted under the name's slug, of one class (a place, a country), not yet reviewed. */
    public Entry newPlace(String name, String classIri) {
        return newEntry(org.pactgraph.model.Iris.id(org.pactgraph.model.Iris.Kind.PLACE, org.pactgraph.model.Iris.slug(name)), name, classIri);
    }

    /** All types of a resource in the reference data, with their superclasses. */
    public Set<String> typesOf(String iri) {
        return typesByIri.getOrDefault(iri, Set.of());
    }

    /** True when the reference data describes this resource. */
    public boolean knows(String iri) {
        return typesByIri.containsKey(iri);
    }

    /** The English label of a resource of the reference data. */
    public Optional<String> labelOf(String iri) {
        return Optional.ofNullable(labelByIri.get(iri));
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
                    if (!accepted.isEmpty()) candidates.add(new Match(b, e, accepted));
                }
            }
        }
        return nonOverlapping(candidates);
    }

    /** Longest first, then leftmost; the chosen matches in text order. */
    static List<Match> nonOverlapping(List<Match> candidates) {
        candidates.sort(Comparator.comparingInt((Match m) -> m.begin() - m.end()).thenComparingInt(Match::begin));
        List<Match> chosen = new ArrayList<>();
        for (Match m : candidates) {
            if (chosen.stream().noneMatch(c -> c.begin() < m.end() && m.begin() < c.end())) chosen.add(m);
        }
        chosen.sort(Comparator.comparingInt(Match::begin));
        return chosen;
    }

    /** Names match with their case; themes and other common nouns match in any case. */
    private static List<Entry> accept(List<Entry> entries, String found) {
        String squeezed = found.replaceAll("\\s+", " ");
        List<Entry> accepted = new ArrayList<>();
        for (Entry e : entries) {
            if (e.is(Pact.ResearchTheme.getURI()) || squeezed.equals(e.label().replaceAll("\\s+", " "))) accepted.add(e);
        }
        return accepted;
    }

    /**
     * The place of the reference data a text names by this name alone: one whose name it is
     * (other than a state, since a city's name is more often meant), else a city whose name
     * is this one followed by a comma and its district ("X, D.C." written "X" in a dateline).
     */
    public Optional<Entry> placeNamed(String name) {
        Optional<Entry> whole = find(name).stream()
                .filter(m -> m.begin() == 0 && m.end() == name.length())
                .flatMap(m -> m.entries().stream())
                .filter(e -> e.is(Pact.Place.getURI()) && !e.is(Pact.State.getURI()))
                .findFirst();
        if (whole.isPresent()) return whole;
        return labelByIri.entrySet().stream()
                .filter(e -> e.getValue().startsWith(name + ",") && typesOf(e.getKey()).contains(Pact.City.getURI()))
                .map(Map.Entry::getKey).sorted().findFirst()
                .map(iri -> new Entry(iri, labelByIri.get(iri), mostSpecific(typesOf(iri)), typesOf(iri), true));
    }

    /** A partnership of the reference data whose partners are exactly these organisations. */
    public Optional<String> partnershipOf(Set<String> partners) {
        return Optional.ofNullable(partnershipByPartners.get(Set.copyOf(partners)));
    }

    /** An initiative of the reference data on this theme that started in this year. */
    public Optional<String> initiativeOf(String themeIri, int year) {
        return initiativesByTheme.getOrDefault(themeIri, List.of()).stream()
                .filter(d -> d.year() == year)
                .map(Dated::iri)
                .findFirst();
    }

    /**
     * The event of the reference data of this type on this day in this place (null when the
     * document names none). Two ceremonies of one day in different places are different events,
     * so an event whose place is known matches only that place.
     */
    public Optional<String> eventOf(String typeIri, LocalDate day, String placeIri) {
        return eventsByTypeAndDay.getOrDefault(typeIri + " " + day, List.of()).stream()
                .filter(e -> placeIri == null || e.place() == null || e.place().equals(placeIri))
                .map(Event::iri)
                .findFirst();
    }

    private record Event(String iri, String place) {}

    /**
     * The people of the reference data one of whose names starts or ends with this word, as a
     * transcript names a speaker ("SECRETARY BLINKEN", "PRIME MINISTER KISHIDA"), by IRI.
     */
    public Map<String, Entry> peopleNamed(String word) {
        Map<String, Entry> byIri = new LinkedHashMap<>();
        peopleByNameWord.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), Set.of()).forEach(e -> byIri.putIfAbsent(e.iri(), e));
        return byIri;
    }

    /** The posts the reference data says a person holds. */
    public List<String> postsOf(String personIri) {
        return postsByPerson.getOrDefault(personIri, List.of());
    }

    private static int yearOf(Graph graph, Node subject, Node predicate) {
        Node date = G.getSP(graph, subject, predicate);
        if (date == null || !date.isLiteral()) return -1;
        String lexical = date.getLiteralLexicalForm();
        return lexical.length() >= 4 && lexical.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(lexical.substring(0, 4)) : -1;
    }

    private static final class TrieNode {
        final Map<String, TrieNode> children = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
    }
}
