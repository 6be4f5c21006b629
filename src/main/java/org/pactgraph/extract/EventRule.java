package org.pactgraph.extract;

import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Signing ceremonies with their place and day ("at a signing ceremony at the X in Y on
 * Tuesday, April 9"). The partnerships of the document were signed there, and when the
 * sentence says they were announced there, so was the announcement.
 */
final class EventRule implements Rule {
    @Override
    public String name() {
        return "signing-ceremony";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            if (!s.mentions("signing ceremony")) continue;
            Optional<Mention.Date> day = state.mentionsOf(s).stream()
                    .filter(m -> m instanceof Mention.Date d && d.precision().equals("day"))
                    .map(m -> (Mention.Date) m)
                    .findFirst();
            if (day.isEmpty()) continue;
            String known = state.gazetteer.eventOf(Pact.SigningCeremony.getURI(), day.get().date()).orElse(null);
            String event = known != null ? known : Iris.id(Iris.Kind.EVENT, "signing-ceremony-" + day.get().date());
            state.type(event, Pact.SigningCeremony, s, name());
            state.literal(event, Pact.date, day.get().date().toString(), XSDDatatype.XSDdate, s, name());
            state.mentionsOf(s).stream()
                    .map(m -> Phrases.entityOf(m, Pact.Place.getURI()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(place -> state.link(event, Pact.place, place.iri(), s, name()));
            if (known == null) {
                state.add(event, RDFS.label, NodeFactory.createLiteralLang("Signing ceremony of " + day.get().date(), "en"), s, name());
                state.literal(event, Pact.needsReview, "true", XSDDatatype.XSDboolean, s, name());
            }
            for (String partnership : state.partnerships.keySet()) {
                state.link(partnership, Pact.signedAt, event, s, name());
            }
            if (s.mentions("announced")) {
                state.link(Iris.id(Iris.Kind.ANNOUNCEMENT, state.document.slug()), Pact.atEvent, event, s, name());
            }
        }
    }
}
