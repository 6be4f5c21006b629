package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Partnerships between two institutions, written "between A and B" (also "between A and B and
 * between C and D") or "the A and B partnership", in a sentence that speaks of partnerships.
 * A partnership the reference data knows by the same partners keeps its IRI; another one gets
 * an IRI from its partners' names and the document's year, and is marked for review.
 */
final class PartnershipRule implements Rule {
    @Override
    public String name() {
        return "partnership-between";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            if (!(s.mentions("partnership") || s.mentions("collaboration") || s.mentions("partner"))) continue;
            for (List<Gazetteer.Entry> pair : pairs(s, state.mentionsOf(s))) {
                record(state, s, pair);
            }
        }
    }

    private static List<List<Gazetteer.Entry>> pairs(Sentence s, List<Mention> mentions) {
        String text = s.text();
        List<List<Gazetteer.Entry>> pairs = new ArrayList<>();
        List<Mention> orgs = mentions.stream().filter(m -> Phrases.institution(m).isPresent()).toList();
        for (int i = 0; i + 1 < orgs.size(); i++) {
            Mention a = orgs.get(i);
            Mention b = orgs.get(i + 1);
            String before = text.substring(0, a.begin()).toLowerCase(java.util.Locale.ROOT);
            String joint = Phrases.between(text, a.end(), b.begin());
            boolean joined = joint.equals("and") || joint.equals("and the");
            boolean betweenForm = before.matches("(?s).*\\bbetween\\s+(the\\s+)?$");
            boolean nounForm = text.substring(b.end()).toLowerCase(java.util.Locale.ROOT).matches("(?s)^\\s+(ai\\s+|research\\s+)?partnership.*");
            if (joined && (betweenForm || nounForm)) {
                Gazetteer.Entry first = Phrases.institution(a).orElseThrow();
                Gazetteer.Entry second = Phrases.institution(b).orElseThrow();
                if (first.is(Pact.Institution.getURI()) && second.is(Pact.Institution.getURI())) {
                    pairs.add(List.of(first, second));
                }
            }
        }
        return pairs;
    }

    private void record(DocumentState state, Sentence s, List<Gazetteer.Entry> pair) {
        Set<String> partners = new LinkedHashSet<>();
        pair.forEach(e -> partners.add(e.iri()));
        String known = state.gazetteer.partnershipOf(partners).orElse(null);
        String iri = known != null ? known : mint(state, pair);
        state.type(iri, Pact.Partnership, s, name());
        for (String partner : partners) {
            state.link(iri, Pact.partner, partner, s, name());
        }
        if (known == null) {
            String label = pair.get(0).label() + " - " + pair.get(1).label() + " partnership";
            state.add(iri, RDFS.label, NodeFactory.createLiteralLang(label, "en"), s, name());
            state.literal(iri, Pact.needsReview, "true", XSDDatatype.XSDboolean, s, name());
        }
        state.notePartnership(s, iri, partners);
    }

    private static String mint(DocumentState state, List<Gazetteer.Entry> pair) {
        List<Gazetteer.Entry> sorted = pair.stream().sorted(Comparator.comparing(Gazetteer.Entry::iri)).toList();
        String year = state.document.published().map(d -> "-" + d.getYear()).orElse("");
        String slug = Iris.slug(sorted.get(0).iri().substring(sorted.get(0).iri().lastIndexOf('/') + 1))
                + "-" + Iris.slug(sorted.get(1).iri().substring(sorted.get(1).iri().lastIndexOf('/') + 1)) + year;
        return Iris.id(Iris.Kind.PARTNERSHIP, slug);
    }
}
