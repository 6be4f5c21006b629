package org.pactgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * A title with its organisation written before the person's name: the organisation then the
 * title set off by a comma ("the X Office Director, NAME,"), or the title "of" the organisation
 * ("Director of the X Office (XO) NAME").
 */
final class OrganisationTitlesBeforeNames {
    private final Gazetteer gazetteer;
    private final NewPersonNames names;

    OrganisationTitlesBeforeNames(Gazetteer gazetteer, NewPersonNames names) {
        this.gazetteer = gazetteer;
        this.names = names;
    }

    /**
     * "the X Office Director, John Doe, signed": an organisation, its title and, after a comma,
     * the name of the person who holds it, set apart as an apposition (a comma, "and" or the
     * sentence's end after it).
     * Without the organisation right before the title, a title and a comma are no post.
     */
    void titleApartBefore(String text, Matcher apart, List<Gazetteer.Match> taken, List<Integer> verbs, List<Mention> found) {
        int begin = apart.start(1);
        Optional<Gazetteer.Match> org = taken.stream()
                .filter(t -> TakenMatches.isOrganization(t) && t.end() <= begin && TitlesBeforeNames.ORG_TO_TITLE.matcher(text.substring(t.end(), begin)).matches())
                .findFirst();
        if (org.isEmpty() || TakenMatches.overlapsPost(taken, begin, apart.end(1))) return;
        names.person(text, apart.start(2), apart.end(2), taken, verbs, found);
        int nameAt = apart.start(2);
        if (found.stream().noneMatch(m -> m instanceof Mention.Entity && m.begin() == nameAt)
                && taken.stream().noneMatch(t -> t.begin() == nameAt && t.entries().stream().anyMatch(e -> e.is(Pact.Person.getURI())))) return;
        Gazetteer.Entry entry = TakenMatches.organization(org.get());
        String title = Phrases.capitalized(text.substring(begin, apart.end(1)));
        found.add(new Mention.Title(begin, nameAt, text.substring(begin, nameAt), title, title + " of " + OrganisationsInTitles.inPost(gazetteer, entry), Optional.of(entry)));
    }

    static final Pattern TITLED_APART = Pattern.compile(
            "\\b(" + Titles.BEFORE_NAME + "),\\s+(?:" + Titles.HONORIFIC + ")?" + PeopleRecognizer.NAME + "(?=\\s*[,.;]|\\s+and\\b)");

    /**
     * "Director of the X Office (XO) NAME": a title with its organisation written before the
     * name, perhaps with the organisation's acronym. The person must be one the text names
     * right after it.
     */
    void titleOfOrganisationBefore(String text, int begin, int titleEnd, int orgAt, List<Gazetteer.Match> taken, List<Mention> found) {
        Optional<Gazetteer.Match> org = taken.stream().filter(t -> TakenMatches.isOrganization(t) && t.begin() == orgAt).findFirst();
        if (org.isEmpty() || TakenMatches.overlapsPost(taken, begin, titleEnd)) return;
        Matcher acronym = ACRONYM_THEN_SPACE.matcher(text).region(org.get().end(), text.length());
        if (!acronym.lookingAt()) return;
        int end = acronym.start(1) < 0 ? org.get().end() : acronym.end(1);
        int nameAt = acronym.end();
        boolean person = found.stream().anyMatch(m -> m instanceof Mention.Entity && m.begin() == nameAt)
                || taken.stream().anyMatch(t -> t.begin() == nameAt && t.entries().stream().anyMatch(e -> e.is(Pact.Person.getURI())));
        if (!person || found.stream().anyMatch(m -> m instanceof Mention.Title && m.begin() < end && begin < m.end())) return;
        String title = Phrases.capitalized(text.substring(begin, titleEnd));
        Gazetteer.Entry entry = TakenMatches.organization(org.get());
        String label = title + " of " + OrganisationsInTitles.inPost(gazetteer, entry);
        found.add(new Mention.Title(begin, end, text.substring(begin, end), title, label, Optional.of(entry)));
    }

    static final Pattern TITLE_OF = Pattern.compile("\\b(" + Titles.BEFORE_NAME + ")\\s+of\\s+(?:the\\s+)?");
    private static final Pattern ACRONYM_THEN_SPACE = Pattern.compile("(\\s*\\(\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9}\\))?\\s+");
}
