package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * The people a sentence says signed an agreement, as the dependency parse gives them: the
 * subjects of "sign" or "renew" whose object is an agreement ("A and B signed the memorandum", "A and B
 * today signed an agreement", "A and B renewed an agreement between X and Y"), its agents when the agreement is the subject ("the memorandum was
 * signed by A and B"), and the subject and companion of a verb that "sign" completes
 * ("A joined B to sign an agreement", "A met B to sign"). A person counts only as a name the
 * extractor recognised as a person; a title alone ("the two secretaries") names nobody.
 */
final class Signatories {
    private Signatories() {}

    /**
     * What is signed: agreements and the documents that make them, a joint statement among them,
     * and the short words and initials announcements use for them ("signed the memo", "signed two
     * MOUs", "signed a CRADA", "signed the MOC", "signed an LOI").
     */
    private static final Pattern SIGNED = Pattern.compile("(?i)" + PactNouns.SIGNED + "|statements?|memos?|mous|moas|cradas?|mocs?|lois?");

    /** Verbs by which people put their names to an agreement: renewing one is signing it again ("A and B renewed the memorandum"). */
    private static final Set<String> SIGNING = Set.of("sign", "renew");

    /** One signing verb of a sentence: the people its subjects name and whether its object is definite ("the agreement"). */
    record Signing(List<Gazetteer.Entry> people, boolean definite) {}

    /** Whether the parse has the sentence sign an agreement ("A and B signed a memorandum", "the memorandum was signed"), outside quotations. */
    static boolean signsAnAgreement(DocumentState state, Sentence s) {
        return state.linguistics.words(s).stream().anyMatch(verb -> !agreementsSigned(state, s, verb).isEmpty());
    }

    /**
     * What a word of the sentence signs, when it is the verb "sign" outside quotations: its
     * object ("A signed the agreement") or, passive, its subject ("the agreement was signed by
     * A"), when that is an agreement.
     */
    private static List<AnnotatedSentences.Word> agreementsSigned(DocumentState state, Sentence s, AnnotatedSentences.Word verb) {
        AnnotatedSentences layer = state.linguistics;
        if (!SIGNING.contains(verb.lemma()) || !verb.pos().startsWith("VB") || Phrases.quoted(s.text(), verb.begin())) return List.of();
        return layer.dependents(s, verb, passive(layer, s, verb) ? "nsubj:pass" : "obj").stream()
                .filter(o -> SIGNED.matcher(o.word()).matches()).toList();
    }

    private static boolean passive(AnnotatedSentences layer, Sentence s, AnnotatedSentences.Word verb) {
        return !layer.dependents(s, verb, "nsubj:pass").isEmpty();
    }

    /** The signings of the sentence (active "sign" with an agreement as its object), outside quotations. */
    static List<Signing> in(DocumentState state, Sentence s) {
        List<Signing> found = new ArrayList<>();
        AnnotatedSentences layer = state.linguistics;
        for (AnnotatedSentences.Word verb : layer.words(s)) {
            List<AnnotatedSentences.Word> objects = agreementsSigned(state, s, verb);
            if (objects.isEmpty()) continue;
            // Active ("A signed the agreement") or passive ("the agreement was signed by A").
            List<AnnotatedSentences.Word> subjects = new ArrayList<>(layer.dependents(s, verb, passive(layer, s, verb) ? "obl:agent" : "nsubj"));
            // "A joined B to sign": the signers are the subject and the object of the verb "sign" completes.
            layer.head(s, verb).filter(h -> layer.dependents(s, h, "xcomp").contains(verb)).ifPresent(h -> {
                subjects.addAll(layer.dependents(s, h, "nsubj"));
                subjects.addAll(layer.dependents(s, h, "obj"));
            });
            Set<Gazetteer.Entry> people = new LinkedHashSet<>();
            for (AnnotatedSentences.Word subject : subjects) {
                for (AnnotatedSentences.Word w : nounPhrase(layer, s, subject)) people.addAll(person(state, s, w));
            }
            boolean definite = objects.stream().anyMatch(o -> layer.dependents(s, o, "det").stream()
                    .anyMatch(d -> d.word().equalsIgnoreCase("the") || d.word().equalsIgnoreCase("this")));
            if (!people.isEmpty()) found.add(new Signing(List.copyOf(people), definite));
        }
        return found;
    }

    /** How a noun phrase's words hang on its head: names, titles, "and", "of". Clauses are no part of it. */
    private static final List<String> WITHIN_PHRASE = List.of("appos", "compound", "conj", "nmod", "flat", "dep", "list");

    /**
     * The words of the noun phrase a subject heads, however the parse hangs the names and titles
     * of a list of signatories on it ("Librarian of X Jane Doe and Y Director John Roe").
     */
    private static List<AnnotatedSentences.Word> nounPhrase(AnnotatedSentences layer, Sentence s, AnnotatedSentences.Word head) {
        List<AnnotatedSentences.Word> phrase = new ArrayList<>(List.of(head));
        for (int i = 0; i < phrase.size() && phrase.size() < 60; i++) {
            for (String relation : WITHIN_PHRASE) {
                for (AnnotatedSentences.Word w : layer.dependents(s, phrase.get(i), relation)) if (!phrase.contains(w)) phrase.add(w);
            }
        }
        phrase.sort(java.util.Comparator.comparingInt(AnnotatedSentences.Word::begin));
        return phrase;
    }

    /** The person a word of the sentence is part of the name of, if the extractor recognised one there. */
    private static List<Gazetteer.Entry> person(DocumentState state, Sentence s, AnnotatedSentences.Word w) {
        for (Mention m : state.mentionsOf(s)) {
            if (m.begin() <= w.begin() && w.end() <= m.end()) {
                return Phrases.entityOf(m, Pact.Person.getURI()).map(List::of).orElse(List.of());
            }
        }
        return List.of();
    }
}
