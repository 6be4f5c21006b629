package org.pactgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * A title set off by a comma after a person's name ("NAME, vice president for research at X",
 * "NAME, Director-General, X", "NAME, X Deputy Director for Y"): the title and the organisation
 * of its post.
 */
final class TitlesAfterNames {
    static final Pattern TITLE_AFTER = Pattern.compile("^,\\s+(?:the\\s+)?(" + Titles.ACTING + Titles.AFTER_NAME.pattern() + ")");
    private static final Pattern AND_TITLE = Pattern.compile("^\\s+and\\s+(?:the\\s+)?(" + Titles.AFTER_NAME.pattern() + ")");

    private final Gazetteer gazetteer;
    private final SecretaryTitles secretaries;

    TitlesAfterNames(Gazetteer gazetteer, SecretaryTitles secretaries) {
        this.gazetteer = gazetteer;
        this.secretaries = secretaries;
    }

    /** The titles after each person's name and a comma among {@code people}, and a second one after "and". */
    void find(String text, List<int[]> people, List<Gazetteer.Match> taken, List<AnnotatedSentences.Named> named, List<Mention> found) {
        for (int[] person : people) {
            if (person[1] >= text.length() || text.charAt(person[1]) != ',') continue;
            Matcher after = TITLE_AFTER.matcher(text.substring(person[1]));
            if (!after.find()) {
                Optional<int[]> tagged = taggedTitleOf(text, person[1], taken, named);
                if (tagged.isPresent()) titleAfter(text, tagged.get()[0], tagged.get()[1], taken, named, found);
                else organisationTitleAfter(text, person[1], taken, named, found);
                continue;
            }
            int end = titleAfter(text, person[1] + after.start(1), person[1] + after.end(1), taken, named, found);
            // "NAME, the Assistant Director at X and Director of Y": a second title of the same person.
            Matcher second = AND_TITLE.matcher(text.substring(end));
            if (second.find()) titleAfter(text, end + second.start(1), end + second.end(1), taken, named, found);
        }
    }

    /**
     * "NAME, Comptroller General of the X", "NAME, Command Surgeon for the X Command": a title
     * of words no list holds, which the linguistic layer tags TITLE, then "of", "at", "for" or
     * "to" and an organisation or a country that closes the apposition. The layer's tag stands
     * for the list of title words; the organisation right after the preposition keeps the post
     * from being a bare title. Returns where the title begins and where its organisation ends.
     */
    private Optional<int[]> taggedTitleOf(String text, int comma, List<Gazetteer.Match> taken, List<AnnotatedSentences.Named> named) {
        Matcher opening = ORG_OPENS.matcher(text).region(comma, text.length());
        if (!opening.lookingAt()) return Optional.empty();
        int at = opening.end();
        // A role in lower case names no post ("NAME, researcher at X"), as after an organisation.
        Optional<AnnotatedSentences.Named> title = named.stream()
                .filter(n -> n.type().equals("TITLE") && n.begin() == at && CAPITALISED.matcher(n.text()).matches()).findFirst();
        if (title.isEmpty()) return Optional.empty();
        Matcher object = TAGGED_TITLE_OBJECT.matcher(text).region(title.get().end(), text.length());
        if (!object.lookingAt()) return Optional.empty();
        int objectAt = object.end();
        java.util.stream.IntStream organisations = taken.stream()
                .filter(t -> t.begin() == objectAt && (TakenMatches.isOrganization(t) || t.entries().stream().anyMatch(e -> e.is(Pact.Country.getURI()))))
                .mapToInt(Gazetteer.Match::end);
        return organisations.filter(end -> ORGANISATION_CLOSES.matcher(text).region(end, text.length()).lookingAt()).max()
                .stream().mapToObj(end -> new int[] {at, end}).findFirst();
    }

    /** Between a tagged title and its organisation: "of", "at", "for" or "to", perhaps with "the". */
    private static final Pattern TAGGED_TITLE_OBJECT = Pattern.compile("\\s+(?:of|at|for|to)\\s+(?:the\\s+)?");

    /**
     * "vice president for research at the University of Utah": the title, and the organisation in
     * it. The organisation the title's "of", "at" or "for" opens is the title's object whole, though
     * its name holds what ends a title ("director of the A.B. Harlow Research, Development and
     * Testing Command"): the title ends with it. The post is named as the text writes it.
     * Returns where the title ends.
     */
    private int titleAfter(String text, int begin, int patternEnd, List<Gazetteer.Match> taken, List<AnnotatedSentences.Named> named,
                           List<Mention> found) {
        int end = taken.stream()
                .filter(t -> TakenMatches.isOrganization(t) && t.begin() > begin && t.begin() < patternEnd && t.end() > patternEnd
                        && OBJECT_OPENS.matcher(text.substring(begin, t.begin())).find())
                .mapToInt(Gazetteer.Match::end).max().orElse(patternEnd);
        if (TakenMatches.overlapsPost(taken, begin, end) || found.stream().anyMatch(m -> m.begin() < end && begin < m.end())) return end;
        String phrase = text.substring(begin, end).strip();
        // An organisation whose name the text goes on with ("the Harlow Coastal Center", of which
        // only "Harlow" names an organisation known) is not the title's: the post is in another.
        Optional<Gazetteer.Match> org = taken.stream()
                .filter(t -> TakenMatches.isOrganization(t) && t.begin() >= begin && t.end() <= end && !OrganisationsInTitles.portfolio(text, begin, t))
                .findFirst()
                .filter(t -> !NAME_GOES_ON.matcher(text).region(t.end(), text.length()).lookingAt());
        String title = org.map(o -> text.substring(begin, o.begin()).replaceAll("(?i)\\s+(?:of|at|for|to|in)(?:\\s+the)?\\s*$", ""))
                .orElse(phrase).strip();
        // "Ambassador of France", "Prime Minister of India": a post in the country's government, named whole.
        // "NAME, Secretary of Agriculture": the head of the department of that field (see SecretaryTitles).
        Optional<Gazetteer.Entry> entry = org.map(TakenMatches::organization).or(() -> governmentNamedLast(text, begin, begin + phrase.length(), taken, named))
                .or(() -> secretaries.departmentHeadedBy(phrase));
        if (entry.isEmpty() && apposedOrganisation(text, begin, begin + phrase.length(), taken, found)) return end;
        String label = org.map(o -> OrganisationsInTitles.withShortNameInFull(gazetteer, text, begin, phrase, o)).orElse(phrase);
        // "administrator for the Harlow Agency's Coastal Branch", the body owned read as the
        // organisation: the post is in it, named without its owner.
        Optional<Integer> ownerAt = org.flatMap(o -> OrganisationsInTitles.ownerBefore(text.substring(begin, o.begin())));
        if (ownerAt.isPresent()) {
            String beforeOwner = text.substring(begin, begin + ownerAt.get());
            title = beforeOwner.replaceAll("(?i)\\s+(?:of|at|for|to|in)(?:\\s+the)?\\s*$", "").strip();
            label = Phrases.capitalized(title) + " " + OrganisationsInTitles.divisionInPost(text.substring(org.get().begin(), org.get().end()), beforeOwner);
        }
        // "director of the Harlow Agency's Coastal Branch": the post is in the body the possessive
        // names, a division of the organisation, and named by it alone.
        Optional<String> division = org.flatMap(o -> OrganisationsInTitles.divisionAfter(text, o, begin + phrase.length()));
        if (division.isPresent()) {
            Gazetteer.Entry owner = TakenMatches.organization(org.get());
            String type = owner.is(Pact.GovernmentBody.getURI()) || NameRecognizer.isGovernmentBody(division.get())
                    ? Pact.GovernmentBody.getURI() : Pact.Organization.getURI();
            entry = Optional.of(gazetteer.newEntry(Iris.id(Iris.Kind.ORG, Iris.slug(division.get())), division.get(), type));
            label = Phrases.capitalized(title) + " " + OrganisationsInTitles.divisionInPost(division.get(), text.substring(begin, org.get().begin()));
        }
        found.add(new Mention.Title(begin, begin + phrase.length(), phrase, Phrases.capitalized(title),
                Phrases.capitalized(label), entry));
        return end;
    }

    /**
     * "NAME, Director-General, National Library of X": a title set off by commas with its
     * organisation after it, as lists of delegates and signatories write them. The post is
     * named as English names one, the title "of" the organisation. True when one was found.
     */
    private boolean apposedOrganisation(String text, int begin, int titleEnd, List<Gazetteer.Match> taken, List<Mention> found) {
        Matcher apart = APPOSED_ORGANISATION.matcher(text).region(titleEnd, text.length());
        if (!apart.lookingAt()) return false;
        int at = apart.end();
        Optional<Gazetteer.Match> org = taken.stream()
                .filter(t -> TakenMatches.isOrganization(t) && t.begin() == at && ORGANISATION_CLOSES.matcher(text).region(t.end(), text.length()).lookingAt())
                .findFirst();
        if (org.isEmpty()) return false;
        int end = apart.end(1) < 0 ? titleEnd : apart.end(1);
        String title = Phrases.capitalized(text.substring(begin, end));
        Gazetteer.Entry entry = TakenMatches.organization(org.get());
        found.add(new Mention.Title(begin, end, text.substring(begin, end), title, title + " of " + OrganisationsInTitles.inPost(gazetteer, entry), Optional.of(entry)));
        return true;
    }

    /** After a title, the rest of a hyphenated one ("Director-General"), then a comma before its organisation. */
    private static final Pattern APPOSED_ORGANISATION = Pattern.compile("(-\\p{Lu}\\p{Ll}+)?,\\s+(?:the\\s+)?");
    /** What may follow an organisation set off after a title: the apposition's end, or the next item of a list. */
    private static final Pattern ORGANISATION_CLOSES = Pattern.compile("\\s*(?:[,;.(]|$)|\\s+and\\s");

    /** A capitalised word right after a name: the name goes on. */
    private static final Pattern NAME_GOES_ON = Pattern.compile("\\s+\\p{Lu}\\p{Ll}");

    /** The words before a title's organisation: "of", "at", "for", "to" or "in", perhaps with "the". */
    private static final Pattern OBJECT_OPENS = Pattern.compile("(?i)\\s(?:of|at|for|to|in)\\s+(?:the\\s+)?$");

    /**
     * "NAME, X Deputy Director for Y": a title after the name that the organisation's name
     * opens. The post is named as written, its title is the words after the organisation's name.
     */
    private void organisationTitleAfter(String text, int comma, List<Gazetteer.Match> taken, List<AnnotatedSentences.Named> named,
                                        List<Mention> found) {
        Matcher opening = ORG_OPENS.matcher(text).region(comma, text.length());
        if (!opening.lookingAt()) return;
        int at = opening.end();
        Optional<Gazetteer.Match> org = taken.stream().filter(t -> TakenMatches.isOrganization(t) && t.begin() == at).findFirst();
        if (org.isEmpty()) return;
        Matcher title = TITLE_AFTER_ORG.matcher(text).region(org.get().end(), text.length());
        int[] span;
        if (title.lookingAt()) span = new int[] {title.start(1), title.end(1)};
        else span = taggedTitleAfterOrganisation(text, org.get().end(), named).orElse(null);
        if (span == null) return;
        int begin = span[0];
        int end = span[1];
        if (TakenMatches.overlapsPost(taken, begin, end) || found.stream().anyMatch(m -> m.begin() < end && at < m.end())) return;
        String phrase = text.substring(begin, end).strip();
        Gazetteer.Entry entry = TakenMatches.organization(org.get());
        // A title with its portfolio is named as written ("X Deputy Director for Y"); a bare one as
        // English names a post, "of" its organisation in full ("NAME, X director": "Director of the X").
        String label = PORTFOLIO.matcher(phrase).find() ? text.substring(at, org.get().end()) + " " + Phrases.capitalized(phrase)
                : Phrases.capitalized(phrase) + " of " + OrganisationsInTitles.inPost(gazetteer, entry);
        found.add(new Mention.Title(at, begin + phrase.length(), text.substring(at, begin + phrase.length()), Phrases.capitalized(phrase),
                label, Optional.of(entry)));
    }

    /**
     * "NAME, X's Command Surgeon.", "NAME, X Surgeon General,": after the organisation, a title
     * the linguistic layer tags TITLE though no list holds its words, perhaps with capitalised
     * words before it that qualify it, closing the apposition. Returns the title's span.
     */
    private static Optional<int[]> taggedTitleAfterOrganisation(String text, int orgEnd, List<AnnotatedSentences.Named> named) {
        Matcher words = QUALIFIED_TITLE_OPENS.matcher(text).region(orgEnd, text.length());
        if (!words.lookingAt()) return Optional.empty();
        int begin = words.start(1);
        return named.stream()
                .filter(n -> n.type().equals("TITLE") && n.begin() >= begin && n.begin() <= words.end() && CAPITALISED.matcher(n.text()).matches()
                        && QUALIFIER_WORDS.matcher(text.substring(begin, n.begin())).matches()
                        && APPOSITION_CLOSES.matcher(text).region(n.end(), text.length()).lookingAt())
                .map(n -> new int[] {begin, n.end()})
                .findFirst();
    }

    /** After an organisation: its possessive or a space, then capitalised words. */
    private static final Pattern QUALIFIED_TITLE_OPENS = Pattern.compile("(?:['\u2019]s)?\\s+((?:\\p{Lu}\\p{L}*\\s+)*)");
    /** A title in capitals, as a post's name is written ("Surgeon General"); a role in lower case ("program manager") names no post. */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)*");
    /** Capitalised words, each followed by a space, or nothing. */
    private static final Pattern QUALIFIER_WORDS = Pattern.compile("(?:\\p{Lu}\\p{L}*\\s+)*");
    /** The end of an apposition: a comma, a full stop, a semicolon, or "and". */
    private static final String APPOSITION_END = "\\s*[,.;]|\\s+and\\b";
    private static final Pattern APPOSITION_CLOSES = Pattern.compile(APPOSITION_END);

    /** A title's field after it: "for" or "of" and what follows. */
    private static final Pattern PORTFOLIO = Pattern.compile("\\s(?:for|of)\\s");

    private static final Pattern ORG_OPENS = Pattern.compile(",\\s+(?:the\\s+)?");
    /** A title right after an organisation's name or its possessive ("X's director"), written as titles before a name are. */
    private static final Pattern TITLE_AFTER_ORG = Pattern.compile("(?:['\u2019]s)?\\s+(" + Titles.BEFORE_NAME + "(?:\\s+(?:for|of)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*)*)?)(?=" + APPOSITION_END + ")");

    /** Before a country's name at a title's end: "of", or "of the" for a name written with it ("of the X Republic"). */
    private static final Pattern OF_COUNTRY = Pattern.compile(" of (?:the )?$");

    /** The government of the country a title ends with ("... of France"), when the reference data or the title says it is one. */
    private Optional<Gazetteer.Entry> governmentNamedLast(String text, int begin, int end, List<Gazetteer.Match> taken,
                                                         List<AnnotatedSentences.Named> named) {
        Optional<String> known = taken.stream()
                .filter(t -> t.end() == end && t.begin() > begin && OF_COUNTRY.matcher(text.substring(begin, t.begin())).find())
                .flatMap(t -> t.entries().stream().filter(e -> e.is(Pact.Country.getURI())))
                .findFirst()
                .map(country -> gazetteer.labelOf(country.iri()).orElse(country.label()));
        Optional<String> country = known.or(() -> named.stream()
                .filter(n -> n.type().equals("COUNTRY") && n.end() == end && n.begin() > begin && OF_COUNTRY.matcher(text.substring(begin, n.begin())).find())
                .map(AnnotatedSentences.Named::text).findFirst());
        return country.flatMap(c -> Governments.of(gazetteer, c));
    }
}
