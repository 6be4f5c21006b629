package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * People that no reference data knows, recognised where English names people: after a title
 * ("Executive Vice President Kenji Morimoto", "Dr. Erin Holt"), beside a verb of saying ("said
 * Jane Doe", "Jane Doe said"), or before a title ("Jane Doe, vice president for research at X").
 * The titles found there become {@link Mention.Title} mentions with the organisation they name.
 */
final class PeopleRecognizer {
    static final String NAME =
            "((?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+(?:[-']\\p{Lu}?\\p{Ll}+)?(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?){1,2})";
    static final String SAYING = "(?:said|says|added|adds|noted|notes|explained|explains|stated|remarked)";
    static final Pattern SAYING_WORD = Pattern.compile("\\b" + SAYING + "|according to");
    private static final Pattern TITLED = Pattern.compile("\\b(" + Titles.BEFORE_NAME + ")\\s+(?:" + Titles.HONORIFIC + ")?" + NAME);
    private static final Pattern HONORED = Pattern.compile("\\b" + Titles.HONORIFIC + NAME);
    private static final Pattern SAID_BEFORE = Pattern.compile("\\b(?:" + SAYING + "|according to)\\s+(?:" + Titles.HONORIFIC + ")?" + NAME);
    private static final Pattern SAID_AFTER = Pattern.compile(NAME + "\\s+" + SAYING + "\\b");
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(?:" + Titles.BEFORE_NAME + ")\\s+(?:" + Titles.HONORIFIC + ")?$");
    /**
     * What may stand between a title the layer tags and the name it goes with: nothing, a comma,
     * or the organisation of the post in capitals with its acronym ("Director of the Harlow Office
     * of Science and Technology Policy (HOSTP) Jane Doe", "Minister of Science and ICT (MSIT) Lee
     * Jong-Ho").
     */
    private static final Pattern TITLE_TO_NAME = Pattern.compile(
            ",?\\s*|\\s+(?:of|for)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}&.-]*|\\(\\p{Lu}{2,}\\))(?:\\s+(?:of|for|and|&|the))*\\s+)+");

    private final Gazetteer gazetteer;
    private final NewPersonNames names;
    private final TitlesBeforeNames titlesBefore;
    private final OrganisationTitlesBeforeNames organisationTitlesBefore;
    private final SecretaryTitles secretaries;
    private final TitlesAfterNames titlesAfter;

    PeopleRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.names = new NewPersonNames(gazetteer);
        this.titlesBefore = new TitlesBeforeNames(gazetteer);
        this.organisationTitlesBefore = new OrganisationTitlesBeforeNames(gazetteer, names);
        this.secretaries = new SecretaryTitles(gazetteer, names);
        this.titlesAfter = new TitlesAfterNames(gazetteer, secretaries);
    }

    /**
     * New people and the titles beside them; {@code taken} are the entities already found,
     * {@code named} the linguistic layer's mentions, whose people count where a title stands
     * beside them ("K. Radhakrishnan, chairman of X", which no pattern of names reads), a title
     * of the pattern's or one the layer typed TITLE ("Trade Representative Katherine Tai");
     * {@code countries} are the names of countries the document gives, whose adjectives may
     * open a title ("Freedonian Prime Minister NAME"); {@code words} are the sentence's words
     * with their parts of speech, where a verb ends a name; {@code speakers} are the surnames the document gives alone beside a verb of saying ({@link SpeakerSurnames}); {@code lowercase} the words the document also writes in lower case, which are no names ({@link WordsInLowerCase}).
     */
    List<Mention> find(String text, List<Gazetteer.Match> taken, List<AnnotatedSentences.Named> named, java.util.Set<String> countries,
                       List<AnnotatedSentences.Word> words, java.util.Set<String> speakers, java.util.Set<String> lowercase) {
        List<Mention> found = new ArrayList<>();
        List<Integer> verbs = words.stream().filter(w -> w.pos() != null && w.pos().startsWith("VB")).map(AnnotatedSentences.Word::begin).toList();
        List<int[]> afterPortfolios = NamesAfterPortfolios.find(text, named, lowercase);
        List<int[]> layerPeople = java.util.stream.Stream.concat(afterPortfolios.stream(),
                named.stream().filter(n -> n.type().equals("PERSON")).map(n -> new int[] {n.begin(), n.end()})).toList();
        List<Mention.Title> countryTitles = CountryTitles.find(text, taken, named, layerPeople, countries, gazetteer).stream()
                .filter(t -> !TakenMatches.overlapsPost(taken, t.begin(), t.end())).toList();
        found.addAll(countryTitles);
        for (AnnotatedSentences.Named n : named) {
            if (!n.type().equals("PERSON") || Phrases.quoted(text, n.begin()) || !n.text().contains(" ") || NewPersonNames.wroteIt(text, n.begin())) continue;
            boolean titleAfter = n.end() < text.length() && text.charAt(n.end()) == ','
                    && (TitlesAfterNames.TITLE_AFTER.matcher(text.substring(n.end())).find()
                        || countryTitles.stream().anyMatch(t -> t.begin() >= n.end() && text.substring(n.end(), t.begin()).matches(",\\s*")));
            boolean countryTitleBefore = countryTitles.stream().anyMatch(t -> t.end() <= n.begin() && text.substring(t.end(), n.begin()).matches(",?\\s*"));
            boolean titleBefore = TITLE_BEFORE.matcher(text.substring(0, n.begin())).find()
                    || named.stream().anyMatch(t -> t.type().equals("TITLE") && t.end() <= n.begin()
                            && TITLE_TO_NAME.matcher(text.substring(t.end(), n.begin())).matches());
            boolean honorificBefore = HONORIFIC_BEFORE.matcher(text.substring(0, n.begin())).find();
            boolean apposedSpeaker = APPOSITIVE_THEN_SAYING.matcher(text).region(n.end(), text.length()).lookingAt();
            boolean spokenOfBySurname = speakers.contains(n.text().substring(n.text().lastIndexOf(' ') + 1));
            if (titleAfter || titleBefore || countryTitleBefore || honorificBefore || apposedSpeaker || spokenOfBySurname) {
                names.person(text, n.begin(), n.end(), taken, verbs, found);
            }
        }
        // Cheap checks first: the patterns cost more than looking for the words they need.
        if (Titles.mayContainTitle(text)) {
            Matcher titled = TITLED.matcher(text);
            while (titled.find()) {
                names.person(text, titled.start(2), titled.end(2), taken, verbs, found);
                titlesBefore.titleBefore(text, titled.start(1), titled.end(1), titled.end(2), taken, named, found);
            }
        }
        if (Titles.mayContainTitle(text) && text.contains(",")) {
            Matcher apart = OrganisationTitlesBeforeNames.TITLED_APART.matcher(text);
            while (apart.find()) organisationTitlesBefore.titleApartBefore(text, apart, taken, verbs, found);
        }
        if (Titles.mayContainTitle(text) && text.contains(" of ")) {
            Matcher ofOrg = OrganisationTitlesBeforeNames.TITLE_OF.matcher(text);
            while (ofOrg.find()) organisationTitlesBefore.titleOfOrganisationBefore(text, ofOrg.start(1), ofOrg.end(1), ofOrg.end(), taken, found);
        }
        if (text.contains(". ")) {
            Matcher m = HONORED.matcher(text);
            while (m.find()) {
                if (!NewPersonNames.wroteIt(text, m.start(1))) names.person(text, m.start(1), m.end(1), taken, verbs, found);
            }
        }
        if (SAYING_WORD.matcher(text).find()) {
            for (Pattern p : List.of(SAID_BEFORE, SAID_AFTER)) {
                Matcher m = p.matcher(text);
                while (m.find()) names.person(text, m.start(1), m.end(1), taken, verbs, found);
            }
        }
        for (int[] name : afterPortfolios) names.person(text, name[0], name[1], taken, verbs, found);
        // "the Minister of X for Y, Jane Doe, signed": a name set off by commas after a title's phrase, then the verb.
        if (!verbs.isEmpty() && Titles.mayContainTitle(text)) {
            Matcher apposed = TITLE_PHRASE_THEN_NAME.matcher(text);
            while (apposed.find()) {
                int after = apposed.end();
                if (verbs.contains(after) && !Phrases.quoted(text, apposed.start(1))) names.person(text, apposed.start(1), apposed.end(1), taken, verbs, found);
            }
        }
        coordinatedWithAPerson(text, named, taken, verbs, found);
        // A title after any person, known or new: "NAME, vice president for research at X".
        List<int[]> people = new ArrayList<>();
        taken.stream().filter(t -> t.entries().stream().anyMatch(e -> e.is(Pact.Person.getURI())))
                .forEach(t -> people.add(new int[] {t.begin(), t.end()}));
        found.stream().filter(m -> m instanceof Mention.Entity).forEach(m -> people.add(new int[] {m.begin(), m.end()}));
        titlesAfter.find(text, people, taken, named, found);
        named.stream().filter(n -> n.type().equals("PERSON")).forEach(n -> people.add(new int[] {n.begin(), n.end()}));
        secretaries.secretariesForPortfoliosBefore(text, people, taken, verbs, found);
        secretaries.secretariesBefore(text, people, taken, found);
        return found;
    }

    /**
     * A name the linguistic layer reads as a person's, joined by "and" to a person the rules
     * found, before or after it: "Dr. Erin Holt and Jane Doe, respectively", "Director Jane Doe
     * and Harlow Agency Executive Vice President Erin Holt" (the other conjunct may open with its
     * organisation and title in capitals).
     */
    private void coordinatedWithAPerson(String text, List<AnnotatedSentences.Named> named, List<Gazetteer.Match> taken, List<Integer> verbs,
                                        List<Mention> found) {
        List<int[]> people = new ArrayList<>();
        found.stream().filter(m -> m instanceof Mention.Entity e && e.entries().stream().anyMatch(x -> x.is(Pact.Person.getURI())))
                .forEach(m -> people.add(new int[] {m.begin(), m.end()}));
        if (people.isEmpty()) return;
        for (AnnotatedSentences.Named n : named) {
            if (!n.type().equals("PERSON") || Phrases.quoted(text, n.begin()) || !n.text().contains(" ") || NewPersonNames.wroteIt(text, n.begin())) continue;
            boolean joined = people.stream().anyMatch(p -> p[1] <= n.begin() && AND_THEN.matcher(text.substring(p[1], n.begin())).matches()
                    || p[0] >= n.end() && AND_THEN.matcher(text.substring(n.end(), p[0])).matches());
            if (joined) names.person(text, n.begin(), n.end(), taken, verbs, found);
        }
    }

    private static final Pattern TITLE_PHRASE_THEN_NAME = Pattern.compile("\\b(?:" + String.join("|", Titles.CORE) + ")\\s+(?:of|for)\\s+[^,;:\"\u201c\u201d]{3,100}?,\\s+"
            + "(?:" + Titles.HONORIFIC + ")?" + NAME + ",\\s+");

    /** What joins two people's names: "and", maybe with the second one's organisation and title in capitals before it. */
    private static final Pattern AND_THEN = Pattern.compile("\\s+and\\s+(?:" + Titles.HONORIFIC + ")?(?:\\p{Lu}[\\p{L}.&-]*\\s+)*");

    /** An honorific right before a name: "Dr. ", "Mrs. ". */
    private static final Pattern HONORIFIC_BEFORE = Pattern.compile("\\b" + Titles.HONORIFIC + "$");
    /** A name, its apposition, then a verb of saying: "NAME, chief of the X Center, said". */
    private static final Pattern APPOSITIVE_THEN_SAYING = Pattern.compile(",[^,;:\"\u201c\u201d()]{3,120},\\s+" + SAYING + "\\b");
}
