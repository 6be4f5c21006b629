package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * "Mexico's Comisión Reguladora de Energía (CRE)", "The Generations Network (TGN)": an acronym in
 * brackets defines the capitalised words right before it as one organisation's name when its
 * letters are their initials, whatever the shape of the name. The words are taken when they have an
 * organisation's shape or the linguistic layer reads them or the acronym as an organisation, so
 * that the organisation is named in full, not by its acronym, even where no pattern or layer found
 * the name (or found only part of it). Which words the name is, {@link SpelledOutAcronyms} reads. A
 * name that already ends at the bracket is left to {@link MentionFinder}'s own reading of the
 * acronym, unless it is a new organisation whose initials are not the acronym's.
 */
final class NamesBeforeTheirAcronyms {
    private NamesBeforeTheirAcronyms() {}

    /** The names of one sentence with the names its brackets define added, those inside them dropped. */
    static List<Gazetteer.Match> withNamesTheirAcronymsDefine(Gazetteer gazetteer, String text, List<Gazetteer.Match> names, List<AnnotatedSentences.Named> named) {
        List<Gazetteer.Match> out = new ArrayList<>(names);
        for (SpelledOutAcronyms.Definition d : SpelledOutAcronyms.in(text)) {
            int begin = d.begin();
            int end = d.end();
            // A name that ends at the bracket is the acronym's unless it is a new organisation's whose initials differ ("Generations Network" for TGN).
            if (names.stream().anyMatch(n -> n.end() == end && (n.entries().size() != 1 || n.entries().get(0).known()
                    || !n.entries().get(0).is(Pact.Organization.getURI()) || MentionFinder.initials(text.substring(n.begin(), n.end())).equals(d.acronym())))) continue;
            List<Gazetteer.Match> inside = out.stream().filter(n -> n.begin() < end && begin < n.end()).toList();
            // A name that crosses the span's edge, or a body the reference data knows inside it, is read otherwise.
            if (inside.stream().anyMatch(n -> n.begin() < begin || n.end() > end || n.entries().stream().anyMatch(
                    e -> e.known() && !e.is(Pact.Country.getURI())))) continue;
            out.removeAll(inside);
            String name = text.substring(begin, end);
            // "Critical and Emerging Technology (CET)" abbreviates a field: an organisation's name has an
            // organisation's shape or a body's noun at its end ("X Innovation Unit"), or the linguistic layer reads it or its acronym as one.
            NameRecognizer.Kind kind = NameRecognizer.kindOf(name);
            boolean government = NameRecognizer.isGovernmentBody(name);
            if (kind == NameRecognizer.Kind.ORGANIZATION && !government && !BODY_AT_END.matcher(name).find()
                    && !NameRecognizer.BODY_NOUN_OR_INITIALS_AT_END.matcher(name).find() && named.stream().noneMatch(
                    n -> n.type().equals("ORGANIZATION") && n.begin() < d.bracketEnd() && begin < n.end())) continue;
            out.add(new Gazetteer.Match(begin, end, List.of(gazetteer.newOrganisation(name, typeOf(kind, government)))));
        }
        out.sort(Comparator.comparingInt(Gazetteer.Match::begin));
        return out;
    }

    /**
     * The type of an organisation an acronym defines: as its acronym alone would be
     * (NameRecognizer.named), a body no shape types is a public agency.
     */
    static String typeOf(String name) {
        return typeOf(NameRecognizer.kindOf(name), NameRecognizer.isGovernmentBody(name));
    }

    /** The same, from the name's shape and whether it is a government body's, read once by the caller. */
    private static String typeOf(NameRecognizer.Kind kind, boolean government) {
        return government || kind == NameRecognizer.Kind.ORGANIZATION ? Pact.GovernmentBody.getURI() : kind.type.getURI();
    }

    /** Nouns of a body that the shapes of names leave out, as its last word. */
    private static final Pattern BODY_AT_END = Pattern.compile("\\s(?:Units?|Services|Offices|Teams?)$");
}
