package org.pactgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * What a quotation is about (pact:about): the partnerships of the document all of whose partners
 * its sentences name ("This collaboration between university A, university B, ..."); else the one partnership of its section when it speaks of "this partnership";
 * else, when it speaks of the partnerships or the announcement ("In support of these partnerships",
 * "Today's announcement"), the initiatives that the document's partnerships
 * belong to. A quotation that does none of these is about nothing the graph knows.
 */
final class QuoteSubject {
    private static final Pattern ONE_PARTNERSHIP = Pattern.compile("(?i)\\b(?:this|the|our|that)\\s+(?:new\\s+)?(?:partnership|collaboration)\\b");
    private static final Pattern ALL_OF_THEM = Pattern.compile("(?i)\\b(?:partnerships|announcement|initiative)\\b");

    private QuoteSubject() {}

    /** The partnerships or initiatives that the statement made of these sentences is about. */
    static Set<String> of(DocumentState state, List<Sentence> sentences) {
        Set<String> named = new LinkedHashSet<>();
        for (Sentence s : sentences) {
            named.addAll(Phrases.entities(state.mentionsOf(s), Pact.Organization.getURI(), 0, s.text().length()).stream()
                    .map(Gazetteer.Entry::iri).toList());
        }
        Set<String> about = new LinkedHashSet<>();
        state.partnerships.forEach((partnership, partners) -> {
            if (partners.size() > 1 && named.containsAll(partners)) about.add(partnership);
        });
        if (!about.isEmpty()) return about;
        String text = String.join(" ", sentences.stream().map(Sentence::text).toList());
        List<String> ofSection = state.partnershipsInSection(sentences.get(0));
        if (ONE_PARTNERSHIP.matcher(text).find() && ofSection.size() == 1) return Set.of(ofSection.get(0));
        if (ALL_OF_THEM.matcher(text).find()) {
            for (Fact f : state.facts) {
                if (f.predicate().equals(Pact.partOfInitiative.asNode()) && state.partnerships.containsKey(f.subject().getURI())) {
                    about.add(f.object().getURI());
                }
            }
        }
        return about;
    }
}
