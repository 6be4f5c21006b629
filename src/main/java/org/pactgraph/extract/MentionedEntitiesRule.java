package org.pactgraph.extract;

import java.util.Optional;
import org.pactgraph.model.Pact;

/**
 * New people and organisations the text names that no other rule used, declared (type, label,
 * {@code pact:needsReview true}) so that a reviewer sees every one the document introduces, not
 * only those a relation was read for. A person named beside a title or a verb of saying is
 * asserted; an organisation named in no relation is a candidate for review, unless its sentence
 * makes it a party ({@link PartyRole}: it signs, partners, funds or hosts), and so is the
 * government of a country the sentence makes a party. Runs after every
 * other rule, so that a resource a relation uses keeps that relation's evidence.
 */
final class MentionedEntitiesRule implements Rule {
    @Override
    public String name() {
        return "entity-mentioned";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            for (Mention m : state.mentionsOf(s)) {
                if (Phrases.quoted(s.text(), m.begin())) continue;
                Optional<Gazetteer.Entry> person = Phrases.entityOf(m, Pact.Person.getURI());
                if (person.isPresent()) {
                    state.entity(person.get(), s, name());
                    continue;
                }
                Optional<Gazetteer.Entry> org = Phrases.entityOf(m, Pact.Organization.getURI());
                if (org.isEmpty()) continue;
                if (PartyRole.partysName(m.text()) && PartyRole.of(state.linguistics, s, m.begin(), m.end())) state.entity(org.get(), s, name());
                else state.fromContext(ORGANIZATION_CONFIDENCE, () -> state.entity(org.get(), s, name()));
            }
            // A country that signs, cooperates or hosts stands for its government ("Aldoria and Freedonia signed").
            for (Mention g : Governments.inSentence(state, s)) {
                if (Phrases.quoted(s.text(), g.begin()) || !PartyRole.of(state.linguistics, s, g.begin(), g.end())) continue;
                Phrases.entityOf(g, Pact.GovernmentBody.getURI()).filter(e -> !e.known()).ifPresent(e -> state.entity(e, s, name()));
            }
        }
    }

    /**
     * An organisation no relation uses is a candidate: asserted, such names took the development
     * split's precision from 0.93 to 0.52 (most are programmes, missions and bodies merely named).
     */
    static final double ORGANIZATION_CONFIDENCE = Confidence.FROM_CONTEXT;
}
