package org.pactgraph.extract;

import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * The initiative that a document's partnerships belong to, from a sentence that names an
 * initiative and its research theme ("Artificial Intelligence is the third ... initiative").
 * The reference data's initiative on that theme in the document's year keeps its IRI.
 */
final class InitiativeRule implements Rule {
    @Override
    public String name() {
        return "initiative-of-document";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            if (!s.mentions("initiative")) continue;
            Optional<Gazetteer.Entry> theme = state.mentionsOf(s).stream()
                    .map(m -> Phrases.entityOf(m, Pact.ResearchTheme.getURI()))
                    .flatMap(Optional::stream)
                    .findFirst();
            if (theme.isEmpty() || state.document.published().isEmpty()) continue;
            int year = state.document.published().get().getYear();
            String known = state.gazetteer.initiativeOf(theme.get().iri(), year).orElse(null);
            String iri = known != null ? known
                    : Iris.id(Iris.Kind.INITIATIVE, Iris.slug(theme.get().label()) + "-" + year);
            state.type(iri, Pact.Initiative, s, name());
            state.link(iri, Pact.hasTheme, theme.get().iri(), s, name());
            Phrases.ordinal(s.text()).ifPresent(n ->
                    state.literal(iri, Pact.ordinal, Integer.toString(n), XSDDatatype.XSDpositiveInteger, s, name()));
            if (known == null) {
                state.add(iri, RDFS.label, NodeFactory.createLiteralLang(theme.get().label() + " initiative (" + year + ")", "en"), s, name());
                state.literal(iri, Pact.needsReview, "true", XSDDatatype.XSDboolean, s, name());
            }
            for (String partnership : List.copyOf(state.partnerships.keySet())) {
                state.link(partnership, Pact.partOfInitiative, iri, s, name());
            }
            state.initiative = iri;
            return;
        }
    }
}
