package org.pactgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Who announced the document's partnerships: the people named as the subject of "announced"
 * (after any leading date, not in possessive form), with the date and the partnerships named in
 * the same sentence. One announcement per document.
 */
final class AnnouncementRule implements Rule {
    private static final Pattern VERB = Pattern.compile("\\bannounced\\b");

    @Override
    public String name() {
        return "announced-by";
    }

    @Override
    public void apply(DocumentState state) {
        String announcement = Iris.id(Iris.Kind.ANNOUNCEMENT, state.document.slug());
        for (Sentence s : state.sentences) {
            Matcher verb = VERB.matcher(s.text());
            if (!verb.find()) continue;
            List<Mention> mentions = state.mentionsOf(s);
            List<Gazetteer.Entry> speakers = subjects(s, mentions, verb.start());
            if (speakers.isEmpty()) continue;
            state.type(announcement, Pact.Announcement, s, name());
            state.link(announcement, Pact.reportedIn, state.document.iri(), s, name());
            for (Gazetteer.Entry person : speakers) {
                state.link(announcement, Pact.announcedBy, person.iri(), s, name());
            }
            mentions.stream()
                    .filter(m -> m instanceof Mention.Date d && d.precision().equals("day") && m.end() <= verb.start())
                    .map(m -> ((Mention.Date) m).date())
                    .findFirst()
                    .ifPresent(d -> state.literal(announcement, Pact.date, d.toString(), XSDDatatype.XSDdate, s, name()));
            for (String partnership : state.partnershipsIn(s)) {
                state.link(announcement, Pact.announces, partnership, s, name());
            }
        }
    }

    /** People named between the last date (or the sentence start) and the verb. */
    private static List<Gazetteer.Entry> subjects(Sentence s, List<Mention> mentions, int verbAt) {
        int from = mentions.stream()
                .filter(m -> m instanceof Mention.Date && m.end() <= verbAt)
                .mapToInt(Mention::end)
                .max()
                .orElse(0);
        return mentions.stream()
                .filter(m -> m.begin() >= from && m.end() <= verbAt)
                .filter(m -> !Phrases.isPossessive(s.text(), m))
                .map(m -> Phrases.entityOf(m, Pact.Person.getURI()))
                .flatMap(Optional::stream)
                .toList();
    }
}
