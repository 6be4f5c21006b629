package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Partnerships between institutions, in the three ways English writes them: "between A and B"
 * or "among A, B and C" (also "between A and B and between C and D", and lists "between A, B,
 * X and Y" where the companies X and Y support the partnership of A and B), "the A and B
 * partnership" or "the A-B partnership", and "A and B will partner / announced a partnership". A partnership the
 * reference data knows by the same partners keeps its IRI; another one gets an IRI from its
 * partners' names and the document's year, and is marked for review.
 */
final class PartnershipRule implements Rule {
    private static final Pattern BRACKETS = Pattern.compile("^\\s*\\([^)]{0,40}\\)");
    private static final Pattern TOPIC = Pattern.compile("(?i)\\b(partner\\w*|collaborat\\w*|cooperat\\w*|alliance|consortium|joint\\w*|" + PactNouns.AGREEMENT + ")\\b");
    /**
     * "between A and B", and "among A, B and C" for three or more; not after a noun of meeting or
     * talking ("a meeting between A and B", "talks among A, B and C"), which the texts' conventions
     * leave to events unless they state a partnership otherwise.
     */
    private static final Pattern AFTER_BETWEEN = Pattern.compile("(?s).*\\b(?<!\\b(?:meetings?|talks|dialogues?|discussions?|visits?|summits?"
            + "|conversations?|calls?|consultations?|exchanges?|differences?)\\s)(?:between|among)\\s+(the\\s+)?$");
    private static final Pattern NOUN_FORM = Pattern.compile("(?is)^['\\s]*(?:s\\s+)?(?:[a-z-]+\\s+){0,2}(" + PactNouns.PARTNERSHIP + "|" + PactNouns.AGREEMENT + ")\\b.*");
    /**
     * "A and B will partner", "A and B collaborated"; or a verb of signing, founding or announcing
     * whose clause goes on to a pact or joint work ("A and B signed a memorandum", "A and B
     * announced a joint centre"), not one that reports anything else ("A and B announced the results").
     */
    private static final Pattern VERB_FORM = Pattern.compile(
            "(?is)^\\s+(?:[a-z]+\\s+){0,2}(?:(?:partner|partnered|partnering|collaborate|collaborated|team|teamed)\\b"
                    + "|(?:launch|launched|launches|sign|signed|announced|announce|form|formed|establish|established|join|joined)\\b"
                    + "[^.;:]{0,80}?\\b(?:" + PactNouns.SIGNED + "|" + PactNouns.PARTNERSHIP + "|partnerships|consortium|joint\\w*"
                    + "|cooperat\\w*|collaborat\\w*|bilateral|binational)\\b).*");

    @Override
    public String name() {
        return "partnership-between";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            if (TOPIC.matcher(s.text()).find() && !HeldPacts.onlySoughtOrDenied(state, s)) byWording(state, s);
            bySigning(state, s);
            byWorkingTogether(state, s);
        }
    }

    /** The organisations the sentence names, but for the place of its dateline. */
    static List<Mention> organisations(DocumentState state, Sentence s) {
        return new ArrayList<>(state.mentionsOf(s).stream().filter(m -> Phrases.entityOf(m, Pact.Organization.getURI()).isPresent())
                .filter(m -> !Datelines.placeOf(s.text(), m)).toList());
    }

    /** The partnerships a sentence about partnering states in its words or its parse. */
    private void byWording(DocumentState state, Sentence s) {
        List<Mention> orgs = organisations(state, s);
        List<Mention> countries = Governments.inSentence(state, s);
        orgs.addAll(countries);
        orgs.sort(java.util.Comparator.comparingInt(Mention::begin));
        List<List<Mention>> groups = new ArrayList<>();
        List<List<Mention>> parsedGroups = parsedGroups(state, s, orgs);
        for (List<Mention> group : groups(s.text(), orgs, countries)) {
            if (group.stream().anyMatch(countries::contains) && (!namesCountries(s.text(), group) || namesABody(orgs, countries, group))) {
                boolean parsed = parsedGroups.stream().anyMatch(p -> Set.copyOf(p).equals(Set.copyOf(group)));
                if (sureOfCountries(state, s, orgs, countries, group, parsed)) record(state, s, group, true);
                else candidate(state, s, group, false);
                groups.add(group);
            } else if (record(state, s, group, false) || agreementBetween(s.text(), group) && record(state, s, group, true)) {
                groups.add(group);
            } else if (twoBetween(s.text(), group)) {
                // Two parties whose kind the text leaves unknown: as often agencies as anything else, so for review.
                candidate(state, s, group, true);
            }
        }
        for (List<Mention> parsed : parsedGroups) {
            // The patterns' groups stand; the parse adds partners that no pattern grouped.
            if (groups.stream().anyMatch(g -> g.stream().anyMatch(parsed::contains))) continue;
            if (parsed.stream().anyMatch(countries::contains) && standsForABody(state, orgs, countries, parsed)) candidate(state, s, parsed, true);
            else record(state, s, parsed, true);
        }
        for (List<Mention> parsed : countriesCommitted(state, s, countries)) {
            if (groups.stream().noneMatch(g -> g.stream().anyMatch(parsed::contains))) record(state, s, parsed, true);
        }
        if (groups.isEmpty() && countries.size() < 2) theTwoCountries(state, s).ifPresent(pair -> record(state, s, pair, true));
        if (groups.isEmpty() && state.partnershipsIn(s).isEmpty()) TheTwoBodies.in(state, s).ifPresent(pair -> record(state, s, pair, true));
    }

    private static final Pattern COUNTRIES = Pattern.compile("(?i)countries|nations");

    /**
     * "The partnership between our countries", "cooperation between the two nations": the two
     * countries the sentences just before named, in their order, when they named exactly two
     * (up to three sentences back, within the section).
     */
    private static Optional<List<Mention>> theTwoCountries(DocumentState state, Sentence s) {
        boolean refers = false;
        for (AnnotatedSentences.Word noun : state.linguistics.words(s)) {
            if (Phrases.quoted(s.text(), noun.begin()) || !COOPERATION.matcher(noun.word()).matches()) continue;
            refers |= state.linguistics.dependents(s, noun, "nmod:between").stream().anyMatch(w -> COUNTRIES.matcher(w.word()).matches()
                    && (!state.linguistics.dependents(s, w, "nmod:poss").isEmpty()
                    || state.linguistics.dependents(s, w, "nummod").stream().anyMatch(n -> n.word().equalsIgnoreCase("two"))));
        }
        if (!refers) return Optional.empty();
        // The countries of the sentences before it, none of its own (Integer.MIN_VALUE: no mention of it comes first).
        List<Mention> named = TheTwoBodies.namedBefore(state, s, Integer.MIN_VALUE, Governments::inSentence);
        return named.size() == 2 ? Optional.of(named) : Optional.empty();
    }

    /**
     * Named parties that work together ("A will work with B to ...", "A and B will work together"):
     * often partners, as often a mere contact, so a candidate for review where the sentence gave
     * them no partnership otherwise.
     */
    private void byWorkingTogether(DocumentState state, Sentence s) {
        List<Mention> parties = organisations(state, s);
        parties.addAll(Governments.inSentence(state, s));
        for (AnnotatedSentences.Word verb : state.linguistics.words(s)) {
            if (!verb.lemma().equals("work") || !verb.pos().startsWith("VB") || Phrases.quoted(s.text(), verb.begin())) continue;
            List<List<Mention>> groups = new ArrayList<>(subjectWithPartners(state, s, verb, List.of(), parties));
            if (state.linguistics.dependents(s, verb, "advmod").stream().anyMatch(a -> a.word().equalsIgnoreCase("together"))) {
                groups.addAll(conjoinedSubjects(state, s, verb, parties));
            }
            for (List<Mention> group : groups) {
                Set<String> iris = new LinkedHashSet<>();
                group.forEach(m -> iris.add(((Mention.Entity) m).entries().get(0).iri()));
                if (state.partnershipsIn(s).stream().noneMatch(p -> state.partnerships.get(p).containsAll(iris))) candidate(state, s, group, true);
            }
        }
    }

    /** The parties of an agreement the sentence says was signed, with the people who signed it. */
    private void bySigning(DocumentState state, Sentence s) {
        for (SigningParties.Signing signing : SigningParties.in(state, s)) {
            // A partnership the sentence already gave these parties stands.
            Set<String> parties = new LinkedHashSet<>();
            signing.parties().forEach(m -> parties.add(((Mention.Entity) m).entries().get(0).iri()));
            if (state.partnershipsIn(s).stream().anyMatch(p -> state.partnerships.get(p).containsAll(parties))) continue;
            String iri = recorded(state, s, signing.parties(), true, true);
            if (iri != null) state.signers.computeIfAbsent(iri, k -> new LinkedHashSet<>()).addAll(signing.signers());
        }
    }

    /**
     * Countries that sign or announce something may stand for their governments or for bodies
     * of theirs that the text names elsewhere ("The A.B. and UK have today signed a Memorandum"
     * of their AI safety institutes): such a partnership is a candidate for review, and no later
     * fact binds to it. A partnership named by its countries ("the A.B.-Singapore
     * partnership", "between the Aldoria and Japan") is sure, and so are countries the parse
     * reads as parties ("Aldoria and Japan signed an agreement", "Aldoria will cooperate with
     * Japan") where the document names no body of theirs by the country's name.
     */
    private void candidate(DocumentState state, Sentence s, List<Mention> group, boolean subjects) {
        state.fromContext(Confidence.FROM_CONTEXT, () -> record(state, s, group, subjects, false));
    }

    /**
     * True when the sentence also names an organisation outside the group: "the A.B.-Freedonia
     * collaboration is an example of the Agency's commitment" may be a collaboration of that body.
     */
    /**
     * True when the countries of a group the parse reads as parties may stand for bodies of theirs:
     * the sentence names another organisation, or the document names a body of each country by
     * the country's name ("the A.B. and Freedonia Space Institutes" after "the A.B. and Freedonia
     * signed a memorandum").
     */
    private static boolean standsForABody(DocumentState state, List<Mention> orgs, List<Mention> countries, List<Mention> group) {
        if (namesABody(orgs, countries, group)) return true;
        Set<String> withBodies = Governments.withNamedBodies(state);
        return group.stream().filter(countries::contains)
                .allMatch(m -> withBodies.contains(((Mention.Entity) m).entries().get(0).iri()));
    }

    /**
     * True when a group that names countries stands for their governments. Countries the parse
     * reads as parties, and that act through no body the document names, are sure. So are
     * countries alone in a headline in capitals, which the parse misreads ("Aldoria and Freedonia
     * Renew Agreement on Health"), and countries alone written "between A and B" even beside other
     * bodies ("to build collaborations between Aldoria and Freedonia", with the bodies that
     * organised the meeting): unless the document names a body of each of them by the country's
     * name, which they may stand for (so only where the linguistic layer names bodies).
     */
    private static boolean sureOfCountries(DocumentState state, Sentence s, List<Mention> orgs, List<Mention> countries,
                                           List<Mention> group, boolean parsed) {
        // Only where the linguistic layer could look for the countries' bodies in the document.
        boolean countriesAlone = countries.containsAll(group) && !state.linguistics.words(s).isEmpty();
        if (countriesAlone && between(s.text(), group)) return !standsForABody(state, List.of(), countries, group);
        if (!parsed && !(countriesAlone && HEADLINE.matcher(s.text()).matches())) return false;
        return !standsForABody(state, orgs, countries, group);
    }

    /**
     * "between A and B" of two parties alone, of a kind the rules cannot tell as partners ("cooperation
     * between the XA and YB"): a partnership of both unless one is a company, as a candidate.
     */
    private static boolean twoBetween(String text, List<Mention> group) {
        return group.size() == 2 && between(text, group);
    }

    /** A headline in capitals: every word of four letters or more begins with one. */
    private static final Pattern HEADLINE = Pattern.compile("(?s)(?!.*(?<![\\p{L}'])\\p{Ll}\\p{L}{3}).*");

    /**
     * "A memorandum of understanding (MOU) between A and B", "an agreement between the A and the
     * B": an agreement the text names right before "between" makes its parties partners whatever
     * their kind (a company's part stays support).
     */
    private static final Pattern AGREEMENT_BETWEEN = Pattern.compile("(?s).*\\b(?:" + PactNouns.AGREEMENT + "|letters? of intent)"
            + "(?:\\s+(?:of|on)\\s+[a-z]+(?:\\s+and\\s+[a-z]+)?)?(?:\\s*\\([^)]{1,12}\\))?\\s+between\\s+(the\\s+)?$");

    private static boolean agreementBetween(String text, List<Mention> group) {
        return AGREEMENT_BETWEEN.matcher(text.substring(0, group.get(0).begin()).toLowerCase(Locale.ROOT)).matches();
    }

    private static boolean between(String text, List<Mention> group) {
        return AFTER_BETWEEN.matcher(text.substring(0, group.get(0).begin()).toLowerCase(Locale.ROOT)).matches();
    }

    private static boolean namesABody(List<Mention> orgs, List<Mention> countries, List<Mention> group) {
        return orgs.stream().anyMatch(m -> !countries.contains(m) && !group.contains(m));
    }

    private static boolean namesCountries(String text, List<Mention> group) {
        Mention first = group.get(0);
        Mention last = group.get(group.size() - 1);
        String before = text.substring(0, first.begin()).toLowerCase(Locale.ROOT);
        return AFTER_BETWEEN.matcher(before).matches()
                || group.size() == 2 && Phrases.between(text, first.end(), last.begin()).equals("-")
                && NOUN_FORM.matcher(text.substring(last.end())).matches();
    }

    /**
     * Countries that are together the subject of a verb whose clause commits them to a
     * partnership or cooperation: "Australia and the Aldoria commit to enhance bilateral
     * cooperation", "the Aldoria and the Republic of Korea convened ... to further
     * strengthen the partnership", "for India and the Aldoria to continue building a
     * partnership". The clause is the verb and the verbs it governs as its complement or purpose.
     */
    private static List<List<Mention>> countriesCommitted(DocumentState state, Sentence s, List<Mention> countries) {
        List<List<Mention>> groups = new ArrayList<>();
        if (countries.size() < 2) return groups;
        for (AnnotatedSentences.Word verb : state.linguistics.words(s)) {
            if (Phrases.quoted(s.text(), verb.begin()) || !verb.pos().startsWith("VB")) continue;
            List<AnnotatedSentences.Word> clause = new ArrayList<>(List.of(verb));
            for (int depth = 0; depth < 2; depth++) {
                for (AnnotatedSentences.Word v : List.copyOf(clause)) {
                    for (String rel : List.of("xcomp", "advcl")) {
                        state.linguistics.dependents(s, v, rel).stream().filter(w -> !clause.contains(w)).forEach(clause::add);
                    }
                }
            }
            boolean committed = clause.stream().anyMatch(v -> java.util.stream.Stream.concat(
                    state.linguistics.dependents(s, v, "obj").stream(), state.linguistics.dependents(s, v, "obl").stream())
                    .anyMatch(o -> COOPERATION.matcher(o.word()).matches()));
            if (!committed) continue;
            groups.addAll(conjoinedSubjects(state, s, verb, countries));
        }
        return groups;
    }

    static final Pattern COOPERATION = Pattern.compile("(?i)partnership|cooperation|collaboration|alliance");

    /** Runs of organisations joined by "and", commas or a hyphen that the text presents as partners. */
    private static List<List<Mention>> groups(String text, List<Mention> orgs, List<Mention> countries) {
        List<List<Mention>> groups = new ArrayList<>();
        int i = 0;
        while (i < orgs.size()) {
            List<Mention> run = new ArrayList<>(List.of(orgs.get(i)));
            int j = i;
            while (j + 1 < orgs.size()) {
                String between = Phrases.between(text, orgs.get(j).end(), orgs.get(j + 1).begin());
                // "the Foundation (XF) and the Agency": the acronym in brackets is the name before it.
                if ((between.equals("(") || between.isEmpty()) && sameEntity(orgs.get(j), orgs.get(j + 1))) {
                    j++;
                    continue;
                }
                if (!joined(between.replaceFirst("^\\)\\s*", ""))) break;
                run.add(orgs.get(++j));
            }
            i = j + 1;
            if (run.size() < 2) continue;
            Mention first = run.get(0);
            Mention last = run.get(run.size() - 1);
            String before = Datelines.DATELINE.matcher(text.substring(0, first.begin())).replaceFirst("").toLowerCase(Locale.ROOT);
            String after = BRACKETS.matcher(text.substring(last.end())).replaceFirst("");
            boolean hyphened = run.size() == 2 && Phrases.between(text, first.end(), last.begin()).equals("-");
            boolean subject = before.isBlank() || before.strip().matches("(?s).*(^|[.:;!?])\\s*(the|today,?|\\*+)?$") || before.strip().equals("the");
            if (AFTER_BETWEEN.matcher(before).matches() || NOUN_FORM.matcher(after).matches()
                    || subject && VERB_FORM.matcher(after).matches() || hyphened && NOUN_FORM.matcher(after).matches()) {
                groups.add(run);
            }
        }
        return groups;
    }

    /**
     * From the dependency parse: the organisations that are together the subject of "partner",
     * "collaborate", "cooperate" or "team up", of "sign" whose object is an agreement or a
     * memorandum ("the Agency and the University of Tarn, in Tarn, have signed a Space Act
     * Agreement"), of "launch", "establish", "form" or "announce" whose object is a partnership,
     * or of a verb that furthers one ("A and B have solidified a partnership"),
     * or of any verb whose object is something joint ("A and B launched a joint centre", "A and B
     * welcome proposals from joint teams"); and the subject of "partner" or "collaborate"
     * with the organisations it does so "with" ("A will collaborate with B and C").
     */
    private static List<List<Mention>> parsedGroups(DocumentState state, Sentence s, List<Mention> orgs) {
        List<List<Mention>> groups = new ArrayList<>();
        for (AnnotatedSentences.Word verb : state.linguistics.words(s)) {
            // No test of the part of speech: the tagger reads "will partner" as a noun at times; a subject is enough.
            if (Phrases.quoted(s.text(), verb.begin())) continue;
            List<AnnotatedSentences.Word> objects = java.util.stream.Stream.concat(
                    state.linguistics.dependents(s, verb, "obj").stream(), state.linguistics.dependents(s, verb, "iobj").stream()).toList();
            boolean agreement = SIGNING.contains(verb.lemma()) && objects.stream().anyMatch(o -> AGREEMENT.matcher(o.word()).matches());
            // "A and B launched a partnership", "A and B invite joint proposals", "A and B welcome proposals from joint teams".
            boolean founded = (FOUNDING.contains(verb.lemma()) || FURTHERING.contains(verb.lemma())) && objects.stream().anyMatch(o -> JOINT_THING.matcher(o.word()).matches())
                    || objects.stream().anyMatch(o -> joint(state, s, o)
                    || state.linguistics.dependents(s, o, "nmod").stream().anyMatch(n -> joint(state, s, n)));
            if (PARTNERING.contains(verb.lemma())) groups.addAll(subjectWithPartners(state, s, verb, withOfWhatOn(state, s, verb), orgs));
            // "A signed a memorandum (of understanding) with B": the memorandum's "with" as much as the verb's.
            if (agreement) {
                groups.addAll(subjectWithPartners(state, s, verb, objects.stream()
                        .flatMap(o -> java.util.stream.Stream.concat(java.util.stream.Stream.of(o), state.linguistics.dependents(s, o, "nmod:of").stream()))
                        .flatMap(o -> state.linguistics.dependents(s, o, "nmod:with").stream()).toList(), orgs));
            }
            if (verb.lemma().equalsIgnoreCase("partner") && verb.pos().startsWith("NN")) groups.addAll(partnerOf(state, s, verb, orgs));
            if (COOPERATION.matcher(verb.word()).matches()) groups.addAll(partnershipWith(state, s, verb, orgs));
            // "A established arrangements with B", "A's agreement with B": an agreement no verb of signing took as its object.
            else if (AGREEMENT_NOUN.matcher(verb.word()).matches() && !signedObject(state, s, verb)) groups.addAll(agreementsWith(state, s, verb, orgs));
            // "A and B will jointly fund ...".
            boolean jointly = state.linguistics.dependents(s, verb, "advmod").stream().anyMatch(a -> a.word().equalsIgnoreCase("jointly"));
            if (!agreement && !founded && !jointly && !PARTNERING.contains(verb.lemma())) continue;
            groups.addAll(conjoinedSubjects(state, s, verb, orgs));
        }
        return groups;
    }

    /**
     * The noun "partner" said of a named party and qualified by another: "A is a partner of B",
     * "an agreement making A a B associate partner", "A became a partner of B", "A, a partner of
     * B". The party is the noun's subject; else, when the noun completes a verb ("make A a
     * partner", "become a partner"), the verb's object or subject; else the name the noun is set
     * beside. The other party names the noun by "of" or as a compound.
     */
    private static List<List<Mention>> partnerOf(DocumentState state, Sentence s, AnnotatedSentences.Word partner, List<Mention> parties) {
        List<AnnotatedSentences.Word> subjects = new ArrayList<>(state.linguistics.dependents(s, partner, "nsubj"));
        Optional<AnnotatedSentences.Word> head = state.linguistics.head(s, partner);
        if (subjects.isEmpty() && head.isPresent()) {
            AnnotatedSentences.Word h = head.get();
            if (state.linguistics.dependents(s, h, "xcomp").contains(partner)) {
                subjects.addAll(state.linguistics.dependents(s, h, "obj"));
                subjects.addAll(state.linguistics.dependents(s, h, "nsubj"));
            } else if (state.linguistics.dependents(s, h, "dep").contains(partner) || state.linguistics.dependents(s, h, "appos").contains(partner)) {
                subjects.add(h);
            }
        }
        List<AnnotatedSentences.Word> others = new ArrayList<>(state.linguistics.dependents(s, partner, "nmod:of"));
        others.addAll(state.linguistics.dependents(s, partner, "compound"));
        Mention party = named(subjects, parties);
        Mention other = named(others, parties);
        if (party == null || other == null || party.equals(other)) return List.of();
        return List.of(party.begin() < other.begin() ? List.of(party, other) : List.of(other, party));
    }

    /**
     * A partnership noun with the parties it is "with", and the party whose it is: "A's
     * collaboration with B", "A announced a partnership with B", "A, in partnership with B,
     * will open a station" (the one whose it is: the noun's possessor, the subject of the verb
     * that the noun is the object or an oblique of, or the name the parse hangs "in partnership" on).
     */
    private static List<List<Mention>> partnershipWith(DocumentState state, Sentence s, AnnotatedSentences.Word noun, List<Mention> parties) {
        List<AnnotatedSentences.Word> with = new ArrayList<>(withWords(state, s, noun));
        if (with.isEmpty()) return List.of();
        with.addAll(with.stream().flatMap(w -> members(state, s, w).stream()).toList());
        List<AnnotatedSentences.Word> owners = new ArrayList<>(state.linguistics.dependents(s, noun, "nmod:poss"));
        state.linguistics.head(s, noun).filter(h -> h.pos().startsWith("VB"))
                .filter(h -> state.linguistics.dependents(s, h, "obj").contains(noun) || state.linguistics.dependents(s, h, "obl").contains(noun))
                .ifPresent(h -> owners.addAll(subjects(state, s, h)));
        // "A, in partnership with B, ...", where the parse hangs the phrase on the name.
        state.linguistics.head(s, noun).filter(h -> state.linguistics.dependents(s, h, "nmod:in").contains(noun)).ifPresent(owners::add);
        Mention owner = named(owners, parties);
        if (owner == null) return List.of();
        List<Mention> run = new ArrayList<>(List.of(owner));
        for (AnnotatedSentences.Word w : with) {
            Mention other = named(List.of(w), parties);
            if (other != null && !run.contains(other)) run.add(other);
        }
        listedAfter(s.text(), run, parties);
        if (run.size() < 2) return List.of();
        run.sort(java.util.Comparator.comparingInt(Mention::begin));
        return List.of(run);
    }

    /** The words a noun is "with", and those joined to them: "with B and C". */
    private static List<AnnotatedSentences.Word> withWords(DocumentState state, Sentence s, AnnotatedSentences.Word noun) {
        return state.linguistics.dependents(s, noun, "nmod:with").stream().flatMap(w -> state.linguistics.withConjuncts(s, w).stream()).toList();
    }

    /**
     * The members a group names by example: "a consortium of institutions including A, B and C",
     * "universities such as A and B" (what the group or its "of" includes, with the names listed
     * beside them).
     */
    private static List<AnnotatedSentences.Word> members(DocumentState state, Sentence s, AnnotatedSentences.Word group) {
        List<AnnotatedSentences.Word> kinds = new ArrayList<>(List.of(group));
        kinds.addAll(state.linguistics.dependents(s, group, "nmod:of"));
        List<AnnotatedSentences.Word> members = new ArrayList<>();
        for (AnnotatedSentences.Word kind : kinds) {
            for (String by : List.of("nmod:including", "nmod:such_as")) {
                for (AnnotatedSentences.Word first : state.linguistics.dependents(s, kind, by)) {
                    members.addAll(state.linguistics.withConjuncts(s, first));
                    members.addAll(state.linguistics.dependents(s, first, "appos"));
                }
            }
        }
        return members;
    }

    /**
     * Adds to the parties a "with" gave those the text lists right after one of them ("with the
     * A Organisation for Scientific Research and the B Institute", where the parse joins the
     * second name to a word inside the first): a name after a party's, joined by "and" or a comma.
     */
    private static void listedAfter(String text, List<Mention> run, List<Mention> parties) {
        for (int i = 1; i < run.size(); i++) {
            Mention listed = run.get(i);
            parties.stream().filter(m -> m.begin() >= listed.end()).min(java.util.Comparator.comparingInt(Mention::begin))
                    .filter(next -> !run.contains(next) && joined(Phrases.between(text, listed.end(), next.begin())))
                    .ifPresent(run::add);
        }
    }

    /** The first party one of the words lies in, or null. */
    private static Mention named(List<AnnotatedSentences.Word> words, List<Mention> parties) {
        for (AnnotatedSentences.Word w : words) {
            for (Mention m : parties) {
                if (m.begin() <= w.begin() && w.end() <= m.end()) return m;
            }
        }
        return null;
    }

    /**
     * A thing its parties share: "a joint centre", "joint teams", "a bilateral programme"; not
     * what they only say or attend together ("a joint statement", "a bilateral meeting"), which
     * the texts' conventions leave to events.
     */
    private static boolean joint(DocumentState state, Sentence s, AnnotatedSentences.Word object) {
        return !SAID_OR_ATTENDED.matcher(object.word()).matches()
                && state.linguistics.dependents(s, object, "amod").stream().anyMatch(a -> JOINT.matcher(a.word()).matches());
    }

    private static final Pattern SAID_OR_ATTENDED = Pattern.compile(
            "(?i)statements?|declarations?|communiqu\\S*|readouts?|remarks|conferences?|meetings?|sessions?|talks|visits?|dialogues?|summits?|press");

    /**
     * The named subject of a verb of partnering or signing and the named parties it does so
     * "with" ("A will collaborate with B", "A is partnering with B and C on ...", "A signed a
     * memorandum with B", where {@code with} holds the memorandum's "with"): one group of two or more.
     */
    private static List<List<Mention>> subjectWithPartners(DocumentState state, Sentence s, AnnotatedSentences.Word verb,
                                                           List<AnnotatedSentences.Word> with, List<Mention> parties) {
        List<AnnotatedSentences.Word> withs = new ArrayList<>(with);
        withs.addAll(state.linguistics.dependents(s, verb, "obl:with"));
        List<Mention> run = new ArrayList<>();
        java.util.stream.Stream.concat(subjects(state, s, verb).stream(), withs.stream())
                .flatMap(w -> state.linguistics.withConjuncts(s, w).stream())
                .forEach(w -> parties.stream().filter(m -> m.begin() <= w.begin() && w.end() <= m.end() && !run.contains(m)).findFirst().ifPresent(run::add));
        if (withs.isEmpty() || run.size() < 2) return List.of();
        run.sort(java.util.Comparator.comparingInt(Mention::begin));
        return List.of(run);
    }

    /**
     * The "with" the parse hangs on what a verb of partnering is about rather than on the verb:
     * "A has cooperated on environmental protection with B", "A collaborates in research with B".
     */
    private static List<AnnotatedSentences.Word> withOfWhatOn(DocumentState state, Sentence s, AnnotatedSentences.Word verb) {
        List<AnnotatedSentences.Word> about = new ArrayList<>(state.linguistics.dependents(s, verb, "obl:on"));
        about.addAll(state.linguistics.dependents(s, verb, "obl:in"));
        return about.stream().flatMap(w -> state.linguistics.dependents(s, w, "nmod:with").stream()).toList();
    }

    /** The named parties that are together a subject of the verb ("A, B and C signed"), two or more. */
    private static List<List<Mention>> conjoinedSubjects(DocumentState state, Sentence s, AnnotatedSentences.Word verb, List<Mention> parties) {
        List<List<Mention>> groups = new ArrayList<>();
        for (AnnotatedSentences.Word subject : state.linguistics.dependents(s, verb, "nsubj")) {
            List<Mention> run = new ArrayList<>();
            for (AnnotatedSentences.Word w : state.linguistics.withConjuncts(s, subject)) {
                parties.stream().filter(m -> m.begin() <= w.begin() && w.end() <= m.end() && !run.contains(m)).findFirst().ifPresent(run::add);
            }
            if (run.size() >= 2) groups.add(run);
        }
        return groups;
    }

    /**
     * The subjects of a verb, with "it" or "they" read as the subject of the verb whose report the
     * clause is: "A announced that it has signed an agreement with B" is A's agreement. No other
     * pronoun is read ("we" is the publisher, whom the text does not name here).
     */
    private static List<AnnotatedSentences.Word> subjects(DocumentState state, Sentence s, AnnotatedSentences.Word verb) {
        List<AnnotatedSentences.Word> subjects = new ArrayList<>();
        for (AnnotatedSentences.Word subject : state.linguistics.dependents(s, verb, "nsubj")) {
            if (!REPORTED_PRONOUN.matcher(subject.word()).matches()) {
                subjects.add(subject);
                continue;
            }
            state.linguistics.head(s, verb).filter(h -> state.linguistics.dependents(s, h, "ccomp").contains(verb))
                    .ifPresent(h -> subjects.addAll(state.linguistics.dependents(s, h, "nsubj").stream()
                            .filter(w -> !REPORTED_PRONOUN.matcher(w.word()).matches()).toList()));
        }
        return subjects;
    }

    private static final Pattern REPORTED_PRONOUN = Pattern.compile("(?i)it|they");

    /** An agreement noun that a verb of signing takes as its object, which {@link #parsedGroups} reads with the verb. */
    private static boolean signedObject(DocumentState state, Sentence s, AnnotatedSentences.Word noun) {
        return state.linguistics.head(s, noun).filter(h -> SIGNING.contains(h.lemma()))
                .filter(h -> state.linguistics.dependents(s, h, "obj").contains(noun)).isPresent();
    }

    /**
     * The parties of an agreement noun and its "with" ({@link #partnershipWith}). Agreements in the
     * plural with several parties are one agreement with each ("A established arrangements with B
     * and C": A with B, A with C); one agreement with several parties is theirs together.
     */
    private static List<List<Mention>> agreementsWith(DocumentState state, Sentence s, AnnotatedSentences.Word noun, List<Mention> parties) {
        if (!HeldPacts.held(state, s, noun)) return List.of();
        List<List<Mention>> groups = partnershipWith(state, s, noun, parties);
        if (!noun.pos().equals("NNS") || groups.isEmpty() || groups.get(0).size() < 3) return groups;
        List<Mention> run = groups.get(0);
        // The owner is the one the agreements are not "with", wherever it is named ("Under its agreements with B and C, A ...").
        List<Mention> with = withWords(state, s, noun).stream().map(w -> named(List.of(w), parties)).filter(java.util.Objects::nonNull).toList();
        List<Mention> owners = run.stream().filter(m -> !with.contains(m)).toList();
        if (owners.size() != 1) return groups;
        List<List<Mention>> pairs = new ArrayList<>();
        for (Mention other : run) {
            if (other != owners.get(0)) pairs.add(List.of(owners.get(0), other));
        }
        return pairs;
    }

    static final Pattern AGREEMENT_NOUN = Pattern.compile("(?i)" + PactNouns.AGREEMENT);

    private static final Pattern FOUNDATION = Pattern.compile("\\b(?:Foundation|Fund|Trust|Endowment)\\b");
    private static final Set<String> SIGNING = Set.of("sign", "conclude", "renew", "extend");
    static final Set<String> PARTNERING = Set.of("partner", "collaborate", "team", "cooperate", "ally");
    private static final Set<String> FOUNDING = Set.of("launch", "establish", "form", "found", "create", "announce", "forge");
    /** Verbs that take a partnership of their subjects further: "A and B have solidified a partnership", "... strengthen their alliance". */
    private static final Set<String> FURTHERING = Set.of("solidify", "strengthen", "deepen", "expand", "broaden", "continue", "enhance", "fortify");
    private static final Pattern JOINT = Pattern.compile("(?i)joint|bilateral|binational");
    private static final Pattern AGREEMENT = Pattern.compile("(?i)" + PactNouns.SIGNED);
    private static final Pattern JOINT_THING = Pattern.compile("(?i)" + PactNouns.PARTNERSHIP + "|partnerships|alliances|consortium");

    private static boolean sameEntity(Mention a, Mention b) {
        return a instanceof Mention.Entity x && b instanceof Mention.Entity y && x.entries().equals(y.entries());
    }

    private static boolean joined(String between) {
        return between.equals("and") || between.equals("and the") || between.equals(",") || between.equals(", and")
                || between.equals(", the") || between.equals(", and the") || between.equals("-") || between.equals("/");
    }

    /**
     * In a list, companies and bodies such as foundations support the institutions' partnership;
     * as subjects of "partner" or "sign" ({@code subjects}) every organisation but a company is a partner.
     * False when fewer than two partners are left.
     */
    private boolean record(DocumentState state, Sentence s, List<Mention> group, boolean subjects) {
        return record(state, s, group, subjects, true);
    }

    /** {@code noted}: later rules may bind facts to the partnership (false for a candidate). */
    private boolean record(DocumentState state, Sentence s, List<Mention> group, boolean subjects, boolean noted) {
        return recorded(state, s, group, subjects, noted) != null;
    }

    /** The partnership recorded, or null when fewer than two partners are left. */
    private String recorded(DocumentState state, Sentence s, List<Mention> group, boolean subjects, boolean noted) {
        List<Gazetteer.Entry> partners = new ArrayList<>();
        List<Gazetteer.Entry> supporters = new ArrayList<>();
        for (Mention m : group) {
            Gazetteer.Entry e = Phrases.entityOf(m, Pact.Institution.getURI())
                    .orElseGet(() -> Phrases.entityOf(m, Pact.Organization.getURI()).orElseThrow());
            // Government bodies sign memoranda with each other and with universities as partners.
            boolean partner = e.is(Pact.Institution.getURI()) || e.is(Pact.GovernmentBody.getURI()) || subjects && !e.is(Pact.Company.getURI());
            // A listed name of no known kind supports nothing: "between A and Kestrel, University of Tarn" lists a partner's name in two parts.
            if (!partner && !e.is(Pact.Company.getURI()) && !FOUNDATION.matcher(e.label()).find()) continue;
            List<Gazetteer.Entry> into = partner ? partners : supporters;
            if (into.stream().noneMatch(x -> x.iri().equals(e.iri()))) into.add(e);
        }
        if (partners.size() < 2) return null;
        Set<String> partnerIris = new LinkedHashSet<>();
        partners.forEach(e -> partnerIris.add(e.iri()));
        String known = state.gazetteer.partnershipOf(partnerIris).orElse(null);
        String iri = known != null ? known : mint(state, partners);
        if (known == null) {
            String label = namedUnder(s.text()).or(() -> properName(s.text(), group)).orElseGet(() -> String.join(" - ",
                    partners.stream().map(e -> Governments.partyName(e, state.gazetteer.labelOf(e.iri()).orElse(e.label()))).toList()) + " partnership");
            state.declare(iri, Pact.Partnership, label, s, name());
        }
        for (Gazetteer.Entry partner : partners) {
            state.link(iri, Pact.partner, partner, s, name());
        }
        for (Gazetteer.Entry supporter : supporters) {
            state.link(iri, Pact.fundedBy, supporter, s, name());
        }
        if (noted) state.notePartnership(s, iri, partnerIris);
        return iri;
    }

    /**
     * In a document whose header states no date, the year of its first date, which is its own
     * stated date more often than a date of the partnership's sentence is (a date the text gives
     * for the partnership's start is {@link LaunchYear}'s).
     */
    private static Optional<Integer> firstYear(DocumentState state) {
        for (Sentence each : state.sentences) {
            for (Mention m : state.mentionsOf(each)) {
                if (m instanceof Mention.Date d) return Optional.of(d.date().getYear());
            }
        }
        return Optional.empty();
    }

    /** "A-B" and up to three capitalised words ending in a capitalised partnership or agreement noun. */
    private static final Pattern PROPER_NAME = Pattern.compile("^-\\S+(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}?\\s+(?=\\p{Lu})(?i:" + PactNouns.PARTNERSHIP + ")\\b");

    /**
     * The name a partnership of two parties goes by when the text writes their names as its
     * proper name ("the A.B.-Freedonia Strategic Technology Partnership"); empty for a
     * description ("the A-B partnership").
     */
    private static Optional<String> properName(String text, List<Mention> group) {
        if (group.size() != 2) return Optional.empty();
        Mention first = group.get(0);
        Mention last = group.get(1);
        // Parties an earlier sentence named ("our countries") have no name in this one.
        if (last.end() > text.length() || !text.startsWith(first.text(), first.begin())) return Optional.empty();
        if (!Phrases.between(text, first.end(), last.begin()).equals("-")) return Optional.empty();
        Matcher m = PROPER_NAME.matcher(text.substring(first.end()));
        return m.find() ? Optional.of(text.substring(first.begin(), first.end() + m.end())) : Optional.empty();
    }

    /** "under a Clean Energy and Climate Compact": capitalised words, commas and "and" ending in an agreement noun. */
    private static final Pattern UNDER_NAME = Pattern.compile(
            "\\bunder (?:an?|the) ((?:\\p{Lu}[\\p{L}-]*,?\\s+(?:and\\s+)?){1,8}(?=\\p{Lu})(?i:" + PactNouns.AGREEMENT + "|" + PactNouns.PARTNERSHIP + "))\\b");

    /**
     * The name of the agreement a sentence's partnership works under ("the two countries commit
     * to cooperate under a Clean Energy and Climate Compact"), which the partnership goes by,
     * before a name the parties' own ("the A-B Alliance") that the same sentence may give.
     */
    private static Optional<String> namedUnder(String text) {
        Matcher m = UNDER_NAME.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String mint(DocumentState state, List<Gazetteer.Entry> partners) {
        String slugs = String.join("-", partners.stream()
                .map(e -> Iris.slugOf(e.iri()))
                .sorted()
                .toList());
        Optional<Integer> year = LaunchYear.of(state, partners).or(state::year).or(() -> firstYear(state));
        return Iris.id(Iris.Kind.PARTNERSHIP, slugs + year.map(y -> "-" + y).orElse(""));
    }
}
