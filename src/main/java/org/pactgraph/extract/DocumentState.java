package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * What the rules have found so far in one document, shared between them in order: the
 * partnerships and the sentences that name them, the initiative, the events, the resources the
 * document introduced, and the facts. Lives for one extraction only.
 *
 * <p>Resources the reference data knows get only the relations the text states. A resource the
 * extractor mints (a new organisation, person, post, theme, place, event, partnership) gets its
 * type, label and {@code pact:needsReview true} the first time a fact uses it.
 */
final class DocumentState {
    final Document document;
    final List<Sentence> sentences;
    /** Where the sentences, joined as one text, write "the": where rules look for how the document writes a name. */
    final NamesAfterThe namesAfterThe;
    final List<List<Mention>> mentions;
    final Gazetteer gazetteer;
    /** What the linguistic layer says of each sentence (nothing when the rules run alone). */
    final AnnotatedSentences linguistics;
    final List<Fact> facts = new ArrayList<>();
    /** Partnership IRI to its partners, in order of first mention. */
    final Map<String, Set<String>> partnerships = new LinkedHashMap<>();
    /** Sentence index to the partnerships it names. */
    final Map<Integer, List<String>> partnershipsBySentence = new LinkedHashMap<>();
    /** The document's own initiative, once found. */
    String initiative;
    /** The document's sections: facts bind within one (set by the extractor; one section otherwise). */
    Sections sections;
    /** The items of the document's lists (set by the extractor; none otherwise). */
    ListItems listItems = ListItems.none();
    /** Events the document describes, by kind ("signing", "state-visit", "commitment"). */
    final Map<String, String> events = new LinkedHashMap<>();
    /** The organisation of the post the text gives beside each person ("NASA Administrator Charles Bolden"), by person IRI. */
    final Map<String, Gazetteer.Entry> organisationOf = new LinkedHashMap<>();
    /** The people the text says signed each partnership, by partnership IRI. */
    final Map<String, Set<Gazetteer.Entry>> signers = new LinkedHashMap<>();
    private final Set<String> declared = new HashSet<>();
    /** The confidence of the facts added now: lower while a rule binds a fact from context ({@link #fromContext}). */
    private double confidence = Confidence.IN_SENTENCE;
    private int fundings;
    private int statements;

    DocumentState(Document document, List<Sentence> sentences, List<List<Mention>> mentions, Gazetteer gazetteer,
                  AnnotatedSentences linguistics) {
        this.document = document;
        this.linguistics = linguistics;
        this.sentences = sentences;
        this.namesAfterThe = new NamesAfterThe(String.join(" ", sentences.stream().map(Sentence::text).toList()));
        this.mentions = mentions;
        this.gazetteer = gazetteer;
        this.sections = Sections.single(sentences.size());
    }

    void add(String subject, Property predicate, Node object, Sentence evidence, String rule) {
        facts.add(new Fact(NodeFactory.createURI(subject), predicate.asNode(), object, evidence, rule, confidence));
    }

    /** Runs a rule's step whose facts it bound from context, not from their own sentence, at a lower confidence. */
    void fromContext(double c, Runnable step) {
        double before = confidence;
        confidence = Math.min(before, c);
        try {
            step.run();
        } finally {
            confidence = before;
        }
    }

    void link(String subject, Property predicate, String object, Sentence evidence, String rule) {
        add(subject, predicate, NodeFactory.createURI(object), evidence, rule);
    }

    /** Links to an entity, declaring it first when the document introduced it. */
    void link(String subject, Property predicate, Gazetteer.Entry object, Sentence evidence, String rule) {
        entity(object, evidence, rule);
        link(subject, predicate, object.iri(), evidence, rule);
    }

    void type(String subject, Resource type, Sentence evidence, String rule) {
        add(subject, RDF.type, type.asNode(), evidence, rule);
    }

    void literal(String subject, Property predicate, String lexical, XSDDatatype datatype, Sentence evidence, String rule) {
        add(subject, predicate, NodeFactory.createLiteralDT(lexical, datatype), evidence, rule);
    }

    void text(String subject, Property predicate, String text, Sentence evidence, String rule) {
        add(subject, predicate, NodeFactory.createLiteralString(text), evidence, rule);
    }

    /** Declares an entity the document introduced (type, label, review mark); known ones need nothing. */
    void entity(Gazetteer.Entry e, Sentence evidence, String rule) {
        if (e.known() || gazetteer.knows(e.iri())) return;
        if (declare(e.iri(), org.apache.jena.rdf.model.ResourceFactory.createResource(e.type()), e.label(), evidence, rule)
                && e.is(Pact.ResearchTheme.getURI())) {
            add(e.iri(), SKOS.prefLabel, NodeFactory.createLiteralLang(e.label(), "en"), evidence, rule);
        }
    }

    /** Types, labels and marks for review a resource the extractor minted; false when done before. */
    boolean declare(String iri, Resource type, String label, Sentence evidence, String rule) {
        if (!declared.add(iri)) return false;
        type(iri, type, evidence, rule);
        add(iri, RDFS.label, NodeFactory.createLiteralLang(label, "en"), evidence, rule);
        literal(iri, Pact.needsReview, "true", XSDDatatype.XSDboolean, evidence, rule);
        return true;
    }

    List<Mention> mentionsOf(Sentence s) {
        return mentions.get(s.index());
    }

    /** The partnerships named in a sentence. */
    List<String> partnershipsIn(Sentence s) {
        return partnershipsBySentence.getOrDefault(s.index(), List.of());
    }

    /**
     * The partnership named last at or before this sentence in its section ("this partnership"),
     * or the document's only one when the document is one section.
     */
    Optional<String> lastPartnershipBefore(Sentence s) {
        for (int i = s.index(); i >= 0 && sections.together(i, s.index()); i--) {
            List<String> named = partnershipsBySentence.get(i);
            if (named != null && !named.isEmpty()) return Optional.of(named.get(named.size() - 1));
        }
        return partnerships.size() == 1 && sections.count() == 1 ? Optional.of(partnerships.keySet().iterator().next()) : Optional.empty();
    }

    /** The partnerships named in the sentence's section, in order; all of them when the document is one section. */
    List<String> partnershipsInSection(Sentence s) {
        if (sections.count() == 1) return List.copyOf(partnerships.keySet());
        Set<String> named = new LinkedHashSet<>();
        partnershipsBySentence.forEach((i, ps) -> {
            if (sections.together(i, s.index())) named.addAll(ps);
        });
        return List.copyOf(named);
    }

    void notePartnership(Sentence s, String partnership, Set<String> partners) {
        partnerships.computeIfAbsent(partnership, k -> new LinkedHashSet<>()).addAll(partners);
        List<String> named = partnershipsBySentence.computeIfAbsent(s.index(), k -> new ArrayList<>());
        if (!named.contains(partnership)) named.add(partnership);
    }

    /** The IRI of the document's announcement. */
    String announcement() {
        return Iris.id(Iris.Kind.ANNOUNCEMENT, document.slug());
    }

    /** The next funding's IRI: {@code funding/{document}-{n}} in document order. */
    String nextFunding() {
        return Iris.id(Iris.Kind.FUNDING, document.slug() + "-" + (++fundings));
    }

    /** The next statement's IRI: {@code statement/{document}-{n}} in document order. */
    String nextStatement() {
        return Iris.id(Iris.Kind.STATEMENT, document.slug() + "-" + (++statements));
    }

    /** The document's year, for minting IRIs of things it introduces. */
    Optional<Integer> year() {
        return document.published().map(java.time.LocalDate::getYear);
    }
}
