package org.pactgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * The initiative series: a sentence that places the document's partnerships in a series ("AI
 * is the third ... initiative ... since June 2030, when President X and Prime Minister
 * Y made a commitment to ..."). The initiative is the reference data's initiative on the
 * named theme in the document's year, or a new one; it follows from the commitment (an event of
 * that month), carries its ordinal, and the document's partnerships belong to it. Earlier
 * initiatives of the series that the next sentences name by theme and year follow from the
 * same commitment.
 */
final class InitiativeRule implements Rule {
    private static final Pattern INITIATIVE = Pattern.compile("(?i)\\binitiatives?\\b");
    /** All but the last five words before a point, with no punctuation between them and it. */
    private static final Pattern NEAR_BEFORE = Pattern.compile("^.*?(?=(?:[\\p{L}-]+\\s+){0,5}$)", Pattern.DOTALL);
    private static final Pattern SINCE = Pattern.compile("\\bsince\\s+$");
    private static final Pattern COMMITMENT = Pattern.compile(
            "(?i)\\bwhen\\s+(.+?)\\s+(?:made|announced|launched|agreed on|signed)\\s+(?:a|an|the|their)\\s+(commitment|pledge|agreement)\\b(.*)$");
    private static final Pattern PHRASE = Pattern.compile(
            "(?i)\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|latest)\\s+(.+?)\\s+initiative\\b");

    @Override
    public String name() {
        return "initiative-series";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            Matcher word = INITIATIVE.matcher(s.text());
            if (!word.find() || Phrases.quoted(s.text(), word.start())) continue;
            // The ordinal counts initiatives only before the word: "the third ... initiative", not
            // "one of a number of initiatives announced during the third annual meeting".
            // And only in the words just before it: "the third strategic partnership initiative", not "the first
            // workshop, held with partners of the initiative".
            Optional<Integer> ordinal = Phrases.ordinal(NEAR_BEFORE.matcher(s.text().substring(0, word.start())).replaceFirst(""));
            Optional<Mention.Date> since = sinceDate(state, s);
            if (ordinal.isEmpty() && since.isEmpty()) continue;
            String initiative = initiative(state, s);
            ordinal.ifPresent(n -> state.literal(initiative, Pact.ordinal, Integer.toString(n), XSDDatatype.XSDpositiveInteger, s, name()));
            for (String partnership : List.copyOf(state.partnerships.keySet())) {
                state.link(partnership, Pact.partOfInitiative, initiative, s, name());
            }
            state.initiative = initiative;
            since.flatMap(d -> commitment(state, s, d)).ifPresent(commitment -> {
                state.link(initiative, Pact.followsFrom, commitment, s, name());
                earlierInitiatives(state, s, commitment);
            });
            return;
        }
    }

    private static Optional<Mention.Date> sinceDate(DocumentState state, Sentence s) {
        return state.mentionsOf(s).stream()
                .filter(m -> m instanceof Mention.Date && SINCE.matcher(s.text().substring(0, m.begin())).find())
                .map(m -> (Mention.Date) m)
                .findFirst();
    }

    /** The reference data's initiative on the theme named before "initiative", or a new one. */
    private String initiative(DocumentState state, Sentence s) {
        int at = s.text().toLowerCase(Locale.ROOT).indexOf("initiative");
        int year = state.year().orElse(0);
        Optional<Gazetteer.Entry> theme = Phrases.entities(state.mentionsOf(s), Pact.ResearchTheme.getURI(), 0, at).stream().findFirst();
        if (theme.isPresent()) {
            Optional<String> known = state.gazetteer.initiativeOf(theme.get().iri(), year);
            if (known.isPresent()) return known.get();
            String iri = Iris.id(Iris.Kind.INITIATIVE, Iris.slug(theme.get().label()) + "-" + year);
            state.declare(iri, Pact.Initiative, Phrases.capitalized(theme.get().label()) + " initiative (" + year + ")", s, name());
            state.link(iri, Pact.hasTheme, theme.get(), s, name());
            return iri;
        }
        Matcher phrase = PHRASE.matcher(s.text());
        String words = phrase.find() ? phrase.group(1).replaceAll("(?i)^(strategic|new)\\s+", "") : "Partnership";
        String iri = Iris.id(Iris.Kind.INITIATIVE, state.document.slug());
        state.declare(iri, Pact.Initiative, Phrases.capitalized(words) + " initiative (" + year + ")", s, name());
        return iri;
    }

    /** The commitment the series started with: an event in the month the text gives. */
    private Optional<String> commitment(DocumentState state, Sentence s, Mention.Date since) {
        Matcher m = COMMITMENT.matcher(s.text().substring(since.end()));
        if (!m.find()) return Optional.empty();
        String iri = Iris.id(Iris.Kind.EVENT, "commitment-" + since.date().toString().substring(0, "yyyy-mm".length()));
        String purpose = m.group(3).strip().replaceAll("[.;,]+$", "");
        String label = Phrases.capitalized(m.group(2).toLowerCase(Locale.ROOT)) + (purpose.isEmpty() ? " of " + since.text() : " " + purpose);
        if (state.declare(iri, Pact.Commitment, label, s, name())) {
            state.literal(iri, Pact.date, since.date().toString(), XSDDatatype.XSDdate, s, name());
            state.text(iri, Pact.datePrecision, since.precision(), s, name());
        }
        int from = since.end() + m.start(1);
        int to = since.end() + m.end(1);
        for (Gazetteer.Entry person : Phrases.entities(state.mentionsOf(s), Pact.Person.getURI(), from, to)) {
            state.link(iri, Pact.committedBy, person, s, name());
        }
        state.events.put("commitment", iri);
        return Optional.of(iri);
    }

    /** Initiatives of the reference data that the rest of the paragraph names by theme and year. */
    private void earlierInitiatives(DocumentState state, Sentence series, String commitment) {
        for (int i = series.index() + 1; i < state.sentences.size(); i++) {
            Sentence s = state.sentences.get(i);
            if (s.paragraph() != series.paragraph()) break;
            for (String initiative : Phrases.initiativesNamed(state, s)) {
                if (!initiative.equals(state.initiative)) state.link(initiative, Pact.followsFrom, commitment, s, name());
            }
        }
    }
}
