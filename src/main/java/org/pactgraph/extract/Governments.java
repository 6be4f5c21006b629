package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Countries named as parties stand for their governments: "the Aldoria and Japan signed
 * an agreement", "the A.B.-Singapore partnership", "Australia and the Aldoria commit to
 * enhance bilateral cooperation". A country is one the reference data types {@code pact:Country}
 * (by any of its names: "A.B.", "UK") or one the linguistic layer tags COUNTRY; its government is
 * {@code org/government-of-{country}} ("government-of-the-united-states",
 * "government-of-india"), the reference data's when it has it, else minted as a government body.
 */
final class Governments {
    private Governments() {}

    /** Country names read with "the": "the Aldoria", "the Republic of Korea", "the Netherlands". */
    private static final Pattern WITH_ARTICLE = Pattern.compile("^(?:United|Republic|Kingdom|Federated|Czech|Dominican)\\b|\\b(?:Republic|Kingdom|Federation|Union|Emirates|Islands)\\b|s$");

    /**
     * The sentence's mentions of countries as government mentions, beside the mentions that name
     * organisations: a country of the reference data where no organisation's name covers it, a
     * country the linguistic layer tagged where no mention lies, and another occurrence of a name
     * the layer tagged as a country elsewhere in the document ("the A.B.-Freedonia Partnership" in
     * a headline, where the layer tagged only the body's "Freedonia").
     */
    static List<Mention> inSentence(DocumentState state, Sentence s) {
        List<Mention> found = new ArrayList<>();
        List<Mention> mentions = state.mentionsOf(s);
        List<AnnotatedSentences.Word> words = state.linguistics.words(s);
        for (Mention m : mentions) {
            if (qualifies(s.text(), m.end(), words) || endsABodysName(s.text(), m.begin(), words)) continue;
            Phrases.entityOf(m, Pact.Country.getURI())
                    .filter(country -> !nationality(m.text(), state.gazetteer.labelOf(country.iri()).orElse(country.label())))
                    .flatMap(country -> of(state.gazetteer, state.gazetteer.labelOf(country.iri()).orElse(country.label())))
                    .ifPresent(g -> found.add(new Mention.Entity(m.begin(), m.end(), m.text(), List.of(g))));
        }
        for (AnnotatedSentences.Named n : state.linguistics.entities(s)) {
            if (!n.type().equals("COUNTRY") || Phrases.quoted(s.text(), n.begin()) || qualifies(s.text(), n.end(), words)) continue;
            if (nationality(n.text(), words, n.begin()) || endsABodysName(s.text(), n.begin(), words)) continue;
            if (mentions.stream().anyMatch(m -> m.begin() < n.end() && n.begin() < m.end())) continue;
            of(state.gazetteer, n.text()).ifPresent(g -> found.add(new Mention.Entity(n.begin(), n.end(), n.text(), List.of(g))));
        }
        for (String name : state.linguistics.namesTagged("COUNTRY")) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}.])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(s.text());
            while (m.find()) {
                int b = m.start();
                int e = m.end();
                if (Phrases.quoted(s.text(), b) || qualifies(s.text(), e, words) || nationality(name, words, b) || endsABodysName(s.text(), b, words)) continue;
                if (java.util.stream.Stream.concat(mentions.stream(), found.stream()).anyMatch(x -> x.begin() < e && b < x.end())) continue;
                of(state.gazetteer, name).ifPresent(g -> found.add(new Mention.Entity(b, e, name, List.of(g))));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::begin));
        return found;
    }

    /**
     * The governments of the countries whose names the document gives to bodies of theirs: an
     * organisation the linguistic layer names that starts with the country's name ("UK Space
     * Institute", "A.B. Commerce"), or that follows "{country} and" ("the A.B. and UK Space
     * Institutes" names a body of each).
     */
    static java.util.Set<String> withNamedBodies(DocumentState state) {
        java.util.Map<String, String> governmentByName = new java.util.LinkedHashMap<>();
        for (Sentence s : state.sentences) {
            for (Mention m : state.mentionsOf(s)) {
                Phrases.entityOf(m, Pact.Country.getURI())
                        .flatMap(c -> of(state.gazetteer, state.gazetteer.labelOf(c.iri()).orElse(c.label())))
                        .ifPresent(g -> governmentByName.put(m.text(), g.iri()));
            }
        }
        for (String name : state.linguistics.namesTagged("COUNTRY")) {
            of(state.gazetteer, name).ifPresent(g -> governmentByName.putIfAbsent(name, g.iri()));
        }
        java.util.Set<String> found = new java.util.HashSet<>();
        for (Sentence s : state.sentences) {
            for (AnnotatedSentences.Named n : state.linguistics.entities(s)) {
                if (!n.type().equals("ORGANIZATION")) continue;
                String before = s.text().substring(0, n.begin());
                governmentByName.forEach((name, government) -> {
                    if (n.text().startsWith(name + " ") || before.endsWith(name + " and ")) found.add(government);
                });
            }
        }
        return found;
    }

    /**
     * True when the country's name ends a body's name: the word right before it is a capitalised
     * noun of the same name, a space between ("Fisheries and Oceans Aldoria", "Statistics Aldoria", "Geoscience
     * Freedonia"), a department or agency named in that country's fashion, not the country as a
     * party. The layer's parts of speech tell a noun from a headline's verb or preposition
     * ("Agreements With Aldoria": "With" is no noun); without them nothing ends a name.
     */
    private static boolean endsABodysName(String text, int begin, List<AnnotatedSentences.Word> words) {
        if (begin < 2 || text.charAt(begin - 1) != ' ') return false;
        return words.stream().filter(w -> w.end() == begin - 1).findFirst()
                .filter(w -> w.pos() != null && w.pos().startsWith("NN") && Character.isUpperCase(w.word().charAt(0)))
                .filter(w -> !NameRecognizer.NOT_A_NAME.contains(w.word()) && !NOT_A_BODYS_WORD.contains(w.word()))
                .isPresent();
    }

    /** Capitalised words a headline or a list puts before a country that name no body: "Partnership", "Visit", "Minister". */
    private static final java.util.Set<String> NOT_A_BODYS_WORD = java.util.Set.of("With", "To", "Of", "Between", "Partnership", "Partnerships",
            "Agreement", "Agreements", "Visit", "Visits", "Minister", "President", "Ambassador", "Embassy", "Team", "Trip", "Mission", "Delegation",
            // "Yesterday Portugal signed", "On Tuesday Portugal signed": a day opening the sentence names no body.
            "Today", "Yesterday", "Tonight", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");

    /** "Japanese", "American", "British": a country's adjective qualifies something else. */
    private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{Ll}+(?:an|ese|ish|ch)");

    /**
     * True when a name of a country is its adjective ("Japanese" for Japan): shaped like one and
     * not the country's own name, which may end the same way ("Japan", "Oman", "Bhutan").
     */
    static boolean nationality(String text, String countryLabel) {
        return NATIONALITY.matcher(text).matches() && !text.equals(countryLabel);
    }

    /** The same for a country the linguistic layer named: its part of speech tells ("Japan" NNP, "German" JJ). */
    private static boolean nationality(String text, List<AnnotatedSentences.Word> words, int begin) {
        Optional<AnnotatedSentences.Word> first = words.stream().filter(w -> w.begin() == begin).findFirst();
        if (first.isPresent() && first.get().pos() != null && !first.get().pos().isEmpty()) return first.get().pos().startsWith("JJ");
        return NATIONALITY.matcher(text).matches();
    }
    /** A partnership's or an agreement's name after the country: "the A.B.-Freedonia Strategic Technology Partnership". */
    private static final Pattern PARTNERSHIP_NAME = Pattern.compile("(?is)^(?:\\s*-\\s*\\S+)?(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:cooperation|" + PactNouns.PARTNERSHIP + "|" + PactNouns.AGREEMENT + ")\\b.*");

    /**
     * True when the country name stands before a noun as its qualifier ("US research
     * communities", "UK AI Safety Institutes"), which the parts of speech of the linguistic
     * layer tell; a partnership's own name ("the A.B.-Singapore Strategic Technology
     * Partnership") is no qualifier.
     */
    private static boolean qualifies(String text, int end, List<AnnotatedSentences.Word> words) {
        if (PARTNERSHIP_NAME.matcher(text.substring(end)).matches()) return false;
        return words.stream().filter(w -> w.begin() >= end).findFirst()
                .map(w -> w.begin() - end <= 1 && (w.pos().startsWith("NN") || w.pos().startsWith("JJ")))
                .orElse(false);
    }

    /** How a partnership's label names a party: a country's government by the country ("Aldoria - India partnership"). */
    static String partyName(Gazetteer.Entry party, String label) {
        return party.is(Pact.GovernmentBody.getURI()) ? GOVERNMENT_OF.matcher(label).replaceFirst("") : label;
    }

    private static final Pattern GOVERNMENT_OF = Pattern.compile("^Government of (?:the )?");

    /** The government of the country of this name; empty for a name that is not one word or more in capitals. */
    static Optional<Gazetteer.Entry> of(Gazetteer gazetteer, String countryName) {
        String name = countryName.strip().replaceFirst("^(?i:the)\\s+", "");
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) return Optional.empty();
        String label = "Government of " + (WITH_ARTICLE.matcher(name).find() ? "the " : "") + name;
        String iri = Iris.id(Iris.Kind.ORG, Iris.slug(label));
        if (gazetteer.knows(iri)) {
            return Optional.of(new Gazetteer.Entry(iri, gazetteer.labelOf(iri).orElse(label), Pact.GovernmentBody.getURI(),
                    gazetteer.typesOf(iri), true));
        }
        return Optional.of(gazetteer.newEntry(iri, label, Pact.GovernmentBody.getURI()));
    }
}
