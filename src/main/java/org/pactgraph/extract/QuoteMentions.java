package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * What a statement mentions: the organisations its words name. Names inside a quotation are not
 * read as new organisations (being often informal), so an organisation counts there when the
 * linguistic layer knows it inside the quotation or when the words are a name the document gives
 * it outside quotations.
 */
final class QuoteMentions {
    private QuoteMentions() {}

    /** The organisations the statement's parts name, in order, without repeats. */
    static Set<Gazetteer.Entry> of(DocumentState state, List<QuoteRule.Part> parts, Map<String, Gazetteer.Entry> named) {
        Map<String, Gazetteer.Entry> mentioned = new LinkedHashMap<>();
        for (QuoteRule.Part p : parts) {
            List<Gazetteer.Entry> found = new ArrayList<>(Phrases.entities(state.mentionsOf(p.sentence()), Pact.Organization.getURI(), p.begin(), p.end()));
            found.addAll(namedAgain(p.sentence().text().substring(p.begin(), p.end()), named));
            found.forEach(e -> mentioned.putIfAbsent(e.iri(), e));
        }
        return new LinkedHashSet<>(mentioned.values());
    }

    /**
     * The organisations the document names outside quotations, by the words it names each with
     * there: the reference data's, new ones that are partners or have posts, and new ones of a known
     * kind (a university, a government body) that the text names in two sentences or more, being
     * actors of the story rather than misread words.
     */
    static Map<String, Gazetteer.Entry> organisationsNamedOutsideQuotes(DocumentState state) {
        Map<String, Gazetteer.Entry> named = new LinkedHashMap<>();
        Map<String, Set<Integer>> sentencesNaming = new HashMap<>();
        for (Sentence s : state.sentences) {
            for (Mention m : state.mentionsOf(s)) {
                if (Phrases.quoted(s.text(), m.begin()) || m.text().length() < MIN_NAME) continue;
                List<Gazetteer.Entry> orgs = Phrases.entities(List.of(m), Pact.Organization.getURI(), m.begin(), m.end());
                if (orgs.size() != 1) continue;
                named.putIfAbsent(m.text(), orgs.get(0));
                sentencesNaming.computeIfAbsent(orgs.get(0).iri(), k -> new HashSet<>()).add(s.index());
            }
        }
        // Of the others, a name of no known kind of organisation may be a programme's ("Global X Centers"),
        // and an acronym the text defines after words no rule read as a name ("Memorandum of Understanding (MOU)") names no organisation.
        named.values().removeIf(org -> !org.known() && !takesPart(state, org.iri())
                && (sentencesNaming.get(org.iri()).size() < NAMED_AGAIN || org.type().equals(Pact.Organization.getURI())
                    || PeopleRule.acronymOfAnUnreadName(state, org)));
        return named;
    }

    /** Whether the organisation is a partner of one of the document's partnerships or the organisation of a post it gives. */
    private static boolean takesPart(DocumentState state, String iri) {
        return state.partnerships.values().stream().anyMatch(partners -> partners.contains(iri))
                || state.facts.stream().anyMatch(f -> f.predicate().equals(Pact.postIn.asNode()) && f.object().isURI() && f.object().getURI().equals(iri));
    }

    /** How many sentences outside quotations name a new organisation that takes no part, for its name inside one to count. */
    private static final int NAMED_AGAIN = 2;

    /** The shortest name read again inside a quotation: shorter ones ("EU", "UN") are too often parts of other words' abbreviations. */
    private static final int MIN_NAME = 3;

    /**
     * The organisations a quotation names with the very words the document names them with
     * elsewhere ("... excellent partners for X" where the text named X before), each a whole
     * name: not part of a longer capitalised name.
     */
    private static List<Gazetteer.Entry> namedAgain(String words, Map<String, Gazetteer.Entry> named) {
        List<Gazetteer.Entry> found = new ArrayList<>();
        named.forEach((name, org) -> {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}.'-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}'-]|\\s+\\p{Lu})").matcher(words);
            if (m.find() && !CAPITALISED_BEFORE.matcher(words.substring(0, m.start())).find()) found.add(org);
        });
        return found;
    }

    /** A capitalised word right before a name, or before the small words that join it ("Library of"), of which the name would be the end. */
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("(?<![\\p{L}.-])(?!The\\s)\\p{Lu}[\\p{L}.-]*\\s+(?:(?:of|for|on|the)\\s+)*$");
}
