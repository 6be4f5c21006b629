package org.pactgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * The research themes a partnership focuses on: the themes named after "focus on" in a sentence
 * about a partnership, or, when that sentence ends with a colon, each item of the list that
 * follows. A list item the reference data does not know becomes a new theme marked for review.
 */
final class ThemeRule implements Rule {
    @Override
    public String name() {
        return "focus-themes";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            int focus = s.text().toLowerCase(Locale.ROOT).indexOf("focus");
            if (focus < 0) continue;
            List<String> partnerships = state.partnershipsIn(s);
            if (partnerships.isEmpty()) {
                partnerships = state.lastPartnershipBefore(s).map(List::of).orElse(List.of());
            }
            if (partnerships.isEmpty()) continue;
            if (s.text().endsWith(":") && s.index() + 1 < state.sentences.size()) {
                Sentence list = state.sentences.get(s.index() + 1);
                for (String item : Phrases.listItems(list.text())) {
                    String theme = themeNamed(state, item, list);
                    partnerships.forEach(p -> state.link(p, Pact.hasTheme, theme, list, name()));
                }
            } else {
                List<String> targets = partnerships;
                state.mentionsOf(s).stream()
                        .filter(m -> m.begin() > focus)
                        .map(m -> Phrases.entityOf(m, Pact.ResearchTheme.getURI()))
                        .flatMap(Optional::stream)
                        .forEach(theme -> targets.forEach(p -> state.link(p, Pact.hasTheme, theme.iri(), s, name())));
            }
        }
    }

    /** The known theme whose label is the whole item, or a new theme for review. */
    private String themeNamed(DocumentState state, String item, Sentence evidence) {
        Optional<Gazetteer.Entry> known = state.gazetteer.find(item).stream()
                .filter(m -> m.begin() == 0 && m.end() == item.length())
                .flatMap(m -> m.entries().stream())
                .filter(e -> e.is(Pact.ResearchTheme.getURI()))
                .findFirst();
        if (known.isPresent()) return known.get().iri();
        String iri = Iris.id(Iris.Kind.THEME, Iris.slug(item));
        state.type(iri, Pact.ResearchTheme, evidence, name());
        state.add(iri, SKOS.prefLabel, NodeFactory.createLiteralLang(item, "en"), evidence, name());
        state.add(iri, RDFS.label, NodeFactory.createLiteralLang(item, "en"), evidence, name());
        state.literal(iri, Pact.needsReview, "true", XSDDatatype.XSDboolean, evidence, name());
        return iri;
    }
}
