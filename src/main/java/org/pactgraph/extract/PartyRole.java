package org.pactgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence makes an organisation it names a party to something: the subject or object
 * of a verb of partnering, signing, funding or hosting ("X and Y have signed", "X has cooperated
 * with Y", "X hosted the meeting", "Y has awarded grants"), or what a pact noun is between or with
 * ("a memorandum between X and Y", "a partnership with Y"), directly or as one item of a list
 * joined to such a word. The dependency parse tells; without one nothing is a party.
 */
final class PartyRole {
    private PartyRole() {}

    /** Verbs whose subject or object takes part in a partnership, an agreement, a grant or a meeting. */
    private static final Set<String> PARTY_VERBS = Set.of("sign", "partner", "collaborate", "cooperate", "host", "co-host", "cohost", "fund",
            "award", "renew", "enter", "agree", "launch", "sponsor", "co-sponsor", "cosponsor", "involve");

    /** Nouns of a pact: what is between or with its parties ("cooperation between", "agreement with"). */
    private static final Pattern PACT_NOUN = Pattern.compile("(?i)" + PactNouns.PARTNERSHIP + "|" + PactNouns.AGREEMENT + "|cooperation|partners?");

    /**
     * The relations by which a party depends on the verb or the noun: subject, object, or a
     * phrase of partners, agents or recipients ("with", "between", "by", "to"); not a place or
     * a time ("in", "at", "on").
     */
    private static final Pattern ARGUMENT = Pattern.compile("nsubj(?::pass)?|obj|iobj|(?:obl|nmod):(?:with|between|among|agent|by|to)");

    /** Two words or more on one line, or capitals alone: "State" or "Commission" alone is a common noun. */
    private static final Pattern PARTY_NAME = Pattern.compile("[^\\n]*\\S[^\\S\\n]+\\S[^\\n]*|\\p{Lu}[\\p{Lu}\\p{N}&-]+");

    /** How far up a list's joins and a name's own words the head is sought. */
    private static final int STEPS = 6;

    /**
     * True when a name is one a party has: more than one word or an acronym, within one line (a
     * heading run into the first line is no name), and not a pact's own noun ("MOU").
     */
    static boolean partysName(String name) {
        return PARTY_NAME.matcher(name).matches() && !PACT_NOUN.matcher(name).matches() && !NO_BODY_HEAD.matcher(name).find();
    }

    /**
     * The last word of a name that is no body's: a pact or a statement ("the Harlow Data
     * Agreement", "a Joint Statement of Intent"), a gathering or a study ("the Tide Sensors
     * Workshop", "the Coastal Resource Assessment"), or the grounds of a military post ("Harlow Air
     * Force Base", "Harlow Proving Ground"), which a sentence may place among the parties' words
     * though nothing of it signs, funds or hosts.
     */
    private static final Pattern NO_BODY_HEAD = Pattern.compile("(?i)\\b(?:" + PactNouns.AGREEMENT
            + "|statement(?:\\s+of\\s+intent)?|workshops?|conferences?|summits?|assessments?|base|proving\\s+ground)$");

    /** True when the sentence makes what is named from {@code begin} to {@code end} a party. */
    static boolean of(AnnotatedSentences parse, Sentence s, int begin, int end) {
        Optional<AnnotatedSentences.Word> head = headWord(parse, s, begin, end);
        if (head.isEmpty()) return false;
        return party(parse, s, head.get(), STEPS);
    }

    private static boolean party(AnnotatedSentences parse, Sentence s, AnnotatedSentences.Word w, int steps) {
        if (steps == 0) return false;
        for (org.pactgraph.annotate.Annotation.Dependency edge : parse.headsOf(w.index())) {
            Optional<AnnotatedSentences.Word> governor = wordAt(parse, s, edge.head());
            if (governor.isEmpty()) continue;
            String relation = edge.relation();
            // An item of a list ("X, Y and Z") stands where the list's first item stands; an
            // apposition does not, being mostly the same body by another name.
            if (relation.startsWith("conj") && party(parse, s, governor.get(), steps - 1)) return true;
            if (ARGUMENT.matcher(relation).matches() && governsParties(governor.get())) return true;
        }
        return false;
    }

    private static boolean governsParties(AnnotatedSentences.Word governor) {
        String lemma = governor.lemma() == null ? governor.word() : governor.lemma();
        String l = lemma.toLowerCase(Locale.ROOT);
        String pos = governor.pos() == null ? "" : governor.pos();
        if (pos.startsWith("VB")) return PARTY_VERBS.contains(l);
        return pos.startsWith("NN") && PACT_NOUN.matcher(l).matches();
    }

    /** The word of the name that the rest of the sentence governs: the one whose head lies outside the name. */
    static Optional<AnnotatedSentences.Word> headWord(AnnotatedSentences parse, Sentence s, int begin, int end) {
        List<AnnotatedSentences.Word> inside = parse.words(s).stream().filter(w -> w.begin() >= begin && w.end() <= end).toList();
        for (AnnotatedSentences.Word w : inside) {
            boolean outside = parse.headsOf(w.index()).stream()
                    .allMatch(d -> inside.stream().noneMatch(x -> x.index() == d.head()));
            if (outside) return Optional.of(w);
        }
        return Optional.empty();
    }

    static Optional<AnnotatedSentences.Word> wordAt(AnnotatedSentences parse, Sentence s, int index) {
        return parse.words(s).stream().filter(w -> w.index() == index).findFirst();
    }
}
