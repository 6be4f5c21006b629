package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * A title right before a person's name ("ORG President NAME", "President NAME of ORG", "Prime
 * Minister NAME of COUNTRY"): the title and the organisation of its post.
 */
final class TitlesBeforeNames {
    private static final Pattern OF_ORG = Pattern.compile("^\\s+(?:of|from)\\s+(?:the\\s+)?");

    private final Gazetteer gazetteer;

    TitlesBeforeNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The country named right after a name and "of" ("NAME of COUNTRY"): by its label in the reference data, or as the linguistic layer tags it. */
    private Optional<String> countryAfter(String text, int nameEnd, List<Gazetteer.Match> taken, List<AnnotatedSentences.Named> named) {
        Matcher of = COUNTRY_OF.matcher(text).region(nameEnd, text.length());
        if (!of.lookingAt()) return Optional.empty();
        int at = of.end();
        return taken.stream().filter(t -> t.begin() == at)
                .flatMap(t -> t.entries().stream().filter(e -> e.is(Pact.Country.getURI())))
                .map(c -> gazetteer.labelOf(c.iri()).orElse(c.label()))
                .findFirst()
                .or(() -> named.stream().filter(n -> n.begin() == at && n.type().equals("COUNTRY")).map(AnnotatedSentences.Named::text).findFirst());
    }

    private static final Pattern COUNTRY_OF = Pattern.compile("\\s+of\\s+(?:the\\s+)?");

    /**
     * What stands between an organisation and the title after it: nothing, the bracket that closes
     * its name in full ("X (Full Name) President"), or its possessive ("X's Executive Director"),
     * which gives the post to the organisation as the bare name does.
     */
    static final Pattern ORG_TO_TITLE = Pattern.compile("(?:\\)|['\u2019]s)?\\s*");

    /**
     * "ORG President NAME", "ACRONYM (Full Name) President NAME" or "President NAME of ORG" (or
     * "from ORG"): the title and the organisation. "Secretary NAME at ORG" is where the person was,
     * not the organisation of the post.
     */
    void titleBefore(String text, int begin, int end, int nameEnd, List<Gazetteer.Match> taken, List<AnnotatedSentences.Named> named,
                             List<Mention> found) {
        if (TakenMatches.overlapsPost(taken, begin, end)) return;
        String title = Phrases.capitalized(text.substring(begin, end));
        Optional<Gazetteer.Match> org = taken.stream()
                .filter(t -> TakenMatches.isOrganization(t) && t.end() <= begin && ORG_TO_TITLE.matcher(text.substring(t.end(), begin)).matches())
                .findFirst();
        // "Freedonia X Commissioner NAME": a country before the organisation tells which of its national
        // sections the post is in, which the organisation's name alone does not say.
        if (org.isPresent() && countryRightBefore(text, org.get().begin(), taken, named)) return;
        if (org.isEmpty()) {
            Matcher of = OF_ORG.matcher(text.substring(nameEnd));
            if (of.find()) {
                int at = nameEnd + of.end();
                org = taken.stream().filter(t -> TakenMatches.isOrganization(t) && t.begin() == at).findFirst();
            }
        }
        Optional<Gazetteer.Entry> orgEntry = org.map(o -> TakenMatches.organization(o)).or(() -> sharedOrganisation(text, begin, end, taken, found));
        String label = orgEntry.map(o -> title + " of " + OrganisationsInTitles.inPost(gazetteer, o)).orElse(title);
        String written = title;
        if (orgEntry.isEmpty()) {
            // "Prime Minister NAME of COUNTRY": a post in the country's government whose title is written around the name.
            Optional<String> country = countryAfter(text, nameEnd, taken, named);
            orgEntry = country.flatMap(c -> Governments.of(gazetteer, c));
            if (orgEntry.isPresent()) {
                label = title + " of " + country.get();
                written = label;
            }
        }
        found.add(new Mention.Title(begin, end, title, written, label, orgEntry));
    }

    /** Whether a country's name, as the reference data or the linguistic layer reads it, ends right before the position, a space apart. */
    private static boolean countryRightBefore(String text, int at, List<Gazetteer.Match> taken, List<AnnotatedSentences.Named> named) {
        return taken.stream().anyMatch(t -> t.end() < at && text.substring(t.end(), at).equals(" ")
                        && t.entries().stream().anyMatch(e -> e.is(Pact.Country.getURI())))
                || named.stream().anyMatch(n -> n.type().equals("COUNTRY") && n.end() < at && text.substring(n.end(), at).equals(" "));
    }

    /**
     * The organisation of the title before the person named just before "and", when this title
     * is of the same office ("X Administrator A and Deputy Administrator B", "X Director A and
     * Associate Director B"): English writes the organisation of such titles once. Other titles
     * ("X Administrator A and Senator B") may be of anywhere and take none.
     */
    private static Optional<Gazetteer.Entry> sharedOrganisation(String text, int begin, int end, List<Gazetteer.Match> taken, List<Mention> found) {
        String office = lastWord(text.substring(begin, end));
        List<int[]> people = new ArrayList<>();
        taken.stream().filter(t -> t.entries().stream().anyMatch(e -> e.is(Pact.Person.getURI()))).forEach(t -> people.add(new int[] {t.begin(), t.end()}));
        found.stream().filter(m -> m instanceof Mention.Entity).forEach(m -> people.add(new int[] {m.begin(), m.end()}));
        Optional<int[]> person = people.stream()
                .filter(p -> p[1] < begin && COORDINATED.matcher(text.substring(p[1], begin)).matches())
                .findFirst();
        return person.flatMap(p -> found.stream()
                .filter(m -> m instanceof Mention.Title t && t.org().isPresent() && t.end() <= p[0] && text.substring(t.end(), p[0]).isBlank()
                        && lastWord(t.title()).equalsIgnoreCase(office))
                .map(m -> ((Mention.Title) m).org().get())
                .findFirst());
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        return words[words.length - 1];
    }

    private static final Pattern COORDINATED = Pattern.compile(",?\\s+and\\s+");
}
