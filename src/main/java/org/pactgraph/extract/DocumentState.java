package org.pactgraph.extract;

import java.util.ArrayList;
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

/**
 * What the rules have found so far in one document, shared between them in order: the
 * partnerships and the sentences that name them, the initiative, the announcement, and the
 * facts. Lives for one extraction only.
 */
final class DocumentState {
    final Document document;
    final List<Sentence> sentences;
    final List<List<Mention>> mentions;
    final Gazetteer gazetteer;
    final List<Fact> facts = new ArrayList<>();
    /** Partnership IRI to its partners, in order of first mention. */
    final Map<String, Set<String>> partnerships = new LinkedHashMap<>();
    /** Sentence index to the partnerships it names. */
    final Map<Integer, List<String>> partnershipsBySentence = new LinkedHashMap<>();
    String initiative;

    DocumentState(Document document, List<Sentence> sentences, List<List<Mention>> mentions, Gazetteer gazetteer) {
        this.document = document;
        this.sentences = sentences;
        this.mentions = mentions;
        this.gazetteer = gazetteer;
    }

    void add(String subject, Property predicate, Node object, Sentence evidence, String rule) {
        facts.add(new Fact(NodeFactory.createURI(subject), predicate.asNode(), object, evidence, rule));
    }

    void link(String subject, Property predicate, String object, Sentence evidence, String rule) {
        add(subject, predicate, NodeFactory.createURI(object), evidence, rule);
    }

    void type(String subject, Resource type, Sentence evidence, String rule) {
        facts.add(new Fact(NodeFactory.createURI(subject), RDF.type.asNode(), type.asNode(), evidence, rule));
    }

    void literal(String subject, Property predicate, String lexical, XSDDatatype datatype, Sentence evidence, String rule) {
        add(subject, predicate, NodeFactory.createLiteralDT(lexical, datatype), evidence, rule);
    }

    List<Mention> mentionsOf(Sentence s) {
        return mentions.get(s.index());
    }

    /** The partnerships named in a sentence, or the last one named before it ("this partnership"). */
    List<String> partnershipsIn(Sentence s) {
        return partnershipsBySentence.getOrDefault(s.index(), List.of());
    }

    Optional<String> lastPartnershipBefore(Sentence s) {
        for (int i = s.index(); i >= 0; i--) {
            List<String> named = partnershipsBySentence.get(i);
            if (named != null && !named.isEmpty()) {
                return Optional.of(named.get(named.size() - 1));
            }
        }
        return Optional.empty();
    }

    void notePartnership(Sentence s, String partnership, Set<String> partners) {
        partnerships.computeIfAbsent(partnership, k -> new LinkedHashSet<>()).addAll(partners);
        List<String> named = partnershipsBySentence.computeIfAbsent(s.index(), k -> new ArrayList<>());
        if (!named.contains(partnership)) named.add(partnership);
    }
}
