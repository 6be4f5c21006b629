package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * Organisations that no reference data knows, recognised by the shape of their names ("X
 * University", "University of X", "X Institute of Technology", "X Corporation", "Ministry of
 * X") or by where they stand (the names after "from" in a sentence about money, the subject of
 * "is committing $N"). Each becomes a new entity whose IRI is minted from its name.
 */
final class NameRecognizer {
    static final String CAP = "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}&-]*";
    static final String WORDS = CAP + "(?:\\s+" + CAP + ")*";
    /**
     * The fields a unit of an agency is named for, a list with its "and" ("Division of Civil,
     * Mechanical and Manufacturing Innovation", "Directorate for Computer and Information Science
     * and Engineering"), where no item is another unit or an acronym.
     */
    private static final String FIELD = "(?!(?:Division|Directorate|Bureau|Secretariat|Office|Department|Ministry)\\b|\\p{Lu}{2,}\\b)" + WORDS;
    static final String FIELDS = WORDS + "(?:(?:,\\s+" + FIELD + ")*,?\\s+and\\s+" + FIELD + ")*";
    /**
     * The further fields a ministry's or department's name lists after its first ("Ministry of
     * Health, Labour and Welfare", "Ministry of Environment and Natural Resources"), each of one
     * to three words, none a body's noun, a title or initials, so that "the Department of Energy
     * and the X Laboratory" or "Ministry of Health and Minister NAME" stay two. Portfolios are
     * named so in most governments, and the list is the name: cut at its first field, the body
     * becomes another ("Ministry of Health" for the "Ministry of Health, Labour and Welfare").
     */
    private static final int MOST_PORTFOLIO_FIELDS = 5;
    private static final String PORTFOLIO_FIELD = "(?!(?:[\\p{L}-]+\\s+){0,2}(?:University|College|Laboratories|Corporation|Company|" + OrganisationsInTitles.BODY_NOUNS
            + "|Secretary|Minister|Director|Administrator|President|Ambassador|Governor|Chair|Commissioner|Dr|Mr|Mrs|Ms|Prof|Gen)\\b|\\p{Lu}{2,}\\b)"
            + "\\p{Lu}\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}-]*){0,2}(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})";
    /**
     * At most {@link #MOST_PORTFOLIO_FIELDS} fields after the first, as the longest portfolios have
     * (an invented "Ministry of Tides, Harbours, Fisheries, Weather, Charts and Lighthouses"): a
     * longer list is no ministry's name but a sentence's enumeration, and read whole it made a
     * name of any length.
     */
    private static final String PORTFOLIO_FIELDS = "(?:(?:,\\s+" + PORTFOLIO_FIELD + "){0," + (MOST_PORTFOLIO_FIELDS - 1) + "},?\\s+and\\s+" + PORTFOLIO_FIELD + ")?";

    /** What a recognised organisation is, by the shape of its name. */
    enum Kind {
        UNIVERSITY(Pact.University), INSTITUTION(Pact.Institution), COMPANY(Pact.Company), GOVERNMENT(Pact.GovernmentBody),
        ORGANIZATION(Pact.Organization);

        final org.apache.jena.rdf.model.Resource type;

        Kind(org.apache.jena.rdf.model.Resource type) {
            this.type = type;
        }
    }

    /** A shape of name, what it names, and words without which it cannot match (a cheap test first). */
    private record Shape(Pattern pattern, Kind kind, List<String> keywords) {
        boolean mayMatch(String text) {
            return keywords.stream().anyMatch(text::contains);
        }
    }

    private static final List<String> COMPANY_WORDS = List.of("Inc.", "Corp.", "Ltd.", "Corporation", "Limited", "LLC", "PLC",
            "GmbH", "AG", "AS", "ASA", "AB", "Oy", "Oyj", "SA", "NV", "BV", "SE", "Holdings", "Technologies", "Industries", "Systems", "Labs", "Robotics", "Electronics", "Semiconductor",
            "Networks", "Software", "Pharmaceuticals", "Therapeutics", "Biosciences");
    private static final List<String> BODY_WORDS = List.of("Foundation", "Trust", "Council", "Association", "Society", "Fund");
    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile(WORDS + "\\s+University of " + WORDS), Kind.UNIVERSITY, List.of("University of")),
            new Shape(Pattern.compile(WORDS + "\\s+(?:" + String.join("|", BODY_WORDS) + ")\\b"), Kind.ORGANIZATION, BODY_WORDS),
            new Shape(Pattern.compile("\\bUniversity of " + WORDS + "(?:\\s+at\\s+" + WORDS + ")?"), Kind.UNIVERSITY, List.of("University of")),
            new Shape(Pattern.compile(WORDS + "\\s+Institute of (?:Science|Technology)(?:\\s+and\\s+(?:Science|Technology))?\\b"),
                    Kind.UNIVERSITY, List.of("Institute of")),
            new Shape(Pattern.compile(WORDS + "\\s+(?:School|Faculty|College) of " + WORDS + "(?:\\s+and\\s+" + WORDS + ")?"),
                    Kind.INSTITUTION, List.of("School of", "Faculty of", "College of")),
            new Shape(Pattern.compile(WORDS + "\\s+(?:University|College|Polytechnic Institute|Institute of Technology|(?:Post)?[Gg]raduate School)\\b"),
                    Kind.UNIVERSITY, List.of("University", "College", "Polytechnic", "Institute of Technology", "raduate School")),
            new Shape(Pattern.compile("\\bInstitute (?:of|for) " + WORDS), Kind.INSTITUTION, List.of("Institute of", "Institute for")),
            new Shape(Pattern.compile(WORDS + "\\s+(?:Institute|Laboratory|Laboratories|Research Center|Research Centre)\\b"),
                    Kind.INSTITUTION, List.of("Institute", "Laborator", "Research Cent")),
            new Shape(Pattern.compile(WORDS + "\\s+(?:" + String.join("|", COMPANY_WORDS.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])"),
                    Kind.COMPANY, COMPANY_WORDS),
            new Shape(Pattern.compile("\\b(?:Ministry|Department|Office) of (?:the\\s+)?" + WORDS + PORTFOLIO_FIELDS), Kind.GOVERNMENT,
                    List.of("Ministry of", "Department of", "Office of")),
            new Shape(Pattern.compile(WORDS + "\\s+(?:Agency|Ministry|Office)\\b"), Kind.GOVERNMENT, List.of("Agency", "Ministry", "Office")),
            new Shape(Pattern.compile("\\b(?:Division|Directorate|Bureau|Secretariat) (?:of|for) " + FIELDS), Kind.GOVERNMENT,
                    List.of("Division of", "Directorate for", "Directorate of", "Bureau of", "Bureau for", "Secretariat of", "Secretariat for")),
            new Shape(Pattern.compile(WORDS + "\\s+Space(?:\\s+Flight)?\\s+Center\\b"), Kind.GOVERNMENT, List.of("Space Center", "Space Flight Center")),
            new Shape(Pattern.compile("(?:\\b(?:U\\.S\\.|U\\.K\\.)\\s+|" + CAP + "\\s+)" + WORDS + "\\s+(?:Survey|Service|Commission|Administration)\\b"),
                    Kind.GOVERNMENT, List.of("Survey", "Service", "Commission", "Administration")));

    /** Capitalised words that begin sentences or name roles, never the start of a name. */
    static final Set<String> NOT_A_NAME = Set.of(
            "The", "A", "An", "This", "That", "These", "Those", "Our", "Their", "Its", "His", "Her", "Today", "Both",
            "And", "But", "With", "In", "On", "At", "By", "From", "For", "Why", "How", "When", "Where", "What", "We",
            "As", "Under", "Through", "Last", "Next", "New", "Each", "Every", "All", "Students", "Researchers", "Faculty",
            "President", "Vice", "Executive", "Senior", "Provost", "Chancellor", "Dean", "Director", "Professor", "Chair",
            "Chief", "Secretary", "Minister", "Ambassador", "Governor", "Dr", "Prof", "Mr", "Ms", "Mrs", "Partner",
            "Partners", "Corporate", "Industry", "Supporters", "Signing", "Research", "Fact", "Sheet", "Posted", "Said");

    private static final Pattern FUNDER_LIST = Pattern.compile(
            "\\b(?:from|by|supporters include|sponsors include|funders include|partners include|partners are|companies)\\s+"
                    + "((?:(?!\\b(?:from|by)\\s)[^.;:])+?)(?=[.;:]|$|,\\s+(?:which|who|with|to|and will|in)\\b)");
    private static final Pattern FUNDER_SUBJECT = Pattern.compile(
            "(" + WORDS + "(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)" + WORDS + ")*)\\s+(?:(?:is|are|will|has|have|each|jointly|together|also|be)\\s+)*(?:committing|investing|adding|contributing|providing|pledging"
                    + "|giving|donating|committed|invested|added|contributed|provided|pledged|gave|donated|invest|commit|contribute|provide|give)\\b");

    private final Gazetteer gazetteer;

    NameRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** New organisations named in the text by the shape of their names or their place. */
    List<Gazetteer.Match> organizations(String text, boolean aboutMoney) {
        List<Gazetteer.Match> found = new ArrayList<>();
        for (Shape shape : SHAPES) {
            if (!shape.mayMatch(text)) continue;
            Matcher m = shape.pattern().matcher(text);
            while (m.find()) {
                // A name the shape carried on past a headline's verb ends before it, when it still has the shape there.
                Matcher verb = HEADLINE_VERB.matcher(text).region(m.start(), m.end());
                int end = verb.find() ? verb.start() : m.end();
                if (end == m.end() || shape.pattern().matcher(text.substring(m.start(), end)).matches()) add(found, text, m.start(), end, shape.kind(), 2);
            }
        }
        if (aboutMoney) {
            Matcher list = FUNDER_LIST.matcher(text);
            while (list.find()) {
                for (int[] item : Phrases.listItemSpans(text, list.start(1), list.end(1))) {
                    String name = text.substring(item[0], item[1]);
                    if (name.matches("(?:the\\s+)?" + WORDS)) add(found, text, item[0], item[1], kindOfFunder(name), 1);
                }
            }
            Matcher subject = FUNDER_SUBJECT.matcher(text);
            while (subject.find()) {
                for (int[] item : Phrases.listItemSpans(text, subject.start(1), subject.end(1))) {
                    add(found, text, item[0], item[1], Kind.COMPANY, 1);
                }
            }
        }
        return found;
    }

    /**
     * The organisations the linguistic layer named, each typed by the shape of its name where it
     * has one ("X Agency" is a government body) and as an organisation otherwise.
     */
    List<Gazetteer.Match> named(String text, List<AnnotatedSentences.Named> named, Set<String> agencies) {
        List<Gazetteer.Match> found = new ArrayList<>();
        for (AnnotatedSentences.Named n : joinedAtTheirFields(text, named)) {
            // Inside a quotation names are informal ("Georgia Tech" for a name given in full later).
            if (!n.type().equals("ORGANIZATION") || Phrases.quoted(text, n.begin())) continue;
            // "the Department of X's National Institute of Y": the name after the possessive.
            int owner = Math.max(n.text().lastIndexOf("'s "), n.text().lastIndexOf("s' "));
            int begin = owner < 0 ? n.begin() : n.begin() + owner + 3;
            // "the US X Bureau" where the layer reads the initials as a country of their own: the name is written with them.
            Matcher initials = COUNTRY_INITIALS_BEFORE.matcher(text.substring(0, begin));
            if (owner < 0 && !ACRONYM.matcher(n.text()).matches() && initials.find()) begin = initials.start();
            // "the A.B. Fish and Harbour Service", "the Freedonian Patent and Trademark Office": a body's name that the layer
            // cut at its "and", after its country's initials or adjective and one word of its field, is the whole name.
            Matcher field = FIELD_AND_BEFORE.matcher(text.substring(0, begin));
            if (owner < 0 && field.find() && BODY_NOUN_AT_END.matcher(n.text()).find()) begin = field.start(1);
            if (owner < 0) begin = afterADatelinesState(text, begin, n.end());
            // "the President's Council on X": a body named for a head's office is the government's, possessive and all.
            Matcher head = HEADS_OFFICE.matcher(text.substring(0, begin));
            if (owner < 0 && head.find()) {
                String name = text.substring(head.start(), n.end());
                found.add(new Gazetteer.Match(head.start(), n.end(),
                        List.of(gazetteer.newOrganisation(name, Kind.GOVERNMENT.type.getURI()))));
                continue;
            }
            // "the Government of X on Y Cooperation": an agreement's title run into the government before it.
            Matcher government = GOVERNMENT_BEFORE_A_TOPIC.matcher(text).region(begin, n.end());
            if (government.lookingAt()) {
                add(found, text, begin, government.end(), Kind.GOVERNMENT, 1);
                continue;
            }
            for (int[] whole : backToBack(text, begin, n.end())) {
                for (int[] part : listed(text, whole[0], whole[1])) {
                    String name = text.substring(part[0], part[1]);
                    add(found, text, part[0], part[1], agencies.contains(name) || ACRONYM.matcher(name).matches() ? Kind.GOVERNMENT : kindOf(name), 1);
                }
            }
        }
        return found;
    }

    /**
     * "the X Research, Development and Engineering Command": a name whose fields are a list the
     * layer cuts at the list's comma into two organisations. The second is the rest of the first
     * when it opens with the list's next field and its "and" ("Development and Engineering
     * Command") and the first, of two words or more, ends in a field, not in a body's noun or
     * initials ("NASA, Research and Development Office" are two). Each name is first carried
     * on to the title after it ({@link #toItsTitle}).
     */
    static List<AnnotatedSentences.Named> joinedAtTheirFields(String text, List<AnnotatedSentences.Named> named) {
        List<AnnotatedSentences.Named> joined = new ArrayList<>(named.size());
        int at = -1;
        for (AnnotatedSentences.Named n : named) {
            if (!n.type().equals("ORGANIZATION")) {
                joined.add(n);
                continue;
            }
            n = toItsTitle(text, n, named);
            AnnotatedSentences.Named last = at < 0 ? null : joined.get(at);
            if (last != null && n.begin() == last.end() + 2
                    && text.startsWith(", ", last.end()) && LIST_REST.matcher(n.text()).lookingAt() && last.text().contains(" ")
                    && kindOf(last.text()) == Kind.ORGANIZATION && !BODY_NOUN_OR_INITIALS_AT_END.matcher(last.text()).find()) {
                joined.set(at, new AnnotatedSentences.Named(last.begin(), n.end(), text.substring(last.begin(), n.end()), n.type()));
            } else {
                at = joined.size();
                joined.add(n);
            }
        }
        return joined;
    }

    /**
     * "the X Office of Science and Technology Policy Director, NAME": capitalised words the layer
     * leaves between an organisation's name of fields ("X of Y") and the title after it, none a
     * title's word ("EPA Acting Administrator"), end the name.
     */
    private static AnnotatedSentences.Named toItsTitle(String text, AnnotatedSentences.Named n, List<AnnotatedSentences.Named> named) {
        java.util.Optional<AnnotatedSentences.Named> title = named.stream().filter(t -> t.type().equals("TITLE") && t.begin() > n.end())
                .min(java.util.Comparator.comparingInt(AnnotatedSentences.Named::begin));
        if (title.isEmpty() || !n.text().contains(" of ")) return n;
        Matcher between = WORDS_BEFORE_TITLE.matcher(text).region(n.end(), title.get().begin());
        if (!between.matches()) return n;
        for (String w : between.group(1).split("\\s+")) {
            if (Titles.CORE.contains(w) || Titles.MODIFIERS.contains(w) || TEMPORARY.contains(w)) return n;
        }
        return new AnnotatedSentences.Named(n.begin(), between.end(1), text.substring(n.begin(), between.end(1)), n.type());
    }

    private static final Set<String> TEMPORARY = Set.of("Acting", "Interim", "Former", "Outgoing", "Incoming");
    private static final Pattern WORDS_BEFORE_TITLE = Pattern.compile("\\s(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)\\s");

    /** True for a name of listed fields as {@link #joinedAtTheirFields} joins it: "X Research, Development and Engineering Command". */
    static boolean namesListedFields(String name) {
        int comma = name.indexOf(", ");
        return comma > 0 && LIST_REST.matcher(name.substring(comma + 2)).lookingAt();
    }

    /** The rest of a list of fields and the name's head: "Development and Engineering Command", "Science, and Technology Center". */
    private static final Pattern LIST_REST = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:,\\s+\\p{Lu}[\\p{L}-]*)*,?\\s+and\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)+$");
    static final Pattern BODY_NOUN_OR_INITIALS_AT_END = Pattern.compile(
            "(?:^|\\s)(?:\\p{Lu}{2,}|Agency|Bureau|Center|Centre|Council|Foundation|Organi[sz]ation|Administration|Commission|Command"
                    + "|Department|Army|Navy|Force|Guard|Corps|Service|Survey|Authority|Board|Group)$");

    /**
     * A name in capitals alone that the layer reads as an organisation's: in a public
     * announcement a body written by its initials and nothing else is nearly always a public
     * agency (a university or company is written by its name); one defined in brackets after its
     * name takes that name's type instead.
     */
    static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    /**
     * "(Arlington, VA) - X Administration", "X Proving Ground, MD - the X Command": a state's initials
     * after a city and its comma, then a dash, end a dateline, so the name the layer read from the
     * initials on begins after the dash. Without the dash the initials may open a name ("NY X Tech
     * Hub" in a list) or be a degree after a person's name ("Jane Roe, MS"), and are left alone.
     */
    static int afterADatelinesState(String text, int begin, int end) {
        if (!CITY_AND_COMMA_BEFORE.matcher(text.substring(0, begin)).find()) return begin;
        Optional<StateAbbreviations.Written> state = StateAbbreviations.at(text, begin);
        // A name that ends inside the initials as written ("Calif" of "Calif.") has no dash after them.
        if (state.isEmpty() || state.get().end() >= end) return begin;
        Matcher rest = NAME_AFTER_A_STATE.matcher(text).region(state.get().end(), end);
        return rest.lookingAt() && rest.end() < end ? rest.end() : begin;
    }

    private static final Pattern CITY_AND_COMMA_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.]*,\\s+$");
    /** The end of a dateline after a state's initials: perhaps a closing bracket, a dash, then the capital of the name. */
    private static final Pattern NAME_AFTER_A_STATE = Pattern.compile("\\)?\\s*[-\u2013\u2014]+\\s*(?=\\p{Lu})");

    /**
     * A country's initials right before a name, as a word of their own: "the US ", ", US ", "a new
     * and modern US ", "of US " (not after a hyphen: "Japan-US " opens a name of two countries).
     * Before a name in capitals alone they qualify it and are no part of it ("US HTC Commissioner":
     * the country's commissioner of a binational commission), so callers leave acronyms out.
     */
    static final Pattern COUNTRY_INITIALS_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}.-])(U\\.S\\.|U\\.K\\.) $");

    /** A country's initials or adjective, one capitalised word and "and", right before a name, after "the" or opening the sentence. */
    private static final Pattern FIELD_AND_BEFORE = Pattern.compile(
            "(?:^|(?<=\\b[Tt]he ))((?:U\\.S\\.|U\\.K\\.|\\p{Lu}\\p{Ll}+(?:an|ese|ish|ch)) \\p{Lu}\\p{Ll}+ and )$");
    private static final Pattern BODY_NOUN_AT_END = Pattern.compile("\\s(?:" + OrganisationsInTitles.BODY_NOUNS + ")$");

    /**
     * "Government of X on Y", "Government of the X for Y": a country's government with the topic of
     * the agreement it is named in ("the Agreement between ... and the Government of X on Emergency
     * Management Cooperation"), which the layer may read as one name; the government's name ends
     * at the country.
     */
    private static final Pattern GOVERNMENT_BEFORE_A_TOPIC = Pattern.compile(
            "Government of (?:the\\s+)?\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}.'-]*)*?(?=\\s+(?:on|for|concerning|regarding)\\s+\\p{Lu})");

    /** A head of government's or department's possessive right before a name: "the President's ". */
    private static final Pattern HEADS_OFFICE = Pattern.compile("\\b(?:President|Prime Minister|Governor|Secretary)['\u2019]s\\s+$");

    /**
     * Two names the layer read as one where nothing joins them, as in the heading of a memorandum
     * whose lines were run together: "The X Administration Department of Tides": the name up to a
     * "Department of" or "Ministry of" is one when its shape already makes it an organisation's
     * (a head noun of its own). A clause word the layer took in at the end ("... Whereas") is no
     * part of a name, nor is a headline's verb and what follows it ("X Bureau Sign Research Agreement").
     */
    static List<int[]> backToBack(String text, int begin, int end) {
        Matcher tail = CLAUSE_WORD_AT_END.matcher(text.substring(begin, end));
        int e = tail.find() ? begin + tail.start() : end;
        // "A, B Sign Research Agreement", "A Signs Memorandum with B": a headline's verb the layer took in ends the name before it.
        Matcher verb = HEADLINE_VERB.matcher(text).region(begin, e);
        if (verb.find()) e = verb.start();
        // "About the X Services The X Services is ...": a heading run into the line under it; the
        // article in capitals opens the second line, so the name is the heading's.
        Matcher article = ARTICLE_INSIDE.matcher(text).region(begin, e);
        if (article.find()) e = article.start();
        Matcher second = SECOND_NAME.matcher(text).region(begin, e);
        while (second.find()) {
            String first = text.substring(begin, second.start());
            if (kindOf(first) != Kind.ORGANIZATION || isGovernmentBody(first)) {
                return List.of(new int[] {begin, second.start()}, new int[] {second.start() + 1, e});
            }
        }
        return List.of(new int[] {begin, e});
    }

    /**
     * "the University of X and University of Y", "the X Research Institute, Y Institute of Highways": a
     * list of names the layer read as one. It is split at its commas, then each item at its "and",
     * only where every item is a name of two words or more with a body's shape of its own (a
     * university, an institute, an agency...), so that a name with a list of fields ("Department of
     * Health and Human Services", "X Archives and Records Administration", "Ministry of Land,
     * Infrastructure and Transport") stays whole.
     */
    static List<int[]> listed(String text, int begin, int end) {
        List<int[]> names = new ArrayList<>();
        for (int[] item : splitWhereEachIsAName(text, begin, end, COMMA)) {
            List<int[]> joined = splitWhereEachIsAName(text, item[0], item[1], AND);
            names.addAll(joined.size() == 1 || andJoinsWholeNames(text, joined) ? joined : List.of(item));
        }
        return names;
    }

    private static List<int[]> splitWhereEachIsAName(String text, int begin, int end, Pattern separator) {
        List<int[]> items = new ArrayList<>();
        Matcher m = separator.matcher(text).region(begin, end);
        int from = begin;
        while (m.find()) {
            items.add(new int[] {from, m.start()});
            from = m.end();
        }
        items.add(new int[] {from, end});
        if (items.size() == 1) return items;
        for (int[] item : items) {
            String name = text.substring(item[0], item[1]);
            if (name.split("\\s+").length < 2 || kindOf(name) == Kind.ORGANIZATION) return List.of(new int[] {begin, end});
        }
        return items;
    }

    /**
     * An "and" joins two whole names, not two fields of one name ("Department of Health and Human
     * Services X Service"), when the name before it ends in a body's noun ("X University and Y
     * Institute") or the name after it opens as the one before it does ("University of X and
     * University of Y").
     */
    private static boolean andJoinsWholeNames(String text, List<int[]> items) {
        for (int i = 1; i < items.size(); i++) {
            String before = text.substring(items.get(i - 1)[0], items.get(i - 1)[1]);
            String after = text.substring(items.get(i)[0], items.get(i)[1]);
            boolean sameOpening = before.split("\\s+")[0].equals(after.split("\\s+")[0]);
            if (!sameOpening && !HEAD_NOUN_AT_END.matcher(before).find()) return false;
        }
        return true;
    }

    private static final Pattern HEAD_NOUN_AT_END = Pattern.compile("\\s(?:University|College|School|" + OrganisationsInTitles.BODY_NOUNS + ")$");
    private static final Pattern COMMA = Pattern.compile(",\\s+(?:and\\s+)?");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");

    private static final Pattern SECOND_NAME = Pattern.compile("\\s(?=(?:Department|Ministry) of\\s)");
    private static final Pattern ARTICLE_INSIDE = Pattern.compile("\\sThe\\s");
    private static final Pattern CLAUSE_WORD_AT_END = Pattern.compile("\\s+(?:Whereas|Therefore)$");
    /** Verbs that headlines in capitals write after their subjects and that no name uses as a word. */
    private static final Pattern HEADLINE_VERB = Pattern.compile("\\s(?:Sign|Signs|Renew|Renews|Announces|Launches)\\s");

    /**
     * Names the document gives an Administrator, a Secretary or a Commissioner ("NASA
     * Administrator Charles Bolden", "the X Deputy Administrator", "ABC Secretary Jane Doe"):
     * the heads of public agencies and departments hold those titles, so the name is a government
     * body's however little its shape tells.
     */
    static Set<String> agenciesByTheirHeads(List<Sentence> sentences) {
        Set<String> agencies = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            Matcher m = HEADED_BY_ADMINISTRATOR.matcher(s.text());
            while (m.find()) {
                String name = m.group(1).replaceFirst("(?:\\s+(?:Deputy|Associate|Acting|Assistant|Under))+$", "");
                if (!NOT_A_NAME.contains(name)) agencies.add(name);
            }
        }
        return agencies;
    }

    private static final Pattern HEADED_BY_ADMINISTRATOR = Pattern.compile(
            "(" + WORDS + ")\\s+(?:(?:Deputy|Associate|Acting|Assistant|Under)\\s+)?(?:Administrator|Secretary|Commissioner)\\b");

    /** What a name is by its shape alone, an organisation when no shape fits. */
    static Kind kindOf(String name) {
        for (Shape shape : SHAPES) {
            if (shape.mayMatch(name) && shape.pattern().matcher(name).find()) return shape.kind();
        }
        return Kind.ORGANIZATION;
    }

    private void add(List<Gazetteer.Match> found, String text, int begin, int end, Kind kind, int minWords) {
        int[] span = trim(text, begin, end);
        if (span == null) return;
        String name = text.substring(span[0], span[1]);
        if (name.split("\\s+").length < minWords) return;
        if (name.length() < 2 || !name.chars().anyMatch(Character::isLowerCase) && name.length() < 3) return;
        Kind typed = kind != Kind.UNIVERSITY && kind != Kind.COMPANY && isGovernmentBody(name) ? Kind.GOVERNMENT : kind;
        Gazetteer.Entry entry = gazetteer.newOrganisation(name, typed.type.getURI());
        found.add(new Gazetteer.Match(span[0], span[1], List.of(entry)));
    }

    /**
     * A national body by its name: a national qualifier ("National", "Federal", "Commonwealth", a
     * country's initials, "European", a nationality: "German", "Japanese") before the noun of a
     * public body ("Agency", "Board", "Center", "Council", "Foundation", "Institute", "Institutes", "Organisation",
     * "Office", "Commission", "Endowment", "Secretariat", "Survey", "Service"), or a name only governments give
     * ("Directorate for X", "Division of X", "Bureau of X", "Secretariat of X", "X
     * Administration", "X Commission", "X Space Center", "X Research Council", "X Corps"), an armed
     * service ("X Air Force", "Army", "Coast Guard") or a body named for one ("Army Research Laboratory",
     * "Freedonian Army X Command", "Royal Freedonian Army X Department", "Naval X Center"), a
     * military command or a directorate ("X Command", "X Directorate"), a unit of a public body or a
     * regulator named by its noun at the end ("X Division", "X Unit", "X Branch", "X Bureau", "X
     * Authority": companies and universities name their parts otherwise, and their own shapes are
     * read first; not a part whose name says it is a business's, a hospital's or a newspaper's,
     * {@link #PRIVATE_OWNERS}; not "X Department", as often a university's or a hospital's), an agency named for its
     * field ("Agency for X"), archives and embassies, or a public body named in a Romance
     * language, where the noun comes first ("Agencia X", "Ministère de X", "Centre National de X").
     */
    static boolean isGovernmentBody(String name) {
        return NATIONAL_BODY.matcher(name).matches() || GOVERNMENT_NAME.matcher(name).find();
    }

    private static final Pattern NATIONAL_BODY = Pattern.compile(
            "(?:National|Federal|Commonwealth|U\\.S\\.|US|UK|U\\.K\\.|European|\\p{Lu}\\p{Ll}+(?:an|ese|ish|ch))\\s+"
                    + "(?:(?!University\\b|College\\b)[\\p{L}\\p{N},&.-]+\\s+)*?"
                    + "(?:Agency|Bureau|Board|Center|Centre|Council|Foundation|Institutes?|Organisation|Organization|Office|Administration|Commission|Endowment"
                    + "|Secretariat|Survey|Service)"
                    + "(?:\\s+(?:of|for)\\s+(?:(?!University\\b|College\\b)[\\p{L}\\p{N},&.-]+(?:\\s+|$))+)?");
    /**
     * Words that make a division, unit, bureau or branch a part of a business, a hospital or a newspaper
     * ("Better Business Bureau", "X Hospital Burn Unit", "X Gazette Washington Bureau", "X Robotics Defense
     * Division"), not of a public body.
     */
    private static final String PRIVATE_OWNERS = "Business|Hospital|Medical|Clinic|Care|Gazette|News|Times|Journal|Press|Herald|Tribune"
            + "|Company|Corporation|Inc|Robotics|Technologies|Industries|Bank";
    private static final Pattern GOVERNMENT_NAME = Pattern.compile(
            "^(?:Directorate (?:for|of)|Division of|Bureau (?:of|for)|Secretariat (?:of|for)|Agency (?:for|of))\\s|\\s(?:Administration|Commission|Space Center|Research Council|Corps)$"
                    + "|\\s(?:Command|Directorate|Authority)$|^(?!.*\\b(?:" + PRIVATE_OWNERS + ")\\b).*\\s(?:Division|Unit|Bureau|Branch)$|\\bArchives\\b|\\bEmbassy\\b"
                    + "|\\bDirectorate[- ]General\\b|\\sof (?:Congress|Parliament)$"
                    + "|^(?:\\S+\\s+)*(?:Army|Navy|Air Force|Space Force|Marine Corps|Coast Guard)$"
                    + "|^(?:(?:U\\.S\\.|US|UK|U\\.K\\.|Royal(?:\\s+\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\p{Ll}+(?:an|ese|ish|ch))\\s+)?(?:Army|Navy|Naval|Air Force|Space Force|Marine Corps|Coast Guard)\\s"
                    + "|^(?:Agencia|Ag\u00eancia|Agence|Ministerio|Minist\u00e9rio|Minist\u00e8re|Secretar\u00eda|Secretaria)\\s"
                    + "|^(?:Consejo|Conselho|Centre|Centro|Instituto|Institut)\\s+(?:Nacional|National)\\b");

    /** A funder named in a list is a company unless its name says it is a foundation, council or the like. */
    private static Kind kindOfFunder(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        if (BODY_WORDS.contains(last)) return Kind.ORGANIZATION;
        if (name.contains("University") || name.contains("Institute")) return Kind.UNIVERSITY;
        return Kind.COMPANY;
    }

    /**
     * Drops leading words that are not part of a name ("The", "Today", a title) and cuts the
     * name at a title that follows it ("University of Utah President ..."); null when nothing
     * of a name is left, or when the cut leaves a small word at its end ("Office of the
     * Assistant Secretary" is named after a title, not cut by one).
     */
    static int[] trim(String text, int begin, int end) {
        String s = text.substring(begin, end);
        Matcher word = Pattern.compile("[\\p{L}\\p{N}&.-]+").matcher(s);
        int from = -1;
        int to = s.length();
        boolean started = false;
        while (word.find()) {
            String w = word.group().replaceAll("\\.$", "");
            if (!started) {
                if ((NOT_A_NAME.contains(w) && !PLACE_AFTER_NEW.matcher(s).region(word.start(), s.length()).lookingAt()) || w.equalsIgnoreCase("the")) continue;
                from = word.start();
                started = true;
            } else if ((Titles.CORE.contains(w) || Titles.MODIFIERS.contains(w) && !w.equals("Executive") && !modifiesAName(s, word.start()))
                    && !DIRECTORATE_GENERAL.matcher(s.substring(0, word.end())).find()) {
                to = word.start();
                break;
            }
        }
        if (from < 0) return null;
        String kept = s.substring(from, to).strip();
        if (kept.isEmpty() || !Character.isUpperCase(kept.charAt(0))) return null;
        // "Office of the Assistant Secretary for X" cut at its title is no name: "Office of the" is none.
        if (CUT_AFTER_SMALL_WORD.matcher(kept).find()) return null;
        return new int[] {begin + from, begin + from + kept.length()};
    }

    /**
     * "New Jersey Tide University", "New Zealand Harbour Institute": "New" opens a place's name, and so the name of a
     * body named for the place; elsewhere at a name's start it is the adjective of a headline
     * ("New Training Center Opens").
     */
    private static final Pattern PLACE_AFTER_NEW = Pattern.compile(
            "New (?:York|Jersey|Mexico|Hampshire|England|Zealand|Orleans|Haven|Delhi|Brunswick|South Wales|Caledonia|Guinea)\\b");

    /**
     * "the A.B. General Tides Administration": a title's modifier followed by a capitalised
     * word that is no title's word ("Services", not "Director" or "Deputy") and by more on to a
     * body's noun is a word of the name, not the start of a title that cuts it ("X University
     * General Counsel" is still cut).
     */
    private static boolean modifiesAName(String s, int at) {
        Matcher m = MODIFIER_OF_A_NAME.matcher(s).region(at, s.length());
        return m.lookingAt() && !m.group(1).equals("Under") && !Titles.CORE.contains(m.group(2)) && !Titles.MODIFIERS.contains(m.group(2));
    }

    /** A modifier ("Under" is also a preposition: "X Centers Under New Y Program"), the word after it, and the words on to a body's noun. */
    private static final Pattern MODIFIER_OF_A_NAME = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}[\\p{L}-]*)(?:\\s+\\p{Lu}[\\p{L}-]*)*?\\s+(?:" + OrganisationsInTitles.BODY_NOUNS + ")\\b");

    /** "Directorate General": a unit of a government, not a title. */
    private static final Pattern DIRECTORATE_GENERAL = Pattern.compile("\\bDirectorate[- ]General$");

    private static final Pattern CUT_AFTER_SMALL_WORD = Pattern.compile("\\s(?:of|the|for|and|on|in|at|to)$");

    /** A word that is only a common English word at the start of a sentence. */
    static boolean isCommonWord(String w) {
        return NOT_A_NAME.contains(w) || w.toLowerCase(Locale.ROOT).equals(w);
    }
}
