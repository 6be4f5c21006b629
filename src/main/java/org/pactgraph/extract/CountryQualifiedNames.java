package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * A new organisation a document names both with its country's initials in front and without
 * them ("the US Harlow Tides Bureau" in the text, "Harlow Tides Bureau Opens Office" in the
 * headline above it) is one body, named in full wherever it is mentioned, unless only a headline
 * or a heading gives the full name and prose the other (a headline qualifies names for readers
 * abroad: "UK X Council Announces" over "the Kingdom's X Council"); the posts in it are
 * named so too. A name of one word ("Army") is left alone: alone it may be another
 * country's.
 */
final class CountryQualifiedNames {
    private CountryQualifiedNames() {}

    /** The mentions of every sentence, each of the two names of one body standing for the one that names it. */
    static List<List<Mention>> joined(Gazetteer gazetteer, List<Sentence> sentences, List<List<Mention>> all) {
        Map<String, Gazetteer.Entry> standing = namesOfOneBody(gazetteer, sentences, all);
        if (standing.isEmpty()) return all;
        List<List<Mention>> joined = new ArrayList<>(all.size());
        for (List<Mention> mentions : all) {
            joined.add(mentions.stream().map(m -> withStandingName(m, standing)).toList());
        }
        return joined;
    }

    /** The new organisations named both ways, by the IRI of the name that gives way, each with the entry of the name that stands. */
    private static Map<String, Gazetteer.Entry> namesOfOneBody(Gazetteer gazetteer, List<Sentence> sentences, List<List<Mention>> all) {
        Map<String, Gazetteer.Entry> byLabel = new HashMap<>();
        java.util.Set<String> inProse = new java.util.HashSet<>();
        for (int k = 0; k < all.size(); k++) {
            boolean prose = PROSE.matcher(sentences.get(k).text()).find();
            for (Mention m : all.get(k)) {
                if (!(m instanceof Mention.Entity e)) continue;
                for (Gazetteer.Entry x : e.entries()) {
                    if (x.known() || !x.is(Pact.Organization.getURI())) continue;
                    byLabel.putIfAbsent(x.label(), x);
                    if (prose) inProse.add(x.label());
                    // "the US X Bureau" where the name found was the document's "X Bureau": the full name is written here.
                    Matcher initials = NameRecognizer.COUNTRY_INITIALS_BEFORE.matcher(sentences.get(k).text().substring(0, e.begin()));
                    if (NameRecognizer.ACRONYM.matcher(e.text()).matches() || !initials.find()) continue;
                    String name = initials.group(1) + " " + x.label();
                    byLabel.putIfAbsent(name, gazetteer.newOrganisation(name, x.type()));
                    if (prose) inProse.add(name);
                }
            }
        }
        Map<String, Gazetteer.Entry> standing = new HashMap<>();
        for (Gazetteer.Entry qualified : byLabel.values()) {
            Matcher q = MentionFinder.COUNTRY_QUALIFIER.matcher(qualified.label());
            if (!q.lookingAt()) continue;
            String bare = qualified.label().substring(q.end());
            Gazetteer.Entry without = byLabel.get(bare);
            if (without == null || !bare.contains(" ") || without.iri().equals(qualified.iri())) continue;
            if (!inProse.contains(qualified.label()) && inProse.contains(bare)) standing.put(qualified.iri(), without);
            else standing.put(without.iri(), qualified);
        }
        return standing;
    }

    /** A sentence of prose ends as one does; a headline or a heading does not. */
    private static final Pattern PROSE = Pattern.compile("[.!?][\"')]*\\s*$");

    private static Mention withStandingName(Mention m, Map<String, Gazetteer.Entry> standing) {
        if (m instanceof Mention.Entity e && e.entries().stream().anyMatch(x -> standing.containsKey(x.iri()))) {
            return new Mention.Entity(e.begin(), e.end(), e.text(), e.entries().stream().map(x -> standing.getOrDefault(x.iri(), x)).toList());
        }
        if (m instanceof Mention.Title t && t.org().isPresent() && standing.containsKey(t.org().get().iri())) {
            Gazetteer.Entry named = standing.get(t.org().get().iri());
            String label = t.label().replace(t.org().get().label(), named.label());
            return new Mention.Title(t.begin(), t.end(), t.text(), t.title(), label, Optional.of(named));
        }
        return m;
    }
}
