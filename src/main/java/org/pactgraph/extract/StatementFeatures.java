package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.model.Iris;

/**
 * The features of each statement of one document's extraction that the statement classifier
 * weighs: how it was read (its rule, relation type, known or new names, and their pairs; its
 * predicate; the kinds of its subject and object; how far its binding reached), its sentence
 * (length, quotation, place in the document), the names it rests on (their length, an acronym
 * alone, whether the linguistic layer typed them as the rule did), how much of the document names
 * the same resources, how many sentences and rules give the same statement, and the document's
 * size. Each feature is a name ({@code group=value}); numbers are put in a few ranges, so that a
 * model is one weight per name and applying it is a sum. The names say nothing of any one
 * document: a rule must hold on texts it has not seen.
 */
public final class StatementFeatures {
    /** The feature every statement has: the model's intercept. */
    public static final String BIAS = "bias";

    private final DocumentState state;
    private Index index;
    private CandidateFeatures candidates;

    StatementFeatures(DocumentState state) {
        this.state = state;
    }

    /** What is counted once per document: minted resources, labels, and what names each resource and statement. */
    private record Index(Set<Node> minted, Map<Node, String> labels, Map<Node, Integer> factsNaming, Map<Node, Set<Integer>> sentencesNaming,
                         Map<Triple, Set<Integer>> sentencesOf, Map<Integer, Integer> factsInSentence, int mintedOrganisations, String text,
                         Map<String, Integer> occurrences, String prose, java.util.function.Function<Fact, RuleReliability.Reading> readings) {}

    private Index index() {
        if (index == null) {
            List<Fact> facts = state.facts;
            Map<Node, String> labels = new HashMap<>();
            Map<Node, Integer> factsNaming = new HashMap<>();
            Map<Node, Set<Integer>> sentencesNaming = new HashMap<>();
            Map<Triple, Set<Integer>> sentencesOf = new HashMap<>();
            Map<Integer, Integer> factsInSentence = new HashMap<>();
            for (Fact f : facts) {
                if (f.predicate().equals(RDFS.label.asNode()) && f.object().isLiteral()) labels.putIfAbsent(f.subject(), f.object().getLiteralLexicalForm());
                for (Node n : f.object().isURI() ? List.of(f.subject(), f.object()) : List.of(f.subject())) {
                    factsNaming.merge(n, 1, Integer::sum);
                    sentencesNaming.computeIfAbsent(n, k -> new HashSet<>()).add(f.evidence().index());
                }
                sentencesOf.computeIfAbsent(f.triple(), k -> new HashSet<>()).add(f.evidence().index());
                factsInSentence.merge(f.evidence().index(), 1, Integer::sum);
            }
            Set<Node> minted = Confidence.minted(facts);
            int organisations = (int) minted.stream().filter(n -> kindOf(n, Set.of()).equals(Iris.Kind.ORG.segment())).count();
            StringBuilder text = new StringBuilder();
            state.sentences.forEach(s -> text.append(s.text().toLowerCase(Locale.ROOT)).append('\n'));
            index = new Index(minted, labels, factsNaming, sentencesNaming, sentencesOf, factsInSentence, organisations, text.toString(),
                    new HashMap<>(), prose(), RuleReliability.readings(facts));
        }
        return index;
    }

    /**
     * The features of one candidate for review of this document's extraction: those of
     * {@link #of(Fact)}, and what tells a candidate apart ({@link CandidateFeatures}).
     */
    public List<String> ofCandidate(Fact f) {
        List<String> features = of(f);
        Index x = index();
        if (candidates == null) candidates = new CandidateFeatures(state);
        candidates.add(f, x.minted(), x.labels(), features);
        return features;
    }

    /** The features of one fact of this document's extraction. */
    public List<String> of(Fact f) {
        Index x = index();
        List<String> features = new ArrayList<>();
        RuleReliability.Reading reading = x.readings().apply(f);
        features.add(BIAS);
        features.add("rule=" + reading.rule());
        features.add("relation=" + reading.relation());
        features.add("names=" + reading.names());
        features.add("rule+relation=" + reading.rule() + "|" + reading.relation());
        features.add("relation+names=" + reading.relation() + "|" + reading.names());
        features.add("reading=" + reading.rule() + "|" + reading.relation() + "|" + reading.names());
        String predicate = localName(f.predicate());
        features.add("predicate=" + predicate);
        features.add("predicate+names=" + predicate + "|" + reading.names());
        features.add("binding=" + binding(f.confidence()));
        String subject = kindOf(f.subject(), x.minted());
        String object = kindOf(f.object(), x.minted());
        features.add("subject=" + subject);
        features.add("object=" + object);
        features.add("subject+object=" + subject + "|" + object);
        sentence(f.evidence(), features);
        name("subject", f.subject(), f.evidence(), x, features);
        if (f.object().isURI()) name("object", f.object(), f.evidence(), x, features);
        features.add("statement-sentences=" + range(x.sentencesOf().get(f.triple()).size(), 1, 2, 3));
        features.add("sentence-facts=" + range(x.factsInSentence().get(f.evidence().index()), 1, 4, 10, 20));
        features.add("document-sentences=" + range(state.sentences.size(), 1, 15, 40, 100));
        features.add("document-facts=" + range(state.facts.size(), 1, 30, 80, 200));
        features.add("document-minted-organisations=" + range(x.mintedOrganisations(), 0, 1, 3, 6, 12));
        features.add("document-partnerships=" + range(state.partnerships.size(), 0, 1, 2, 4));
        features.add("document-prose=" + x.prose());
        features.add("document-dated=" + (state.document.published().isPresent() || state.document.header().published().isPresent()));
        return features;
    }

    /**
     * How much of the document is prose: the share, in tenths, of its sentences that end on a
     * stop. A press release is mostly prose; a page of menus, headings and lists of names is not,
     * and the rules, written on prose, read it worse.
     */
    private String prose() {
        long stopped = state.sentences.stream().map(s -> s.text().strip())
                .filter(t -> !t.isEmpty() && ".!?\"\u201D)".indexOf(t.charAt(t.length() - 1)) >= 0).count();
        return range(state.sentences.isEmpty() ? 0 : (int) (10 * stopped / state.sentences.size()), 0, 5, 7, 9);
    }

    /** How far the binding reached, read from the confidence the rule gave before any cap. */
    static String binding(double confidence) {
        if (confidence >= Confidence.IN_SENTENCE) return "sentence";
        if (confidence >= Confidence.IN_PARAGRAPH) return "paragraph";
        if (confidence >= Confidence.IN_SECTION) return "section";
        return "context";
    }

    /**
     * The sentence's length in words, whether it quotes someone, and where in the document it
     * stands; and whether it reads as prose: its verbs, its closing stop, its share of capitalised
     * words, a list or heading mark at its start (menus, headings and lists of names are where
     * real web pages mislead the rules).
     */
    private void sentence(Sentence s, List<String> features) {
        String text = s.text().strip();
        String[] words = text.isEmpty() ? new String[0] : text.split("\\s+");
        features.add("sentence-words=" + range(words.length, 0, 10, 20, 35, 60));
        if (text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0) features.add("sentence-quotes");
        List<AnnotatedSentences.Word> tokens = state.linguistics.words(s);
        features.add("sentence-verbs=" + (tokens.isEmpty() ? "unread" : range((int) tokens.stream().filter(w -> w.pos().startsWith("VB")).count(), 0, 1, 2)));
        features.add("sentence-ends=" + (!text.isEmpty() && ".!?\"\u201D)".indexOf(text.charAt(text.length() - 1)) >= 0 ? "stop" : "open"));
        long capitalised = java.util.Arrays.stream(words).filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
        features.add("sentence-capitalised=" + range(words.length == 0 ? 0 : (int) (10 * capitalised / words.length), 0, 3, 5, 7));
        if (!text.isEmpty() && "-*#|\u2022".indexOf(text.charAt(0)) >= 0) features.add("sentence-markup");
        features.add("paragraph=" + range(s.paragraph(), 0, 1, 2, 5, 10));
        features.add("section=" + (state.sections == null ? "one" : range(state.sections.of(s), 0, 1, 3)));
    }

    /**
     * The name a resource of the statement rests on, when the document minted it: its length in
     * words, whether it is an acronym alone, and whether the linguistic layer typed the words of
     * the sentence that write it as the kind the rule made it; and how much of the document names it.
     */
    private void name(String role, Node node, Sentence s, Index x, List<String> features) {
        features.add(role + "-facts=" + range(x.factsNaming().getOrDefault(node, 0), 1, 2, 4, 10));
        features.add(role + "-sentences=" + range(x.sentencesNaming().getOrDefault(node, Set.of()).size(), 1, 2, 4));
        String label = x.labels().get(node);
        String kind = kindOf(node, Set.of());
        if (!x.minted().contains(node) || label == null || !NAMED_KINDS.contains(kind)) return;
        // Each feature of the name twice: alone, and for its kind (an acronym is an agency's name, not a person's).
        for (String prefix : List.of(role + "-name", role + "-" + kind + "-name")) {
            String[] words = label.strip().split("\\s+");
            features.add(prefix + "-words=" + range(words.length, 1, 2, 3, 5));
            if (words.length == 1 && label.strip().matches("[\\p{Lu}\\d&.\\-]{2,}")) features.add(prefix + "-acronym");
            if (java.util.Arrays.stream(words).anyMatch(w -> Character.isLowerCase(w.codePointAt(0)) && !JOINING.contains(w))) {
                features.add(prefix + "-lowercase-word");
            }
            if (words[0].equalsIgnoreCase("the")) features.add(prefix + "-the");
            int times = x.occurrences().computeIfAbsent(label.strip().toLowerCase(Locale.ROOT), k -> occurrences(x.text(), k));
            features.add(prefix + "-written=" + range(times, 0, 1, 2, 4));
            features.add(prefix + "-layer=" + layerAgreement(kind, label, s));
        }
    }

    /** The kinds of resource a name stands for; a partnership's or an event's label is a description the rules composed. */
    static final Set<String> NAMED_KINDS = Set.of(Iris.Kind.ORG.segment(), Iris.Kind.PERSON.segment(), Iris.Kind.POST.segment(),
            Iris.Kind.PLACE.segment(), Iris.Kind.THEME.segment());

    /** The small words a name may write in lower case ("Department of the Interior"); any other lower-case word is a phrase's, not a name's. */
    private static final Set<String> JOINING = Set.of("of", "the", "and", "for", "on", "in", "at", "to", "de", "la", "del", "des", "du", "y", "&");

    /** How many times the text writes the phrase. */
    private static int occurrences(String text, String phrase) {
        int count = 0;
        for (int at = text.indexOf(phrase); at >= 0 && !phrase.isEmpty(); at = text.indexOf(phrase, at + phrase.length())) count++;
        return count;
    }

    /** Whether the linguistic layer typed the name as the kind of its resource: agrees, other, untyped, or absent from the sentence. */
    private String layerAgreement(String kind, String label, Sentence s) {
        List<String> types = layerTypes(state, label, s);
        if (types == null) return "absent";
        if (types.isEmpty()) return "untyped";
        Set<String> expected = switch (kind) {
            case "org" -> Set.of("ORGANIZATION");
            case "person" -> Set.of("PERSON");
            case "place" -> Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY");
            case "post" -> Set.of("TITLE");
            default -> Set.of();
        };
        return types.stream().anyMatch(expected::contains) ? "agrees" : "other";
    }

    /** The types the linguistic layer gave the words of the sentence that write the name, in order; null when the sentence does not write it. */
    static List<String> layerTypes(DocumentState state, String label, Sentence s) {
        int at = writtenAt(label, s);
        if (at < 0) return null;
        int end = at + label.length();
        return state.linguistics.entities(s).stream().filter(e -> e.begin() < end && e.end() > at).map(AnnotatedSentences.Named::type).toList();
    }

    /** Where the sentence writes the name, case aside; -1 when it does not. */
    static int writtenAt(String label, Sentence s) {
        return s.text().toLowerCase(Locale.ROOT).indexOf(label.toLowerCase(Locale.ROOT));
    }

    /** The kind of a node: the path segment of a PactGraph IRI ({@code org}, {@code person}...), minted or known; a literal's datatype. */
    static String kindOf(Node n, Set<Node> minted) {
        if (n.isLiteral()) return "literal-" + localName(org.apache.jena.graph.NodeFactory.createURI(n.getLiteralDatatypeURI()));
        if (!n.isURI()) return "blank";
        String iri = n.getURI();
        String kind = "other";
        if (iri.startsWith(Iris.ID_BASE)) {
            String rest = iri.substring(Iris.ID_BASE.length());
            kind = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        }
        return minted.isEmpty() ? kind : kind + (minted.contains(n) ? "-minted" : "-known");
    }

    private static String localName(Node n) {
        String iri = n.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    /** The range a count falls in, named by its lower bound ("4+" for the last, "2-3" between bounds). */
    static String range(int value, int... lowerBounds) {
        for (int i = lowerBounds.length - 1; i >= 0; i--) {
            if (value >= lowerBounds[i]) {
                if (i == lowerBounds.length - 1) return lowerBounds[i] + "+";
                int upper = lowerBounds[i + 1] - 1;
                return upper == lowerBounds[i] ? String.valueOf(upper) : lowerBounds[i] + "-" + upper;
            }
        }
        return "<" + lowerBounds[0];
    }
}
