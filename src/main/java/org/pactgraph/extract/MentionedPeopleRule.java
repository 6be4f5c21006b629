package org.pactgraph.extract;

import java.util.Optional;
import org.pactgraph.model.Pact;

/**
 * New people the text names beside a title or a verb of saying that no other rule used: each is
 * declared (type, label, {@code pact:needsReview true}) so that a reviewer sees every person
 * the document introduces, not only those a relation was read for. Runs after every other rule,
 * so that a person a relation uses keeps that relation's evidence.
 */
final class MentionedPeopleRule implements Rule {
    @Override
    public String name() {
        return "person-mentioned";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            for (Mention m : state.mentionsOf(s)) {
                Optional<Gazetteer.Entry> person = Phrases.entityOf(m, Pact.Person.getURI());
                if (person.isEmpty() || Phrases.quoted(s.text(), m.begin())) continue;
                state.entity(person.get(), s, name());
            }
        }
    }
}
