package org.pactgraph.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * People that no reference data knows, recognised where English names people: after a title
 * ("Executive Vice President Kenji Morimoto", "Dr. Erin Holt"), beside a verb of saying ("said
 * Jane Doe", "Jane Doe said"), or before a title ("Jane Doe, vice president for research at X").
 * The titles found there become {@link Mention.Title} mentions with the organisation they name.
 */
final class PeopleRecognizer {
    private static final String NAME =
            "((?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+(?:[-']\\p{Lu}?\\p{Ll}+)?(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?){1,2})";
    private static final String SAYING = "(?:said|says|added|adds|noted|notes|explained|explains|stated|remarked)";
    private static final Pattern SAYING_WORD = Pattern.compile("\\b" + SAYING + "|according to");
    private static final Pattern TITLED = Pattern.compile("\\b(" + Titles.BEFORE_NAME + ")\\s+(?:" + Titles.HONORIFIC + ")?" + NAME);
    private static final Pattern HONORED = Pattern.compile("\\b" + Titles.HONORIFIC + NAME);
    private static final Pattern SAID_BEFORE = Pattern.compile("\\b(?:" + SAYING + "|according to)\\s+(?:" + Titles.HONORIFIC + ")?" + NAME);
    private static final Pattern SAID_AFTER = Pattern.compile(NAME + "\\s+" + SAYING + "\\b");
    private static final Pattern TITLE_AFTER = Pattern.compile("^,\\s+(?:the\\s+)?((?:(?i:acting)\\s+)?" + Titles.AFTER_NAME.pattern() + ")");
    private static final Pattern AND_TITLE = Pattern.compile("^\\s+and\\s+(?:the\\s+)?(" + Titles.AFTER_NAME.pattern() + ")");
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(?:" + Titles.BEFORE_NAME + ")\\s+(?:" + Titles.HONORIFIC + ")?$");
    /**
     * What may stand between a title the layer tags and the name it goes with: nothing, a comma,
     * or the organisation of the post in capitals with its acronym ("Director of the Harlow Office
     * of Science and Technology Policy (HOSTP) Jane Doe", "Minister of Science and ICT (MSIT) Lee
     * Jong-Ho").
     */
    private static final Pattern TITLE_TO_NAME = Pattern.compile(
            ",?\\s*|\\s+(?:of|for)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}&.-]*|\\(\\p{Lu}{2,}\\))(?:\\s+(?:of|for|and|&|the))*\\s+)+");
    private static final Pattern FOREIGN_HONORIFIC = Pattern.compile("(?:Shri|Smt\\.?|Sri|Shrimati|H\\.E\\.|His Excellency|Her Excellency)\\s+");
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Pattern OF_ORG = Pattern.compile("^\\s+(?:of|from)\\s+(?:the\\s+)?");

    private final Gazetteer gazetteer;

    PeopleRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * New people and the titles beside them; {@code taken} are the entities already found,
     * {@code named} the linguistic layer's mentions, whose people count where a title stands
     * beside them ("K. Radhakrishnan, chairman of X", which no pattern of names reads), a title
     * of the pattern's or one the layer typed TITLE ("Trade Representative Katherine Tai");
     * {@code countries} are the names of countries the document gives, whose adjectives may
     * open a title ("Freedonian Prime Minister NAME"); {@code words} are the sentence's words
     * with their parts of speech, where a verb ends a name; {@code speakers} are the surnames the document gives alone beside a verb of saying ({@link #surnamesOfSpeakers}); {@code lowercase} the words the document also writes in lower case, which are no names ({@link #lowercaseWords}).
     */
    List<Mention> find(String text, List<Gazetteer.Match> taken, List<AnnotatedSentences.Named> named, java.util.Set<String> countries,
                       List<AnnotatedSentences.Word> words, java.util.Set<String> speakers, java.util.Set<String> lowercase) {
        List<Mention> found = new ArrayList<>();
        List<Integer> verbs = words.stream().filter(w -> w.pos() != null && w.pos().startsWith("VB")).map(AnnotatedSentences.Word::begin).toList();
        List<int[]> afterPortfolios = namesEndingPortfolios(text, named, lowercase);
        List<int[]> layerPeople = java.util.stream.Stream.concat(afterPortfolios.stream(),
                named.stream().filter(n -> n.type().equals("PERSON")).map(n -> new int[] {n.begin(), n.end()})).toList();
        List<Mention.Title> countryTitles = CountryTitles.find(text, taken, named, layerPeople, countries, gazetteer).stream()
                .filter(t -> !overlapsPost(taken, t.begin(), t.end())).toList();
        found.addAll(countryTitles);
        for (AnnotatedSentences.Named n : named) {
            if (!n.type().equals("PERSON") || Phrases.quoted(text, n.begin()) || !n.text().contains(" ") || wroteIt(text, n.begin())) continue;
            boolean titleAfter = n.end() < text.length() && text.charAt(n.end()) == ','
                    && (TITLE_AFTER.matcher(text.substring(n.end())).find()
                        || countryTitles.stream().anyMatch(t -> t.begin() >= n.end() && text.substring(n.end(), t.begin()).matches(",\\s*")));
            boolean countryTitleBefore = countryTitles.stream().anyMatch(t -> t.end() <= n.begin() && text.substring(t.end(), n.begin()).matches(",?\\s*"));
            boolean titleBefore = TITLE_BEFORE.matcher(text.substring(0, n.begin())).find()
                    || named.stream().anyMatch(t -> t.type().equals("TITLE") && t.end() <= n.begin()
                            && TITLE_TO_NAME.matcher(text.substring(t.end(), n.begin())).matches());
            boolean honorificBefore = HONORIFIC_BEFORE.matcher(text.substring(0, n.begin())).find();
            boolean apposedSpeaker = APPOSITIVE_THEN_SAYING.matcher(text).region(n.end(), text.length()).lookingAt();
            boolean spokenOfBySurname = speakers.contains(n.text().substring(n.text().lastIndexOf(' ') + 1));
            if (titleAfter || titleBefore || countryTitleBefore || honorificBefore || apposedSpeaker || spokenOfBySurname) {
                person(text, n.begin(), n.end(), taken, verbs, found);
            }
        }
        // Cheap checks first: the patterns cost more than looking for the words they need.
        if (Titles.mayContainTitle(text)) {
            Matcher titled = TITLED.matcher(text);
            while (titled.find()) {
                person(text, titled.start(2), titled.end(2), taken, verbs, found);
                titleBefore(text, titled.start(1), titled.end(1), titled.end(2), taken, named, found);
            }
        }
        if (Titles.mayContainTitle(text) && text.contains(",")) {
            Matcher apart = TITLED_APART.matcher(text);
            while (apart.find()) titleApartBefore(text, apart, taken, verbs, found);
        }
        if (Titles.mayContainTitle(text) && text.contains(" of ")) {
            Matcher ofOrg = TITLE_OF.matcher(text);
            while (ofOrg.find()) titleOfOrganisationBefore(text, ofOrg.start(1), ofOrg.end(1), ofOrg.end(), taken, found);
        }
        if (text.contains(". ")) {
            Matcher m = HONORED.matcher(text);
            while (m.find()) {
                if (!wroteIt(text, m.start(1))) person(text, m.start(1), m.end(1), taken, verbs, found);
            }
        }
        if (SAYING_WORD.matcher(text).find()) {
            for (Pattern p : List.of(SAID_BEFORE, SAID_AFTER)) {
                Matcher m = p.matcher(text);
                while (m.find()) person(text, m.start(1), m.end(1), taken, verbs, found);
            }
        }
        for (int[] name : afterPortfolios) person(text, name[0], name[1], taken, verbs, found);
        // "the Minister of X for Y, Jane Doe, signed": a name set off by commas after a title's phrase, then the verb.
        if (!verbs.isEmpty() && Titles.mayContainTitle(text)) {
            Matcher apposed = TITLE_PHRASE_THEN_NAME.matcher(text);
            while (apposed.find()) {
                int after = apposed.end();
                if (verbs.contains(after) && !Phrases.quoted(text, apposed.start(1))) person(text, apposed.start(1), apposed.end(1), taken, verbs, found);
            }
        }
        coordinatedWithAPerson(text, named, taken, verbs, found);
        // A title after any person, known or new: "NAME, vice president for research at X".
        List<int[]> people = new ArrayList<>();
        taken.stream().filter(t -> t.entries().stream().anyMatch(e -> e.is(Pact.Person.getURI())))
                .forEach(t -> people.add(new int[] {t.begin(), t.end()}));
        found.stream().filter(m -> m instanceof Mention.Entity).forEach(m -> people.add(new int[] {m.begin(), m.end()}));
        for (int[] person : people) {
            if (person[1] >= text.length() || text.charAt(person[1]) != ',') continue;
            Matcher after = TITLE_AFTER.matcher(text.substring(person[1]));
            if (!after.find()) {
                organisationTitleAfter(text, person[1], taken, found);
                continue;
            }
            int end = titleAfter(text, person[1] + after.start(1), person[1] + after.end(1), taken, named, found);
            // "NAME, the Assistant Director at X and Director of Y": a second title of the same person.
            Matcher second = AND_TITLE.matcher(text.substring(end));
            if (second.find()) titleAfter(text, end + second.start(1), end + second.end(1), taken, named, found);
        }
        named.stream().filter(n -> n.type().equals("PERSON")).forEach(n -> people.add(new int[] {n.begin(), n.end()}));
        secretariesForPortfoliosBefore(text, people, taken, verbs, found);
        secretariesBefore(text, people, taken, found);
        return found;
    }

    /**
     * "Secretary of the Interior NAME": a secretary "of" a field right before a person's name is
     * the head of the department of that field, as English names a department's head ("Secretary of
     * Agriculture" of the "Department of Agriculture"). The title is written whole; the post is in
     * the department the sentence names so, else in a new one of that name. Not when a country's
     * name or adjective, or any other capitalised word, opens the title ("Freedonian Secretary of
     * Health"), nor when "for" gives a portfolio after it ("Secretary of the Tidewater for Harbours"), nor when
     * the field is an organisation the sentence names (that is a title of the organisation).
     */
    private void secretariesBefore(String text, List<int[]> people, List<Gazetteer.Match> taken, List<Mention> found) {
        if (!text.contains("Secretary of ")) return;
        Matcher m = SECRETARY_OF.matcher(text);
        while (m.find()) {
            int fieldAt = m.start(2);
            Optional<int[]> person = people.stream().filter(p -> p[0] > fieldAt && p[0] <= m.end(2) + 6
                    && FIELD_THEN_NAME.matcher(text.substring(fieldAt, p[0])).matches()).findFirst();
            if (person.isEmpty() || !opensFreely(text, m.start(1))) continue;
            int nameAt = person.get()[0];
            Matcher field = FIELD_THEN_NAME.matcher(text.substring(fieldAt, nameAt));
            if (!field.matches()) continue;
            String title = text.substring(m.start(1), fieldAt + field.end(1));
            if (overlaps(taken, m.start(1), nameAt) || found.stream().anyMatch(f -> f.begin() < nameAt && m.start(1) < f.end() && !(f instanceof Mention.Entity))) continue;
            department(title).ifPresent(d ->
                    found.add(new Mention.Title(m.start(1), nameAt, text.substring(m.start(1), nameAt), title, title, Optional.of(d))));
        }
    }

    /**
     * "Assistant Secretary of Harbours for Coastal Development NAME": a secretary of a field with
     * a portfolio after it, right before a person's name, holds a post of its own in the
     * department of that field, named by the whole title; a post the reference data knows by
     * the words in the middle ("Secretary of Harbours") is another one, and does not stand in the way.
     */
    private void secretariesForPortfoliosBefore(String text, List<int[]> people, List<Gazetteer.Match> taken, List<Integer> verbs,
                                                List<Mention> found) {
        if (!text.contains("Secretary of ")) return;
        Matcher m = SECRETARY_OF_FIELD_FOR.matcher(text);
        while (m.find()) {
            int fieldEnd = m.end(2);
            nameAfterPortfolio(text, fieldEnd).ifPresent(name -> {
                person(text, name[0], name[1], taken, verbs, found);
                if (found.stream().anyMatch(f -> f instanceof Mention.Entity && f.begin() == name[0])) people.add(name);
            });
            Optional<int[]> person = people.stream()
                    .filter(p -> p[0] > fieldEnd && PORTFOLIO_TO_NAME.matcher(text.substring(fieldEnd, p[0])).matches()).findFirst();
            if (person.isEmpty() || !opensFreely(text, m.start(1))) continue;
            int nameAt = person.get()[0];
            Matcher portfolio = PORTFOLIO_TO_NAME.matcher(text.substring(fieldEnd, nameAt));
            if (!portfolio.matches()) continue;
            int titleEnd = fieldEnd + portfolio.end(1);
            boolean other = taken.stream().anyMatch(t -> t.begin() < nameAt && m.start(1) < t.end()
                    && t.entries().stream().noneMatch(e -> e.is(Pact.Post.getURI())));
            if (other || found.stream().anyMatch(f -> f.begin() < nameAt && m.start(1) < f.end() && !(f instanceof Mention.Entity))) continue;
            String title = text.substring(m.start(1), titleEnd);
            knownDepartment(m.group(2)).or(() -> department("Secretary of " + m.group(2))).ifPresent(d ->
                    found.add(new Mention.Title(m.start(1), nameAt, text.substring(m.start(1), nameAt), title, title, Optional.of(d))));
        }
    }

    /**
     * The name after a portfolio of capitalised words, which the portfolio's last words may run
     * into ("for Trade Development Linda Doe today"): the name of two or three words that ends
     * before punctuation or a word in lower case, after the longest portfolio that leaves one.
     */
    private static Optional<int[]> nameAfterPortfolio(String text, int fieldEnd) {
        Matcher portfolio = PORTFOLIO_WORDS.matcher(text).region(fieldEnd, text.length());
        if (!portfolio.lookingAt()) return Optional.empty();
        List<Integer> wordEnds = new ArrayList<>();
        Matcher word = CAPITALISED_WORD.matcher(text.substring(0, portfolio.end()));
        word.region(fieldEnd, portfolio.end());
        while (word.find()) wordEnds.add(word.end());
        for (int i = wordEnds.size() - 2; i >= 0; i--) {
            Matcher name = NAME_THEN_BOUNDARY.matcher(text).region(wordEnds.get(i), text.length());
            if (name.lookingAt()) return Optional.of(new int[] {name.start(1), name.end(1)});
        }
        return Optional.empty();
    }

    /** "for" and capitalised words, perhaps joined by "and", after a secretary's field. */
    private static final Pattern PORTFOLIO_WORDS = Pattern.compile("\\s+for\\s+\\p{Lu}\\p{Ll}+(?:\\s+(?:and\\s+)?(?:\\p{Lu}\\p{Ll}+|\\p{Lu}\\.))*");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\b\\p{Lu}[\\p{Ll}.]*");
    /** A name of two or three words (a middle initial besides) before punctuation, a word in lower case or the end. */
    private static final Pattern NAME_THEN_BOUNDARY = Pattern.compile("\\s+(?:" + Titles.HONORIFIC + ")?(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}\\p{Ll}+){1,2})(?=\\s*[,.;]|\\s+\\p{Ll}|$)");

    /**
     * The department of a field that the reference data knows by the name "Department of" the
     * field: the posts under its secretary are in it.
     */
    private Optional<Gazetteer.Entry> knownDepartment(String field) {
        String name = "Department of " + field;
        return gazetteer.find(name).stream()
                .filter(g -> g.begin() == 0 && g.end() == name.length())
                .flatMap(g -> g.entries().stream()).filter(e -> e.known() && e.is(Pact.Organization.getURI())).findFirst();
    }

    /** A secretary of a field of one word with "for" after it. */
    private static final Pattern SECRETARY_OF_FIELD_FOR = Pattern.compile("\\b((?:(?:" + String.join("|", Titles.MODIFIERS) + "|Acting)\\s+)*Secretary\\s+of\\s+"
            + "(\\p{Lu}\\p{Ll}+))(?=\\s+for\\s)");
    /** "for" and a portfolio of capitalised words (joined by "and"), then the spaces and honorific before a name. */
    private static final Pattern PORTFOLIO_TO_NAME = Pattern.compile("(\\s+for\\s+\\p{Lu}\\p{Ll}+(?:\\s+(?:and\\s+)?\\p{Lu}\\p{Ll}+){0,4})\\s+(?:" + Titles.HONORIFIC + ")?");

    /**
     * The department a secretary "of" a field heads: "Department of FIELD", whatever longer name a
     * document gives it. The post is named by its title alone, so every document must put it in the
     * same department: two that named it differently ("the Federal Department of X", "the Department of
     * X") gave one post two organisations, which the shapes refuse, and with it the corpus's load.
     */
    private Optional<Gazetteer.Entry> department(String title) {
        Matcher field = SECRETARY_FIELD.matcher(title);
        if (!field.find()) return Optional.empty();
        String name = "Department of " + field.group(1);
        return Optional.of(gazetteer.newEntry(Iris.id(Iris.Kind.ORG, Iris.slug(name)), name, Pact.GovernmentBody.getURI()));
    }

    /** True when what comes before a title is no capitalised word (a country's name or adjective, initials) nor a possessive ("Freedonia's"): the sentence's start, punctuation, a word in lower case. */
    private static boolean opensFreely(String text, int begin) {
        String before = text.substring(0, begin).stripTrailing();
        if (before.isEmpty()) return true;
        if (POSSESSIVE_END.matcher(before).find()) return false;
        char last = before.charAt(before.length() - 1);
        if (!Character.isLetter(last) && last != '.') return true;
        if (last == '.') return before.length() >= 2 && !Character.isUpperCase(before.charAt(before.length() - 2));
        int wordAt = before.length() - 1;
        while (wordAt > 0 && Character.isLetter(before.charAt(wordAt - 1))) wordAt--;
        return Character.isLowerCase(before.charAt(wordAt));
    }

    /** A possessive ending what comes before a title: "Freedonia's". */
    private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019]s$");
    private static final Pattern SECRETARY_OF = Pattern.compile("\\b((?:(?:" + String.join("|", Titles.MODIFIERS) + "|Acting)\\s+)*Secretary\\s+of\\s+)"
            + "((?:the\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,4})(?!\\s+for\\b)");
    /** A department's field and the space (and honorific) before the name that follows it. */
    private static final Pattern FIELD_THEN_NAME = Pattern.compile("((?:the\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2})\\s+(?:" + Titles.HONORIFIC + ")?");
    private static final Pattern SECRETARY_FIELD = Pattern.compile("Secretary\\s+of\\s+((?:the\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2})$");

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
            if (!n.type().equals("PERSON") || Phrases.quoted(text, n.begin()) || !n.text().contains(" ") || wroteIt(text, n.begin())) continue;
            boolean joined = people.stream().anyMatch(p -> p[1] <= n.begin() && AND_THEN.matcher(text.substring(p[1], n.begin())).matches()
                    || p[0] >= n.end() && AND_THEN.matcher(text.substring(n.end(), p[0])).matches());
            if (joined) person(text, n.begin(), n.end(), taken, verbs, found);
        }
    }

    /**
     * A name written right after a title's portfolio: "Minister for Sustainability and the
     * Environment Jane Doe", "Special Envoy for Critical and Emerging Technology Jane Doe". A
     * portfolio joins its fields by "and" (or commas), each of one or two words, so a last field of
     * three words or more ends in a name: its last two words (three with an initial before them), when
     * the layer reads none of them as an organisation or a place, the document writes none of
     * them in lower case elsewhere ("Energy and Natural Resources Policy": "policy" is a common
     * word), and a verb, a comma, a bracket or the sentence's end follows.
     */
    private static List<int[]> namesEndingPortfolios(String text, List<AnnotatedSentences.Named> named, java.util.Set<String> lowercase) {
        if (!text.contains(" and ") || !Titles.mayContainTitle(text)) return List.of();
        List<int[]> names = new ArrayList<>();
        Matcher m = PORTFOLIO_THEN_NAME.matcher(text);
        while (m.find()) {
            if (Phrases.quoted(text, m.start())) continue;
            String[] last = m.group(1).strip().split("\\s+");
            int words = last.length >= 4 && MIDDLE_INITIAL.matcher(last[last.length - 3]).matches() ? 3 : 2;
            if (last.length < words + 1) continue;
            int begin = m.end(1) - String.join(" ", Arrays.copyOfRange(last, last.length - words, last.length)).length();
            int end = m.end(1);
            boolean placeOrBody = named.stream().anyMatch(n -> n.begin() < end && begin < n.end() && !n.type().equals("PERSON") && !n.type().equals("TITLE"));
            boolean nameLike = Arrays.stream(last, last.length - words, last.length)
                    .allMatch(w -> MIDDLE_INITIAL.matcher(w).matches() || w.matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?") && !cannotBeInAName(w)
                            && !lowercase.contains(w.toLowerCase(Locale.ROOT)));
            if (!placeOrBody && nameLike) names.add(new int[] {begin, end});
        }
        return names;
    }

    private static final String CAPITALISED = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}&-]*)";
    /** The most fields a portfolio joins before its last one: a bound, so that a long sentence of "A and B and ..." neither overflows the stack nor costs its square. */
    private static final int PORTFOLIO_FIELDS = 8;
    /** A title, "for" or "of", fields joined by "and", and a last field of three capitalised words or more before a verb, comma, bracket or the end. */
    private static final Pattern PORTFOLIO_THEN_NAME = Pattern.compile("\\b(?:" + String.join("|", Titles.CORE) + ")(?:-[\\p{L}-]+)?\\s+(?:for|of)\\s+(?:the\\s+)?"
            + "(?:" + CAPITALISED + "(?:\\s+" + CAPITALISED + ")?(?:,\\s+|\\s+(?:and|&)\\s+(?:the\\s+)?)){1," + PORTFOLIO_FIELDS + "}"
            + "(" + CAPITALISED + "(?:\\s+" + CAPITALISED + "){2,4})(?=\\s*[,;(]|\\.?\\s*$|\\.\\s+\\p{Lu}|\\s+\\p{Ll})");

    private static final Pattern TITLE_PHRASE_THEN_NAME = Pattern.compile("\\b(?:" + String.join("|", Titles.CORE) + ")\\s+(?:of|for)\\s+[^,;:\"\u201c\u201d]{3,100}?,\\s+"
            + "(?:" + Titles.HONORIFIC + ")?" + NAME + ",\\s+");

    /** What joins two people's names: "and", maybe with the second one's organisation and title in capitals before it. */
    private static final Pattern AND_THEN = Pattern.compile("\\s+and\\s+(?:" + Titles.HONORIFIC + ")?(?:\\p{Lu}[\\p{L}.&-]*\\s+)*");
    /**
     * What opens a byline before its writer's name: "By" with its capital, which prose writes in
     * lower case ("signed by Col. NAME") unless a sentence opens with it, and a byline is no sentence
     * but a line of the page's head ("Published • By Lt. Col. NAME • Public Affairs").
     */
    private static final Pattern BYLINE = Pattern.compile("(?<![\\p{L}])By\\s+(?:" + Titles.HONORIFIC + ")?$");

    /** Whether a byline names the person whose name starts at {@code at}: its writer wrote the news and takes no part in it. */
    private static boolean wroteIt(String text, int at) {
        return BYLINE.matcher(text.substring(0, at)).find();
    }

    /** An honorific right before a name: "Dr. ", "Mrs. ". */
    private static final Pattern HONORIFIC_BEFORE = Pattern.compile("\\b" + Titles.HONORIFIC + "$");
    /** A name, its apposition, then a verb of saying: "NAME, chief of the X Center, said". */
    private static final Pattern APPOSITIVE_THEN_SAYING = Pattern.compile(",[^,;:\"\u201c\u201d()]{3,120},\\s+" + SAYING + "\\b");

    /**
     * The surnames a document gives alone beside a verb of saying ("says Doe", "Doe said", "said Dr. Doe"):
     * a name the linguistic layer reads as a person's elsewhere in the document, ending in one of
     * them, is that speaker's full name ("Jane Doe received treatment ..., says Doe").
     */
    static java.util.Set<String> surnamesOfSpeakers(List<Sentence> sentences) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            if (!SAYING_WORD.matcher(s.text()).find()) continue;
            for (Pattern p : List.of(SURNAME_SAID_BEFORE, SURNAME_SAID_AFTER)) {
                Matcher m = p.matcher(s.text());
                while (m.find()) {
                    if (!cannotBeInAName(m.group(1)) && !Phrases.quoted(s.text(), m.start(1))) surnames.add(m.group(1));
                }
            }
        }
        return surnames;
    }

    /** The words a document writes in lower case somewhere: common words, whatever case they take at the start of a title. */
    static java.util.Set<String> lowercaseWords(List<Sentence> sentences) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            Matcher m = LOWERCASE_WORD.matcher(s.text());
            while (m.find()) words.add(m.group());
        }
        return words;
    }

    private static final Pattern LOWERCASE_WORD = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{Ll}+(?![\\p{L}\\p{N}])");

    private static final String SURNAME = "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)";
    /** "said Doe", also after the speaker's title or honorific ("said Under Secretary Doe", "said Dr. Doe"). */
    private static final Pattern SURNAME_SAID_BEFORE = Pattern.compile("\\b" + SAYING + "\\s+(?:(?:" + Titles.BEFORE_NAME + ")\\s+)?(?:" + Titles.HONORIFIC + ")?"
            + SURNAME + "(?![\\p{L}-]|\\s+\\p{Lu})");
    private static final Pattern SURNAME_SAID_AFTER = Pattern.compile("(?<![\\p{L}-])" + SURNAME + "\\s+" + SAYING + "\\b");

    private void person(String text, int from, int end, List<Gazetteer.Match> taken, List<Integer> verbs, List<Mention> found) {
        // The pattern may have taken the last word of a name before it ("... Technology Jane Doe said"): start after it.
        int begin = from;
        for (Gazetteer.Match t : taken) {
            if (t.begin() <= begin && t.end() > begin && t.end() < end) begin = t.end();
        }
        while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
        // Honorifics of other languages are no part of the name ("Shri Prithviraj Chavan", "H.E. Pierre Vimont").
        Matcher honorific = FOREIGN_HONORIFIC.matcher(text).region(begin, end);
        if (honorific.lookingAt()) begin = honorific.end();
        int b = begin;
        int e = withoutTrailingNonName(text, begin, beforeVerb(text, begin, end, verbs));
        if (b >= e || overlaps(taken, b, e) || found.stream().anyMatch(m -> m.begin() < e && b < m.end())) return;
        String name = text.substring(begin, e);
        // "Harlow Gov. NAME": words that end in an abbreviated title are a place and the title, the name comes after.
        if (ABBREVIATED_TITLE_AT_END.matcher(text.substring(begin, Math.min(text.length(), e + 2))).find()) return;
        List<String> words = Arrays.asList(name.split("\\s+"));
        // A middle initial is part of a name, even the one written like the article ("Dale A. Doe").
        if (words.size() < 2 || words.stream().anyMatch(w -> !MIDDLE_INITIAL.matcher(w).matches() && cannotBeInAName(w))) return;
        Gazetteer.Entry entry = gazetteer.newEntry(Iris.id(Iris.Kind.PERSON, Iris.slug(name)), name, Pact.Person.getURI());
        found.add(new Mention.Entity(begin, e, name, List.of(entry)));
    }

    private static final Pattern ABBREVIATED_TITLE_AT_END = Pattern.compile("(?<![\\p{L}])" + Titles.HONORIFIC + "$");

    /**
     * The end of a name before the first word the linguistic layer reads as a verb: a headline
     * in capitals ("Agency Administrator Doe Renews Agreement") writes its verb like a name.
     */
    private static int beforeVerb(String text, int begin, int end, List<Integer> verbs) {
        int e = verbs.stream().filter(v -> v > begin && v < end).min(Integer::compare).orElse(end);
        while (e > begin && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e;
    }

    /**
     * The end of a name without the words after it that cannot be in one ("NASA Administrator
     * Charles Bolden Thursday signed": the day is not part of the name); a name keeps two words.
     */
    private static int withoutTrailingNonName(String text, int begin, int end) {
        int e = end;
        while (true) {
            int space = text.lastIndexOf(' ', e - 1);
            if (space <= begin || text.substring(begin, space).strip().indexOf(' ') < 0) return e;
            if (!cannotBeInAName(text.substring(space + 1, e))) return e;
            e = space;
            while (e > begin && Character.isWhitespace(text.charAt(e - 1))) e--;
        }
    }

    private static boolean cannotBeInAName(String word) {
        String w = word.replaceAll("\\.$", "");
        if (NameRecognizer.NOT_A_NAME.contains(w) || Titles.CORE.contains(w) || Titles.MODIFIERS.contains(w)) return true;
        // A headline's "Secretary Discusses Partnership with X": the noun of a pact names no one.
        if (PACT_NOUN.matcher(w).matches()) return true;
        String upper = w.toUpperCase(Locale.ROOT);
        return Arrays.stream(Month.values()).anyMatch(m -> m.name().equals(upper))
                || Arrays.stream(DayOfWeek.values()).anyMatch(d -> d.name().equals(upper))
                || List.of("University", "Institute", "College", "Corporation", "Group").contains(w);
    }

    private static final Pattern PACT_NOUN = Pattern.compile("(?i:" + PactNouns.PARTNERSHIP + "|" + PactNouns.AGREEMENT + ")");

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

    /** What stands between an organisation and the title after it: nothing, or the bracket that closes its name in full ("X (Full Name) President"). */
    private static final Pattern ORG_TO_TITLE = Pattern.compile("\\)?\\s*");

    /**
     * "ORG President NAME", "ACRONYM (Full Name) President NAME" or "President NAME of ORG" (or
     * "from ORG"): the title and the organisation. "Secretary NAME at ORG" is where the person was,
     * not the organisation of the post.
     */
    private void titleBefore(String text, int begin, int end, int nameEnd, List<Gazetteer.Match> taken, List<AnnotatedSentences.Named> named,
                             List<Mention> found) {
        if (overlapsPost(taken, begin, end)) return;
        String title = Phrases.capitalized(text.substring(begin, end));
        Optional<Gazetteer.Match> org = taken.stream()
                .filter(t -> isOrganization(t) && t.end() <= begin && ORG_TO_TITLE.matcher(text.substring(t.end(), begin)).matches())
                .findFirst();
        // "Freedonia X Commissioner NAME": a country before the organisation tells which of its national
        // sections the post is in, which the organisation's name alone does not say.
        if (org.isPresent() && countryRightBefore(text, org.get().begin(), taken, named)) return;
        if (org.isEmpty()) {
            Matcher of = OF_ORG.matcher(text.substring(nameEnd));
            if (of.find()) {
                int at = nameEnd + of.end();
                org = taken.stream().filter(t -> isOrganization(t) && t.begin() == at).findFirst();
            }
        }
        Optional<Gazetteer.Entry> orgEntry = org.map(o -> organization(o)).or(() -> sharedOrganisation(text, begin, end, taken, found));
        String label = orgEntry.map(o -> title + " of " + inPost(gazetteer, o)).orElse(title);
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
     * "the X Office Director, John Doe, signed": an organisation, its title and, after a comma,
     * the name of the person who holds it, set apart as an apposition (a comma, "and" or the
     * sentence's end after it).
     * Without the organisation right before the title, a title and a comma are no post.
     */
    private void titleApartBefore(String text, Matcher apart, List<Gazetteer.Match> taken, List<Integer> verbs, List<Mention> found) {
        int begin = apart.start(1);
        Optional<Gazetteer.Match> org = taken.stream()
                .filter(t -> isOrganization(t) && t.end() <= begin && ORG_TO_TITLE.matcher(text.substring(t.end(), begin)).matches())
                .findFirst();
        if (org.isEmpty() || overlapsPost(taken, begin, apart.end(1))) return;
        person(text, apart.start(2), apart.end(2), taken, verbs, found);
        int nameAt = apart.start(2);
        if (found.stream().noneMatch(m -> m instanceof Mention.Entity && m.begin() == nameAt)
                && taken.stream().noneMatch(t -> t.begin() == nameAt && t.entries().stream().anyMatch(e -> e.is(Pact.Person.getURI())))) return;
        Gazetteer.Entry entry = organization(org.get());
        String title = Phrases.capitalized(text.substring(begin, apart.end(1)));
        found.add(new Mention.Title(begin, nameAt, text.substring(begin, nameAt), title, title + " of " + inPost(gazetteer, entry), Optional.of(entry)));
    }

    private static final Pattern TITLED_APART = Pattern.compile(
            "\\b(" + Titles.BEFORE_NAME + "),\\s+(?:" + Titles.HONORIFIC + ")?" + NAME + "(?=\\s*[,.;]|\\s+and\\b)");

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

    /**
     * "Director of the X Office (XO) NAME": a title with its organisation written before the
     * name, perhaps with the organisation's acronym. The person must be one the text names
     * right after it.
     */
    private void titleOfOrganisationBefore(String text, int begin, int titleEnd, int orgAt, List<Gazetteer.Match> taken, List<Mention> found) {
        Optional<Gazetteer.Match> org = taken.stream().filter(t -> isOrganization(t) && t.begin() == orgAt).findFirst();
        if (org.isEmpty() || overlapsPost(taken, begin, titleEnd)) return;
        Matcher acronym = ACRONYM_THEN_SPACE.matcher(text).region(org.get().end(), text.length());
        if (!acronym.lookingAt()) return;
        int end = acronym.start(1) < 0 ? org.get().end() : acronym.end(1);
        int nameAt = acronym.end();
        boolean person = found.stream().anyMatch(m -> m instanceof Mention.Entity && m.begin() == nameAt)
                || taken.stream().anyMatch(t -> t.begin() == nameAt && t.entries().stream().anyMatch(e -> e.is(Pact.Person.getURI())));
        if (!person || found.stream().anyMatch(m -> m instanceof Mention.Title && m.begin() < end && begin < m.end())) return;
        String title = Phrases.capitalized(text.substring(begin, titleEnd));
        Gazetteer.Entry entry = organization(org.get());
        String label = title + " of " + inPost(gazetteer, entry);
        found.add(new Mention.Title(begin, end, text.substring(begin, end), title, label, Optional.of(entry)));
    }

    private static final Pattern TITLE_OF = Pattern.compile("\\b(" + Titles.BEFORE_NAME + ")\\s+of\\s+(?:the\\s+)?");
    private static final Pattern ACRONYM_THEN_SPACE = Pattern.compile("(\\s*\\(\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9}\\))?\\s+");

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
                .filter(t -> isOrganization(t) && t.begin() > begin && t.begin() < patternEnd && t.end() > patternEnd
                        && OBJECT_OPENS.matcher(text.substring(begin, t.begin())).find())
                .mapToInt(Gazetteer.Match::end).max().orElse(patternEnd);
        if (overlapsPost(taken, begin, end) || found.stream().anyMatch(m -> m.begin() < end && begin < m.end())) return end;
        String phrase = text.substring(begin, end).strip();
        // An organisation whose name the text goes on with ("the Harlow Coastal Center", of which
        // only "Harlow" names an organisation known) is not the title's: the post is in another.
        Optional<Gazetteer.Match> org = taken.stream()
                .filter(t -> isOrganization(t) && t.begin() >= begin && t.end() <= end && !portfolio(text, begin, t))
                .findFirst()
                .filter(t -> !NAME_GOES_ON.matcher(text).region(t.end(), text.length()).lookingAt());
        String title = org.map(o -> text.substring(begin, o.begin()).replaceAll("(?i)\\s+(?:of|at|for|to|in)(?:\\s+the)?\\s*$", ""))
                .orElse(phrase).strip();
        // "Ambassador of France", "Prime Minister of India": a post in the country's government, named whole.
        // "NAME, Secretary of Agriculture": the head of the department of that field (see secretariesBefore).
        Optional<Gazetteer.Entry> entry = org.map(PeopleRecognizer::organization).or(() -> governmentNamedLast(text, begin, begin + phrase.length(), taken, named))
                .or(() -> SECRETARY_OF.matcher(phrase).matches() ? department(phrase) : Optional.empty());
        if (entry.isEmpty() && apposedOrganisation(text, begin, begin + phrase.length(), taken, found)) return end;
        String label = org.map(o -> withShortNameInFull(text, begin, phrase, o)).orElse(phrase);
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
                .filter(t -> isOrganization(t) && t.begin() == at && ORGANISATION_CLOSES.matcher(text).region(t.end(), text.length()).lookingAt())
                .findFirst();
        if (org.isEmpty()) return false;
        int end = apart.end(1) < 0 ? titleEnd : apart.end(1);
        String title = Phrases.capitalized(text.substring(begin, end));
        Gazetteer.Entry entry = organization(org.get());
        found.add(new Mention.Title(begin, end, text.substring(begin, end), title, title + " of " + inPost(gazetteer, entry), Optional.of(entry)));
        return true;
    }

    /** After a title, the rest of a hyphenated one ("Director-General"), then a comma before its organisation. */
    private static final Pattern APPOSED_ORGANISATION = Pattern.compile("(-\\p{Lu}\\p{Ll}+)?,\\s+(?:the\\s+)?");
    /** What may follow an organisation set off after a title: the apposition's end, or the next item of a list. */
    private static final Pattern ORGANISATION_CLOSES = Pattern.compile("\\s*(?:[,;.(]|$)|\\s+and\\s");

    /**
     * Whether the text writes a new organisation by a short name of one word ("NIJ" for the
     * National Institute of Justice). Bodies of the reference data keep the posts the reference
     * data and the documents name by their short names.
     */
    private static boolean writtenShort(String written, Gazetteer.Entry org) {
        return !org.known() && !written.contains(" ") && !org.label().endsWith(written);
    }

    /**
     * A title's phrase with its organisation written by a short name ("associate director at
     * NIJ", "the President of APN") given the organisation's name instead, as a post is named
     * by its organisation's name, whatever one document calls it.
     */
    private String withShortNameInFull(String text, int begin, String phrase, Gazetteer.Match org) {
        String written = text.substring(org.begin(), org.end());
        String name = inPost(gazetteer, organization(org));
        if (!writtenShort(written, organization(org)) || org.end() > begin + phrase.length()) return phrase;
        String before = phrase.substring(0, org.begin() - begin);
        if (before.endsWith("the ")) name = name.replaceFirst("^the ", "");
        return before + name + phrase.substring(org.end() - begin);
    }

    /**
     * Whether what a title's "for" opens is its portfolio, not its organisation ("Deputy Director
     * for Science and Technology"): a field that neither the reference data knows as a body nor
     * a body's common noun names.
     */
    private static boolean portfolio(String text, int titleBegin, Gazetteer.Match org) {
        return FOR_OPENS.matcher(text.substring(titleBegin, org.begin())).find() && !organization(org).known()
                && !COMMON_ENDINGS.matcher(organization(org).label()).find() && !BODY_OF_FIELD.matcher(organization(org).label()).find()
                && !COMMON_OPENING.matcher(organization(org).label()).find();
    }

    /** "for" (and "the") right before a title's object. */
    private static final Pattern FOR_OPENS = Pattern.compile("(?i)\\sfor\\s+(?:the\\s+)?$");

    /** A capitalised word right after a name: the name goes on. */
    private static final Pattern NAME_GOES_ON = Pattern.compile("\\s+\\p{Lu}\\p{Ll}");

    /** The words before a title's organisation: "of", "at", "for", "to" or "in", perhaps with "the". */
    private static final Pattern OBJECT_OPENS = Pattern.compile("(?i)\\s(?:of|at|for|to|in)\\s+(?:the\\s+)?$");

    /**
     * "NAME, X Deputy Director for Y": a title after the name that the organisation's name
     * opens. The post is named as written, its title is the words after the organisation's name.
     */
    private void organisationTitleAfter(String text, int comma, List<Gazetteer.Match> taken, List<Mention> found) {
        Matcher opening = ORG_OPENS.matcher(text).region(comma, text.length());
        if (!opening.lookingAt()) return;
        int at = opening.end();
        Optional<Gazetteer.Match> org = taken.stream().filter(t -> isOrganization(t) && t.begin() == at).findFirst();
        if (org.isEmpty()) return;
        Matcher title = TITLE_AFTER_ORG.matcher(text).region(org.get().end(), text.length());
        if (!title.lookingAt()) return;
        int begin = title.start(1);
        int end = title.end(1);
        if (overlapsPost(taken, begin, end) || found.stream().anyMatch(m -> m.begin() < end && at < m.end())) return;
        String phrase = text.substring(begin, end).strip();
        found.add(new Mention.Title(at, begin + phrase.length(), text.substring(at, begin + phrase.length()), Phrases.capitalized(phrase),
                text.substring(at, org.get().end()) + " " + Phrases.capitalized(phrase), Optional.of(organization(org.get()))));
    }

    private static final Pattern ORG_OPENS = Pattern.compile(",\\s+(?:the\\s+)?");
    /** A title right after an organisation's name, written with capitals as titles before a name are. */
    private static final Pattern TITLE_AFTER_ORG = Pattern.compile("\\s+(" + Titles.BEFORE_NAME + "(?:\\s+(?:for|of)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*)*)?)(?=\\s*[,.;]|\\s+and\\b)");

    /** The government of the country a title ends with ("... of France"), when the reference data or the title says it is one. */
    private Optional<Gazetteer.Entry> governmentNamedLast(String text, int begin, int end, List<Gazetteer.Match> taken,
                                                         List<AnnotatedSentences.Named> named) {
        Optional<String> known = taken.stream()
                .filter(t -> t.end() == end && t.begin() > begin && text.substring(begin, t.begin()).endsWith(" of "))
                .flatMap(t -> t.entries().stream().filter(e -> e.is(Pact.Country.getURI())))
                .findFirst()
                .map(country -> gazetteer.labelOf(country.iri()).orElse(country.label()));
        Optional<String> country = known.or(() -> named.stream()
                .filter(n -> n.type().equals("COUNTRY") && n.end() == end && n.begin() > begin && text.substring(begin, n.begin()).endsWith(" of "))
                .map(AnnotatedSentences.Named::text).findFirst());
        return country.flatMap(c -> Governments.of(gazetteer, c));
    }

    /**
     * An organisation's name as it follows "Director of" (see {@link #withArticle}): a body of the
     * reference data without the country's initials in front of its name, as English writes such
     * posts; a new one as the text wrote its name, initials and all ("the A.B. Geological Survey").
     */
    static String inPost(Gazetteer gazetteer, Gazetteer.Entry organisation) {
        return organisation.known() ? withArticle(gazetteer.labelOf(organisation.iri()).orElse(organisation.label())) : theBefore(organisation.label());
    }

    /**
     * An organisation's name with "the" for names that open with a body's common noun and "of"
     * ("the University of X", "the Bureau of X") and for names that end in one ("the Harlow
     * Science Foundation", "the X Air Force") or start with "National" ("the National Institute
     * of X"), not for proper names ("Harlow University"); a country's initials in front are dropped.
     */
    static String withArticle(String label) {
        return theBefore(COUNTRY_INITIALS.matcher(label).replaceFirst(""));
    }

    /** "the" before a name that takes it as a post names it, the name as it is. */
    private static String theBefore(String name) {
        if (name.startsWith("The ")) return name;
        return name.startsWith("National ") || COMMON_OPENING.matcher(name).find() || COMMON_ENDINGS.matcher(name).find() ? "the " + name : name;
    }

    private static final Pattern COUNTRY_INITIALS = Pattern.compile("^(?:U\\.S\\.|U\\.K\\.)\\s+");
    private static final String BODY_NOUNS = "Foundation|Center|Centre|Agency|Office|Administration|Council|Laboratory|Department|Commission|Institute"
            + "|Ministry|Organisation|Organization|Bureau|Service|Survey|Command|Committee|Secretariat|Endowment|Board|Directorate|Division|Force|Facility"
            + "|Academy|Museum|Library|Association|Society|Authority|Corps|Program|Programme|Network|Consortium|Alliance|Observatory|Embassy"
            + "|Mission|Station|Project|Initiative|Coalition|Federation|Union|Trust|Fund|Panel|Forum|Institution|Assembly|Parliament|Archives";
    private static final Pattern COMMON_ENDINGS = Pattern.compile("\\b(?:" + BODY_NOUNS + "|Policy)$");
    /** "University of X", "Bureau of X": a name that opens with the common noun of a body and "of". */
    private static final Pattern COMMON_OPENING = Pattern.compile("^(?:University|" + BODY_NOUNS + ")\\s+(?:of|for|on)\\b");
    /** "Harlow Office of Coastal Research": a body's common noun and its field, after the words that name whose body it is. */
    private static final Pattern BODY_OF_FIELD = Pattern.compile("\\b(?:" + BODY_NOUNS + ")\\s+(?:of|for|on)\\s");

    private static Gazetteer.Entry organization(Gazetteer.Match m) {
        return m.entries().stream().filter(e -> e.is(Pact.Organization.getURI())).findFirst().orElseThrow();
    }

    private static boolean isOrganization(Gazetteer.Match m) {
        return m.entries().stream().anyMatch(e -> e.is(Pact.Organization.getURI()));
    }

    private static boolean overlaps(List<Gazetteer.Match> taken, int begin, int end) {
        return taken.stream().anyMatch(t -> t.begin() < end && begin < t.end());
    }

    private static boolean overlapsPost(List<Gazetteer.Match> taken, int begin, int end) {
        return taken.stream().anyMatch(t -> t.begin() < end && begin < t.end()
                && t.entries().stream().anyMatch(e -> e.is(Pact.Post.getURI()) && !Titles.isBare(e.label()) || e.is(Pact.Person.getURI())));
    }
}
