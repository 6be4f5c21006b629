package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * Titles of posts in a country's government, written with the country's possessive: "India's
 * Minister of Science, Technology, and Earth Sciences", "France's Minister of Higher Education
 * and Research Valerie Pecresse", "Japan's Prime Minister". The post is in the country's
 * government ({@link Governments}); its label is the title and the country ("Minister for
 * Foreign Affairs of Japan"). A country is one the reference data knows or the linguistic layer
 * tags COUNTRY. The title runs over capitalised words and the words that join them in a
 * ministry's name ("of", "for", "and", "&", commas) and ends before a person's name.
 */
final class CountryTitles {
    private CountryTitles() {}

    private static final String WORD = "\\p{Lu}[\\p{L}&-]*";
    private static final Pattern POSSESSIVE_TITLE = Pattern.compile(
            "\\b(" + WORD + "(?:\\s+" + WORD + ")?)['\u2019]s\\s+((?:(?:" + String.join("|", Titles.MODIFIERS) + ")\\s+)*(?:"
                    + String.join("|", Titles.CORE) + ")\\b(?:\\s+(?:of|for)\\s+" + WORD
                    + "(?:(?:,\\s+(?:and\\s+)?|\\s+(?:and|&|of|for|the)\\s+|\\s+)" + WORD + ")*)?)");

    /**
     * The country titles of a sentence; each mention starts at the country, so that "NAME,
     * India's Minister of X" reads as a title after the name. {@code people} are the names the
     * sentence gives people, where a title ends.
     */
    static List<Mention.Title> find(String text, List<Gazetteer.Match> taken, List<AnnotatedSentences.Named> named,
                                    List<int[]> people, Gazetteer gazetteer) {
        List<Mention.Title> found = new ArrayList<>();
        if (text.indexOf('\'') < 0 && text.indexOf('\u2019') < 0) return found;
        Matcher m = POSSESSIVE_TITLE.matcher(text);
        while (m.find()) {
            Optional<String> country = country(text, m.start(1), m.end(1), taken, named, gazetteer);
            if (country.isEmpty()) continue;
            int end = m.end(2);
            for (int[] person : people) {
                if (person[0] > m.start(2) && person[0] < end) end = person[0];
            }
            String title = text.substring(m.start(2), end).strip().replaceAll("[,\\s]+$", "");
            if (title.isEmpty()) continue;
            Optional<Gazetteer.Entry> government = Governments.of(gazetteer, country.get());
            if (government.isEmpty()) continue;
            found.add(new Mention.Title(m.start(1), m.start(2) + title.length(), text.substring(m.start(1), m.start(2) + title.length()),
                    title, title + " of " + country.get(), government));
        }
        return found;
    }

    /** The country's name when the words are one: a country of the reference data (its label) or of the layer. */
    private static Optional<String> country(String text, int begin, int end, List<Gazetteer.Match> taken,
                                            List<AnnotatedSentences.Named> named, Gazetteer gazetteer) {
        for (Gazetteer.Match t : taken) {
            if (t.begin() != begin || t.end() != end) continue;
            for (Gazetteer.Entry e : t.entries()) {
                if (e.is(Pact.Country.getURI())) return Optional.of(gazetteer.labelOf(e.iri()).orElse(e.label()));
            }
        }
        return named.stream().anyMatch(n -> n.begin() == begin && n.end() == end && n.type().equals("COUNTRY"))
                ? Optional.of(text.substring(begin, end)) : Optional.empty();
    }
}
