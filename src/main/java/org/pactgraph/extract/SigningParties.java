package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pactgraph.model.Pact;

/**
 * The parties of an agreement as the dependency parse gives its signing: the subjects of "sign"
 * whose object is an agreement (or of "enter into" one, or of the verb "to sign" completes:
 * "A joined B to sign an agreement"), and what it is signed "with". A subject may be an organisation
 * or a person whose post the text gives beside the name, who signs for the post's organisation
 * ("NASA Administrator Charles Bolden and K. Radhakrishnan, chairman of the Indian Space
 * Research Organisation, signed two documents"; "Bolden signed two agreements with Agencia
 * Espacial Brasileira"). Countries are left to {@link Governments}: a country that signs may stand
 * for a body of its own.
 */
final class SigningParties {
    private SigningParties() {}

    /**
     * One signing: the organisations that are its parties (a person's stands at the person's
     * place in the sentence) and the people who signed.
     */
    record Signing(List<Mention> parties, List<Gazetteer.Entry> signers) {}

    private static final Set<String> SIGNING = Set.of("sign", "conclude", "renew");
    /** What is signed: agreements and the documents that make them. */
    private static final Pattern SIGNED = Pattern.compile("(?i)" + PactNouns.SIGNED);

    /** The signings of the sentence with two or more parties, outside quotations. */
    static List<Signing> in(DocumentState state, Sentence s) {
        List<Signing> found = new ArrayList<>();
        List<Mention> mentions = state.mentionsOf(s).stream().filter(m -> !Datelines.placeOf(s.text(), m)).toList();
        for (AnnotatedSentences.Word verb : state.linguistics.words(s)) {
            if (Phrases.quoted(s.text(), verb.begin())) continue;
            List<AnnotatedSentences.Word> objects = signed(state, s, verb);
            if (objects.isEmpty()) continue;
            List<Mention> parties = new ArrayList<>();
            List<Gazetteer.Entry> signers = new ArrayList<>();
            // People who join others to sign ("A today joined Minister B to sign") or by whom an
            // agreement was signed may sign for their governments rather than their departments:
            // there only organisations named as such are parties.
            boolean organisationsOnly = completed(state, s, verb).isPresent() || passive(state, s, verb);
            for (AnnotatedSentences.Word subject : subjects(state, s, verb)) {
                // A dateline the parse takes for the subject carries the signers as its appositions;
                // a party's own apposition is another name of it ("the Foundation, Stiftung X (SX)").
                List<AnnotatedSentences.Word> named = new ArrayList<>(List.of(subject));
                boolean named0 = mentions.stream().anyMatch(m -> m.begin() <= subject.begin() && subject.end() <= m.end());
                if (!named0) named.addAll(state.linguistics.dependents(s, subject, "appos"));
                // "A and Chairman of X B signed", parsed as one name: the other person is a compound of the subject.
                named.addAll(state.linguistics.dependents(s, subject, "compound"));
                named.addAll(represented(state, s, mentions, named));
                for (AnnotatedSentences.Word w : named.stream().flatMap(n -> state.linguistics.withConjuncts(s, n).stream()).distinct().toList()) {
                    party(state, s, mentions, w).filter(p -> !organisationsOnly || p.signer() == null).ifPresent(p -> add(parties, signers, p));
                }
            }
            Stream.concat(state.linguistics.dependents(s, verb, "obl:with").stream(), objects.stream().flatMap(o -> with(state, s, o).stream()))
                    .flatMap(w -> state.linguistics.withConjuncts(s, w).stream())
                    .forEach(w -> party(state, s, mentions, w).ifPresent(p -> add(parties, signers, p)));
            long distinct = parties.stream().map(m -> ((Mention.Entity) m).entries().get(0).iri()).distinct().count();
            // Parties in the order the sentence names them, which the partnership's label keeps.
            parties.sort(java.util.Comparator.comparingInt(Mention::begin));
            if (distinct >= 2) found.add(new Signing(parties, signers));
        }
        return found;
    }

    /** People who act for bodies: "representatives of A and B signed", "officials from A and B". */
    private static final Pattern REPRESENTATIVES = Pattern.compile("(?i)representatives|officials|leaders|delegations|delegates");

    /**
     * The bodies the unnamed signers act for ("representatives of A and B today signed a
     * memorandum"): what such a word is "of" or "from".
     */
    private static List<AnnotatedSentences.Word> represented(DocumentState state, Sentence s, List<Mention> mentions, List<AnnotatedSentences.Word> named) {
        List<AnnotatedSentences.Word> bodies = new ArrayList<>();
        for (AnnotatedSentences.Word w : named) {
            if (!REPRESENTATIVES.matcher(w.word()).matches() || mentions.stream().anyMatch(m -> m.begin() <= w.begin() && w.end() <= m.end())) continue;
            bodies.addAll(state.linguistics.dependents(s, w, "nmod:of"));
            bodies.addAll(state.linguistics.dependents(s, w, "nmod:from"));
        }
        return bodies;
    }

    /**
     * What a verb signs: the agreement that is the object of "sign", "conclude" or "renew" (or,
     * passive, its subject), or that a party "enters into" ("A entered into a memorandum of
     * understanding with B").
     */
    private static List<AnnotatedSentences.Word> signed(DocumentState state, Sentence s, AnnotatedSentences.Word verb) {
        List<AnnotatedSentences.Word> objects = SIGNING.contains(verb.lemma()) ? state.linguistics.dependents(s, verb, passive(state, s, verb) ? "nsubj:pass" : "obj")
                : verb.lemma().equals("enter") ? state.linguistics.dependents(s, verb, "obl:into") : List.of();
        return objects.stream().filter(o -> SIGNED.matcher(o.word()).matches()).toList();
    }

    /**
     * Who signs: the verb's subjects (a passive one's agents, "signed by A and B"), or, when the signing completes another verb ("A joined B
     * to sign an agreement", "A met B to sign"), that verb's subject and object.
     */
    private static List<AnnotatedSentences.Word> subjects(DocumentState state, Sentence s, AnnotatedSentences.Word verb) {
        // The parse gives the completing verb only the controlling object as its subject (nsubj:xsubj): the other signer is the head's subject.
        java.util.Optional<AnnotatedSentences.Word> completed = completed(state, s, verb);
        if (completed.isEmpty()) return state.linguistics.dependents(s, verb, passive(state, s, verb) ? "obl:agent" : "nsubj");
        List<AnnotatedSentences.Word> subjects = new ArrayList<>(state.linguistics.dependents(s, completed.get(), "nsubj"));
        subjects.addAll(state.linguistics.dependents(s, completed.get(), "obj"));
        return subjects;
    }

    /** "The memorandum was signed by A and B": the agreement is the subject, the parties its agents. */
    private static boolean passive(DocumentState state, Sentence s, AnnotatedSentences.Word verb) {
        return !state.linguistics.dependents(s, verb, "nsubj:pass").isEmpty();
    }

    /** The verb that "sign" completes ("joined B to sign"), if it completes one. */
    private static java.util.Optional<AnnotatedSentences.Word> completed(DocumentState state, Sentence s, AnnotatedSentences.Word verb) {
        return state.linguistics.head(s, verb).filter(h -> state.linguistics.dependents(s, h, "xcomp").contains(verb));
    }

    /**
     * The parties an agreement is "with", which the parse may hang on the last noun of its name
     * ("a memorandum of understanding with B").
     */
    private static List<AnnotatedSentences.Word> with(DocumentState state, Sentence s, AnnotatedSentences.Word agreement) {
        List<AnnotatedSentences.Word> with = new ArrayList<>(state.linguistics.dependents(s, agreement, "nmod:with"));
        state.linguistics.dependents(s, agreement, "nmod:of").forEach(of -> with.addAll(state.linguistics.dependents(s, of, "nmod:with")));
        return with;
    }

    /** A party and, when a person signed for it, the person. */
    private record Party(Mention organisation, Gazetteer.Entry signer) {}

    private static void add(List<Mention> parties, List<Gazetteer.Entry> signers, Party p) {
        parties.add(p.organisation());
        if (p.signer() != null && !signers.contains(p.signer())) signers.add(p.signer());
    }

    /** The organisation a word of the sentence names, or the one its person signs for; never a country. */
    private static java.util.Optional<Party> party(DocumentState state, Sentence s, List<Mention> mentions, AnnotatedSentences.Word w) {
        for (Mention m : mentions) {
            if (m.begin() > w.begin() || w.end() > m.end()) continue;
            if (Phrases.entityOf(m, Pact.Country.getURI()).isPresent()) return java.util.Optional.empty();
            java.util.Optional<Gazetteer.Entry> org = Phrases.institution(m);
            if (org.isPresent()) return java.util.Optional.of(new Party(m, null));
            java.util.Optional<Gazetteer.Entry> person = Phrases.entityOf(m, Pact.Person.getURI());
            Gazetteer.Entry its = person.map(p -> state.organisationOf.get(p.iri())).orElseGet(() -> titledBy(state, s, mentions, w));
            if (its != null) {
                return java.util.Optional.of(new Party(new Mention.Entity(m.begin(), m.end(), m.text(), List.of(its)), person.get()));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The organisation of the title the parse writes before a person's name ("Chairman of the X
     * Center Executive Board Jane Doe": the title is a compound of the name, its "of" the
     * organisation); null when there is none.
     */
    private static Gazetteer.Entry titledBy(DocumentState state, Sentence s, List<Mention> mentions, AnnotatedSentences.Word name) {
        for (AnnotatedSentences.Word title : state.linguistics.dependents(s, name, "compound")) {
            if (!Titles.CORE.contains(title.word())) continue;
            for (AnnotatedSentences.Word of : state.linguistics.dependents(s, title, "nmod:of")) {
                for (Mention m : mentions) {
                    if (m.begin() <= of.begin() && of.end() <= m.end() && Phrases.institution(m).isPresent()
                            && Phrases.entityOf(m, Pact.Country.getURI()).isEmpty()) {
                        return Phrases.institution(m).get();
                    }
                }
            }
        }
        return null;
    }
}
