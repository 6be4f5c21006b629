package org.pactgraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Named programmes: a name in capitals ending in "Initiative", "Program" or "Programme" ("the
 * Alder Soil Mapping Initiative") that something of the document belongs to. The text tells
 * the belonging by the words before the name: "is part of the X", "under the X", "through the
 * X", "participated in the X", "with support from the X", "in support of X", "its connection
 * to the X", "to expand the X" (a possessive or a "congressionally mandated" may stand between:
 * "part of DARPA's X"). Such a programme is an initiative, {@code initiative/{slug of the name}},
 * labelled as written, and the partnerships the sentence names are part of it. A link word in
 * capitals inside a sentence is a headline's ("Agency to Fund Labs Under New X Program") and
 * links nothing; so does a link the text denies or contrasts ("is not part of the X", "rather
 * than through the X"), and one inside a quotation ties no partnership to the programme. A name
 * ends at a programme's noun before "and" ("the X Initiative and the Y Program" are two). A programme the text spells out before its acronym in brackets ("the X
 * Program (XP)") is one the document defines a short name for to go on about it, and is an
 * initiative too (on the calibration split, seven of the ten such names no link word reads are
 * the gold's).
 *
 * <p>A programme merely named ("Another example is the X Program", "reviewed in the X Program")
 * is as often a division's funding line or a programme of others as an initiative of the
 * document (on the calibration split, about half of such names are not the gold's
 * initiatives), so it is only a candidate for review.
 */
final class NamedInitiativeRule implements Rule {
    private static final String CAPITAL = "(?:\\p{Lu}[\\p{L}\\p{N}.'\u2019/&-]*|\\d+(?:st|nd|rd|th)?)";
    private static final String SMALL = "(?:of|and|for|the|on|in|to|at)";
    /** A programme's noun and "and": a first name ends there ("the X Initiative and the Y Program" are two). */
    private static final String JOINED = "(?:Initiative|Program|Programme)\\s+(?:and|And|&|or|Or)\\s";
    /**
     * The name: words in capitals (small words between them) ending in the programme's noun. The
     * repetitions are bounded, as the matcher recurses once for each ("A and B and C and ...").
     */
    private static final String NAME = "((?:(?!" + JOINED + ")" + CAPITAL + "\\s+(?:" + SMALL + "\\s+){0,3}){1,12}(?:Initiative|Program|Programme))\\b";
    /** An acronym's possessive written with a bare apostrophe: "ABS\u2019 X Program" (the ABS's programme). */
    private static final String ACRONYM_POSSESSIVE = "\\p{Lu}+S['\u2019]";
    /** What may stand between the link and the name: "the", a possessive, an adverb and its participle. */
    private static final String BEFORE_NAME = "(?:[Tt]he\\s+)?(?:(?:(?:" + CAPITAL + "\\s+){0,4}?" + CAPITAL + "['\u2019]s|" + ACRONYM_POSSESSIVE + ")\\s+)?"
            + "(?:\\p{Ll}+ly\\s+\\p{Ll}+\\s+)?";
    private static final Pattern BELONGING = Pattern.compile("(?:\\b(?:[Pp]art of|[Uu]nder|[Tt]hrough|[Pp]articipat(?:ion|ed|ing|e) in|"
            + "[Ss]upport (?:from|of)|[Cc]onnection to|[Ff]unded by|[Ff]unding from|[Ee]xpand(?:s|ed|ing)?(?: the reach of)?)\\s+)"
            + BEFORE_NAME + NAME);
    /** A negation right before the link word: "not", "never", "no longer", "n't", perhaps with "been" or "yet" after it. */
    private static final Pattern DENIED = Pattern.compile("(?i)(?:\\b(?:not|never|no longer|nor)|n['\u2019]t)\\s+(?:(?:been|be|yet|formally|officially|directly)\\s+)?$");
    /** A contrast right before the link word, perhaps with a word or two between: "rather than", "instead of", "unlike projects", "outside". */
    private static final Pattern CONTRASTED = Pattern.compile("\\b(?:rather than|instead of|[Uu]nlike|outside(?: of)?)\\s+(?:\\p{Ll}+\\s+){0,2}$");
    /** A name that ends in the programme's noun. */
    private static final Pattern PROGRAMME = Pattern.compile("\\s(?:Initiative|Program|Programme)$");
    private static final Pattern NAMED = Pattern.compile("\\b(?:the\\s+)?" + NAME);
    /** The owner before a possessive: "Alder Agency's" of "Alder Agency's Soil Program". */
    private static final Pattern POSSESSOR = Pattern.compile("^(?:.*['\u2019]s|.*?\\b" + ACRONYM_POSSESSIVE + ")\\s+");
    /** Words in capitals that open a sentence or a headline rather than a name. */
    private static final Pattern OPENING = Pattern.compile("^(?:The|A|An|Our|Its|This|Their|With|Under|Through|New)\\s+");

    @Override
    public String name() {
        return "named-initiative";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            Matcher m = BELONGING.matcher(s.text());
            while (m.find()) {
                // A link word in capitals inside a sentence is a headline's ("X to Support Y Under New Z Program").
                if (m.start() > 0 && Character.isUpperCase(m.group().charAt(0))) continue;
                if (words(m.group(1)) < 2) continue;
                // "is not part of the X", "was never funded by the X": the text denies the belonging; "funded outside the X
                // rather than through the Y Program", "unlike projects under the Y Program": it contrasts it.
                String before = s.text().substring(0, m.start());
                if (DENIED.matcher(before).find() || CONTRASTED.matcher(before).find()) continue;
                String iri = declare(state, m.group(1), s);
                // "'Our work under the X Initiative matters,' said Y, as A and B signed": the speaker's programme, but the speaker's
                // words tie no partnership the sentence tells to it.
                if (Phrases.quoted(s.text(), m.start())) continue;
                for (String partnership : state.partnershipsIn(s)) state.link(partnership, Pact.partOfInitiative, iri, s, name());
            }
            for (SpelledOutAcronyms.Definition d : SpelledOutAcronyms.in(s.text())) {
                if (PROGRAMME.matcher(d.name(s.text())).find()) declare(state, d.name(s.text()), s);
            }
        }
        state.fromContext(Confidence.FROM_CONTEXT, () -> {
            for (Sentence s : state.sentences) {
                Matcher m = NAMED.matcher(s.text());
                while (m.find()) nameOf(m.group(1)).ifPresent(label -> declare(state, label, s));
            }
        });
    }

    /**
     * Declares the initiative of this name, once: the asserted readings run before the candidates,
     * so a programme a sentence links is not declared again as a candidate. Its IRI.
     */
    private String declare(DocumentState state, String label, Sentence s) {
        String iri = Iris.id(Iris.Kind.INITIATIVE, Iris.slug(label));
        state.declare(iri, Pact.Initiative, label, s, name());
        return iri;
    }

    /** The name without the capitalised word that opens its sentence; none when one word is left. */
    private static Optional<String> nameOf(String words) {
        String name = OPENING.matcher(POSSESSOR.matcher(words).replaceFirst("")).replaceFirst("");
        return words(name) < 2 ? Optional.empty() : Optional.of(name);
    }

    private static int words(String name) {
        return name.split("\\s+").length;
    }
}
