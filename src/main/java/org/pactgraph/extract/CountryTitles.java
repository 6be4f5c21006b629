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
 * ministry's name ("of", "for", "and", "and the", "&", commas) and ends before a person's name.
 */
final class CountryTitles {
    private CountryTitles() {}

    private static final String WORD = "\\p{Lu}[\\p{L}&-]*";
    private static final Pattern POSSESSIVE_TITLE = Pattern.compile(
            "\\b(" + WORD + "(?:\\s+" + WORD + ")?)['\u2019]s\\s+((?:(?:" + String.join("|", Titles.MODIFIERS) + ")\\s+)*(?:"
                    + String.join("|", Titles.CORE) + ")\\b(?:\\s+(?:of|for)\\s+" + WORD
                    + "(?:(?:,\\s+(?:and\\s+)?|\\s+(?:and|&|of|for|the)(?:\\s+the)?\\s+|\\s+)" + WORD + ")*)?)");

    /**
     * The country titles of a sentence; each mention starts at the country, so that "NAME,
     * India's Minister of X" reads as a title after the name. {@code people} are the names the
     * sentence gives people, where a title ends.
     */
    static List<Mention.Title> find(String text, List<Gazetteer.Match> taken, List<AnnotatedSentences.Named> named,
                                    List<int[]> people, java.util.Set<String> countries, Gazetteer gazetteer) {
        List<Mention.Title> found = new ArrayList<>(ofNationality(text, named, people, countries, gazetteer));
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

    /**
     * Titles written with the country's adjective right before a person's name: "Freedonian
     * Prime Minister Jane Doe", "Freedonian First Deputy Prime Minister and Interior Minister Jane
     * Doe" (two titles, each a post), "Freedonian Ambassador to Aldoria Jane Doe" (the post
     * "Ambassador of Freedonia to Aldoria", so titled). The linguistic layer tags
     * the adjective NATIONALITY; its country is one the document names ({@code countries}, the
     * names the layer tagged COUNTRY) that the adjective is formed from ({@link #adjectiveOf}).
     */
    private static List<Mention.Title> ofNationality(String text, List<AnnotatedSentences.Named> named, List<int[]> people,
                                                     java.util.Set<String> countries, Gazetteer gazetteer) {
        List<Mention.Title> found = new ArrayList<>();
        for (AnnotatedSentences.Named n : named) {
            if (!n.type().equals("NATIONALITY")) continue;
            Optional<Matcher> titles = people.stream().filter(p -> p[0] > n.end())
                    .map(p -> NATIONALITY_TITLES.matcher(text).region(n.end(), p[0]))
                    .filter(Matcher::matches).findFirst();
            if (titles.isEmpty()) continue;
            Matcher m = titles.get();
            Optional<String> country = countryOf(n.text(), countries);
            Optional<Gazetteer.Entry> government = country.flatMap(c -> Governments.of(gazetteer, c));
            if (government.isEmpty()) continue;
            int begin = n.begin();
            Matcher title = ONE_TITLE.matcher(text).region(m.start(1), m.end(1));
            while (title.find()) {
                if (begin > n.begin()) begin = title.start();
                String written = title.group();
                Matcher to = AMBASSADOR_TO.matcher(written);
                String label = to.matches() ? to.group(1) + " of " + country.get() + " to " + to.group(2) : written + " of " + country.get();
                found.add(new Mention.Title(begin, title.end(), text.substring(begin, title.end()), to.matches() ? label : written, label,
                        government));
                begin = title.end();
            }
        }
        return found;
    }

    /** The endings that make a nationality's adjective of a country's name, in place of its last letter at most. */
    private static final java.util.Set<String> DEMONYM_ENDINGS = java.util.Set.of("n", "an", "ian", "ean", "ien", "ese", "ish", "i", "ic",
            "ine", "ite");

    /**
     * The country, of those given, whose name the nationality's adjective is formed from
     * ({@link #adjectiveOf}); of several, the one that shares most letters with the adjective
     * and then leaves fewest out ("Nigerian" of Nigeria rather than Niger, "Nigerien" of Niger).
     */
    static Optional<String> countryOf(String adjective, java.util.Collection<String> countries) {
        return countries.stream().filter(c -> adjectiveOf(adjective, c))
                .max(java.util.Comparator.<String>comparingInt(c -> sharedPrefix(adjective, c)).thenComparingInt(c -> -c.length()));
    }

    /**
     * True when a nationality's adjective is formed from the country's name: it keeps the name,
     * or all but its last letter, and adds a demonym's ending ("Chilean" of "Chile", "Chinese"
     * of "China", "Canadian" of "Canada", "Iraqi" of "Iraq", "German" of "Germany"), or drops the
     * name's last two letters and adds an ending after the last of them ("Spanish" of "Spain").
     * So "Chinese" is not of "Chile", "Indonesian" not of "India", "Iranian" not of "Iraq", and
     * "Austrian" not of "Australia".
     */
    static boolean adjectiveOf(String adjective, String country) {
        int shared = sharedPrefix(adjective, country);
        if (shared < 3 || adjective.equals(country)) return false;
        String added = adjective.substring(shared);
        String dropped = country.substring(shared);
        if (dropped.length() <= 1) return DEMONYM_ENDINGS.contains(added) || added.isEmpty() && !dropped.isEmpty();
        return dropped.length() == 2 && !added.isEmpty() && added.charAt(0) == dropped.charAt(1)
                && DEMONYM_ENDINGS.contains(added.substring(1));
    }

    private static int sharedPrefix(String a, String b) {
        int shared = 0;
        while (shared < a.length() && shared < b.length() && a.charAt(shared) == b.charAt(shared)) shared++;
        return shared;
    }

    private static final String TITLE = "(?:(?:First|" + String.join("|", Titles.MODIFIERS) + ")\\s+)*(?:" + WORD + "\\s+)??(?:"
            + String.join("|", Titles.CORE) + ")\\b(?:\\s+to\\s+(?:the\\s+)?" + WORD + "(?:\\s+" + WORD + ")*)?";
    /** One title or two joined by "and" after a nationality, then the person's name. */
    private static final Pattern NATIONALITY_TITLES = Pattern.compile("\\s+(" + TITLE + "(?:\\s+and\\s+" + TITLE + ")?)\\s+");
    private static final Pattern ONE_TITLE = Pattern.compile(TITLE);
    private static final Pattern AMBASSADOR_TO = Pattern.compile("(.*?\\b(?:" + String.join("|", Titles.CORE) + "))\\s+to\\s+(.+)");

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
