package org.pactgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.pactgraph.model.RelationType;

/**
 * What tells a candidate for review apart, beyond what {@link StatementFeatures} says of any
 * statement: why it is a candidate (its rule and how far its binding reached), and for each name
 * the document minted that it rests on, which relations use that name and whether any of them is
 * asserted, the type CoreNLP gave the name's words, and whether the text spells the name out
 * beside its acronym. A name no relation uses is mostly a programme or a body merely named; one a
 * partnership, post or funding uses is often a party the rules were unsure of. Like every feature,
 * these name no organisation, person or document.
 */
final class CandidateFeatures {
    private final DocumentState state;
    /** The names the text spells out before an acronym in brackets, and those acronyms ({@link SpelledOutAcronyms}). */
    private final Set<String> spelledOut = new HashSet<>();
    /** The relation types of the facts that use each resource, and the surest of those facts, declarations left out. */
    private final Map<Node, Set<String>> usedBy = new HashMap<>();
    private final Map<Node, Double> surestUse = new HashMap<>();
    /** The class each minted resource is declared of (University, GovernmentBody, Organization...). */
    private final Map<Node, String> classOf = new HashMap<>();

    CandidateFeatures(DocumentState state) {
        this.state = state;
        for (Sentence s : state.sentences) {
            for (SpelledOutAcronyms.Definition d : SpelledOutAcronyms.in(s.text())) {
                // As labels write a name: its spaces and line breaks one space each.
                spelledOut.add(d.name(s.text()).replaceAll("\\s+", " "));
                spelledOut.add(d.acronym());
            }
        }
        for (Fact f : state.facts) {
            if (f.predicate().equals(org.apache.jena.vocabulary.RDF.type.asNode()) && f.object().isURI()) classOf.putIfAbsent(f.subject(), f.object().getLocalName());
            if (Confidence.declares(f)) continue;
            String relation = RelationType.of(f.triple());
            for (Node n : f.object().isURI() ? List.of(f.subject(), f.object()) : List.of(f.subject())) {
                usedBy.computeIfAbsent(n, k -> new TreeSet<>()).add(relation);
                surestUse.merge(n, f.confidence(), Math::max);
            }
        }
    }

    /** Adds the candidate's own features to those of its statement. */
    void add(Fact f, Set<Node> minted, Map<Node, String> labels, List<String> features) {
        features.add("candidate-rule+binding=" + f.rule() + "|" + StatementFeatures.binding(f.confidence()));
        name("subject", f.subject(), f, minted, labels, features);
        if (f.object().isURI()) name("object", f.object(), f, minted, labels, features);
    }

    private void name(String role, Node node, Fact f, Set<Node> minted, Map<Node, String> labels, List<String> features) {
        String kind = StatementFeatures.kindOf(node, Set.of());
        String label = labels.get(node);
        if (!minted.contains(node) || label == null || !StatementFeatures.NAMED_KINDS.contains(kind)) return;
        Set<String> relations = usedBy.getOrDefault(node, Set.of());
        if (relations.isEmpty()) features.add(role + "-used-by=none");
        relations.forEach(r -> features.add(role + "-used-by=" + r));
        Double surest = surestUse.get(node);
        features.add(role + "-use=" + (surest == null ? "none" : surest >= Confidence.THRESHOLD ? "asserted" : "candidate"));
        features.add(role + "-" + kind + "-ner=" + layerType(label, f.evidence()));
        features.add(role + "-class=" + classOf.getOrDefault(node, "none"));
        features.add(role + "-party-name=" + PartyRole.partysName(label.strip()));
        governor(role, label, f.evidence(), features);
        // "the Alder Research Council (ARC)": the text says the name and its acronym are one body.
        if (spelledOut.contains(label.strip())) features.add(role + "-spelled-out");
    }

    /**
     * How the parse attaches the name: the relation of its head word to the word it depends on
     * ("nsubj", "obl", "compound"...), and that word, by its lemma when a verb ("attend", "sign":
     * general words, no one's name) and by its part of speech otherwise. A name that is the subject
     * or object of a verb is more often a party than one inside another name or a list of links.
     */
    private void governor(String role, String label, Sentence s, List<String> features) {
        int at = StatementFeatures.writtenAt(label, s);
        java.util.Optional<AnnotatedSentences.Word> head = at < 0 ? java.util.Optional.empty()
                : PartyRole.headWord(state.linguistics, s, at, at + label.length());
        if (head.isEmpty()) {
            features.add(role + "-head-relation=unread");
            return;
        }
        List<org.pactgraph.annotate.Annotation.Dependency> edges = state.linguistics.headsOf(head.get().index());
        if (edges.isEmpty()) {
            features.add(role + "-head-relation=root");
            return;
        }
        String relation = edges.get(0).relation();
        features.add(role + "-head-relation=" + (relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation));
        PartyRole.wordAt(state.linguistics, s, edges.get(0).head()).ifPresent(g -> features.add(role + "-governor="
                + (g.pos().startsWith("VB") && g.lemma() != null ? g.lemma().toLowerCase(Locale.ROOT) : g.pos().substring(0, Math.min(2, g.pos().length())))));
    }

    /** The type CoreNLP gave the words of the sentence that write the name (the first of them), "none", or "absent" when the sentence does not write it. */
    private String layerType(String label, Sentence s) {
        List<String> types = StatementFeatures.layerTypes(state, label, s);
        return types == null ? "absent" : types.isEmpty() ? "none" : types.get(0);
    }
}
