package org.pactgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * The posts that people hold, as the text gives them beside their names: "University of Utah
 * President Margaret Ellison", "Erin Holt, vice president for research at the University of
 * Utah". A post with its organisation that the reference data does not know becomes a new post
 * (title, organisation, the kind of office its title names, marked for review). What the
 * reference data already says about a known person's post is not repeated.
 */
final class PeopleRule implements Rule {
    @Override
    public String name() {
        return "person-post";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            List<Mention> mentions = state.mentionsOf(s);
            for (Mention m : mentions) {
                Optional<Gazetteer.Entry> person = Phrases.entityOf(m, Pact.Person.getURI());
                if (person.isEmpty() || Phrases.quoted(s.text(), m.begin())) continue;
                Optional<String> post = postBeside(state, s, m, name());
                if (post.isEmpty()) continue;
                if (person.get().known() && state.gazetteer.postsOf(person.get().iri()).contains(post.get())) continue;
                state.link(person.get().iri(), Pact.holdsPost, post.get(), s, name());
                state.entity(person.get(), s, name());
                for (Mention.Title more : titlesBeforeAnd(state, s, m)) {
                    state.link(person.get().iri(), Pact.holdsPost, newPost(state, s, more, person, name()), s, name());
                }
                for (Mention.Title more : titlesAfterAnd(state, s, m)) {
                    state.link(person.get().iri(), Pact.holdsPost, newPost(state, s, more, person, name()), s, name());
                }
            }
        }
    }

    /**
     * The post the text gives beside a person: a post of the reference data or a title with its
     * organisation right before the name, or after it following a comma, or the title word the
     * name is written with ("Ambassador Doe") when it is in one of the person's known posts.
     * A new post is declared on the way.
     */
    /** A post that a title with its organisation names, declared (title, organisation, kind of office) the first time. */
    private static String newPost(DocumentState state, Sentence s, Mention.Title t, Optional<Gazetteer.Entry> person, String rule) {
        return newPost(state, s, t, person, rule, namedInFull(state, t.org().get()));
    }

    /** A new post in {@code org}, the title's organisation or the name the document gives it in full. */
    private static String newPost(DocumentState state, Sentence s, Mention.Title t, Optional<Gazetteer.Entry> person, String rule,
                                  Gazetteer.Entry inFull) {
        Gazetteer.Entry written = t.org().get();
        Gazetteer.Entry org = inFull;
        // A post is named by its label, so its label must name the organisation it is in: posts of
        // two organisations never share an IRI, whatever the other documents call them.
        String label = org.iri().equals(written.iri()) ? t.label() : renamed(t.label(), written.label(), org.label()).orElse(null);
        if (label == null) {
            org = written;
            label = t.label();
        }
        label = OrganisationsInTitles.withTheAsWritten(label, state.gazetteer, org, state.namesAfterThe);
        Gazetteer.Entry in = org;
        person.ifPresent(e -> state.organisationOf.putIfAbsent(e.iri(), in));
        String iri = Iris.id(Iris.Kind.POST, Iris.slug(label));
        if (state.declare(iri, Pact.Post, label, s, rule)) {
            state.text(iri, Pact.title, t.title(), s, rule);
            state.link(iri, Pact.postIn, org, s, rule);
            OfficeKinds.of(t.title(), org).filter(state.gazetteer::knows)
                    .ifPresent(kind -> state.link(iri, Pact.officeKind, kind, s, rule));
        }
        return iri;
    }

    /** Whether a sentence writes the name right before its initials in brackets. */
    private static boolean definedByItsAcronym(DocumentState state, String name) {
        return state.sentences.stream().anyMatch(x -> SpelledOutAcronyms.spellsOut(x.text(), name));
    }

    /**
     * The label with the organisation's short name, written there as a whole name, replaced by its
     * full name; empty when the label does not write the short name.
     */
    private static Optional<String> renamed(String label, String shortName, String fullName) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(shortName) + "(?![\\p{L}])").matcher(label);
        if (!m.find()) return Optional.empty();
        return Optional.of(label.substring(0, m.start()) + fullName + label.substring(m.end()));
    }

    /**
     * A new organisation that the document also names in full, its name ending with this one's
     * ("the Freedonian Department of the Tidewater" where a title gave "Department of the Tidewater"):
     * the one named in full. A longer name whose first words name a body of their own ("Harlow
     * Department of Health Coastal Service", a heading that runs a department into its service) is
     * two bodies, not this one in full. A name the text spells out before its acronym in brackets
     * ("the Harlow Tide Institute (HTI)") is written in full there: a longer one ending with it runs
     * other words into it (a byline's author before the body).
     */
    private static Gazetteer.Entry namedInFull(DocumentState state, Gazetteer.Entry org) {
        if (org.known() || definedByItsAcronym(state, org.label())) return org;
        return state.sentences.stream().flatMap(x -> state.mentionsOf(x).stream())
                .flatMap(m -> m instanceof Mention.Entity e ? e.entries().stream() : java.util.stream.Stream.empty())
                .filter(e -> e.is(Pact.Organization.getURI()) && e.label().endsWith(" " + org.label())
                        && !OrganisationsInTitles.holdBodyNoun(e.label().substring(0, e.label().length() - org.label().length())))
                .findFirst().orElse(org);
    }

    /**
     * The further titles written after the one that follows a person's name, each after "and"
     * ("NAME, the Assistant Director at X and Director of Y"), that name their organisation.
     */
    private static List<Mention.Title> titlesAfterAnd(DocumentState state, Sentence s, Mention person) {
        String text = s.text();
        List<Mention> mentions = state.mentionsOf(s);
        Optional<Mention> first = mentions.stream()
                .filter(m -> m instanceof Mention.Title && m.begin() >= person.end() && text.substring(person.end(), m.begin()).matches(",\\s*(?:the\\s+)?"))
                .findFirst();
        return chain(first, last -> titleWithOrg(mentions, m -> m.begin() >= last.end()
                && text.substring(last.end(), m.begin()).matches("\\s+and\\s+(?:the\\s+)?")));
    }

    /**
     * The further titles written before the one right before a person's name, each followed by
     * "and" ("X First Deputy Minister and Interior Minister NAME"), that name their organisation.
     */
    private static List<Mention.Title> titlesBeforeAnd(DocumentState state, Sentence s, Mention person) {
        String text = s.text();
        List<Mention> mentions = state.mentionsOf(s);
        Optional<Mention> first = titleWithOrg(mentions, m -> m.end() <= person.begin() && text.substring(m.end(), person.begin()).isBlank());
        return chain(first, next -> titleWithOrg(mentions, m -> m.end() <= next.begin() && text.substring(m.end(), next.begin()).matches("\\s+and\\s+")));
    }

    /** The first title of the sentence that names its organisation and meets the condition. */
    private static Optional<Mention> titleWithOrg(List<Mention> mentions, java.util.function.Predicate<Mention> condition) {
        return mentions.stream().filter(m -> m instanceof Mention.Title t && t.org().isPresent() && condition.test(m)).findFirst();
    }

    /** The titles that follow from the first, each the one {@code next} finds from the one before; the first itself not included. */
    private static List<Mention.Title> chain(Optional<Mention> first, java.util.function.Function<Mention, Optional<Mention>> next) {
        List<Mention.Title> more = new java.util.ArrayList<>();
        Optional<Mention> at = first.flatMap(next);
        while (at.isPresent()) {
            more.add((Mention.Title) at.get());
            at = next.apply(at.get());
        }
        return more;
    }

    /** A title's portfolio after it: "for" or "of" and a capitalised word. */
    private static final Pattern GOES_ON_WITH_PORTFOLIO = Pattern.compile("\\s+(?:for|of)\\s+(?:the\\s+)?\\p{Lu}");

    /** A modifier right before a title, which makes it another post ("Deputy", "Under", "Acting"). */
    private static final Pattern LOWERED_BY_MODIFIER = Pattern.compile(
            "\\b(?:" + String.join("|", Titles.MODIFIERS) + "|Acting)\\s+$");

    /**
     * Whether a new organisation is named by nothing but an acronym that the document defines in
     * brackets after a name the rules did not read as its ("the Harlow Tide Partnership (HTP)"):
     * a post in it would be named by the acronym instead of the name the document gives, which is
     * how posts are named, so the post is left out rather than asserted under the wrong name.
     */
    static boolean acronymOfAnUnreadName(DocumentState state, Gazetteer.Entry org) {
        if (org.known() || !MentionFinder.ACRONYM_ONLY.matcher(org.label()).matches()) return false;
        Pattern defined = Pattern.compile("\\((?:\\p{Lu}[\\p{L}-]*\\s+)*" + Pattern.quote(org.label()) + "\\)");
        return state.sentences.stream().anyMatch(x -> defined.matcher(x.text()).find());
    }

    /**
     * Whether a title follows the possessive of a new organisation named by capitals alone ("HTP's
     * director"): a short form, which a text writes where it has named the body in full elsewhere;
     * unless the rules linked the two ({@link MentionFinder}), the post would be named by the short
     * form, against the convention, so it is left out.
     */
    private static boolean possessiveOfAnAcronym(String text, Mention.Title t) {
        Gazetteer.Entry org = t.org().get();
        if (org.known() || !MentionFinder.ACRONYM_ONLY.matcher(org.label()).matches() && !AcronymsOfWordParts.CANDIDATE.matcher(org.label()).matches()) return false;
        String before = text.substring(0, t.begin()).stripTrailing();
        // The acronym's own possessive, within the title or right before it: another name's possessive there is no sign.
        return t.text().contains(org.label() + "'s") || t.text().contains(org.label() + "\u2019s")
                || before.endsWith(org.label() + "'s") || before.endsWith(org.label() + "\u2019s");
    }

    /**
     * Whether a new organisation's name holds a dash set off by spaces ("Harlow, HB - Harlow
     * Office of X", "X) - Harlow Agency"): a dateline's or a heading's words run into the name
     * across the dash, which no body's name is written with, so the post would be named by a
     * name that is not the body's; it is left out rather than asserted so.
     */
    private static boolean runsOnPastADash(Gazetteer.Entry org) {
        return !org.known() && SPACED_DASH.matcher(org.label()).find();
    }

    private static final Pattern SPACED_DASH = Pattern.compile("\\s[-\u2013\u2014]\\s");

    /**
     * A title whose organisation is a new one named by an acronym alone, which the document
     * defines in brackets after the name it stands for ("the Harlow Tide Partnership (HTP)",
     * "Executive Director of the HTP"): the title with that name instead, as posts are named by
     * the names of their organisations. The name is the one the acronym spells out
     * ({@link SpelledOutAcronyms}).
     */
    private static Optional<Mention.Title> spelledOut(DocumentState state, Mention.Title t) {
        Gazetteer.Entry org = t.org().get();
        if (org.known() || !MentionFinder.ACRONYM_ONLY.matcher(org.label()).matches()) return Optional.empty();
        for (Sentence x : state.sentences) {
            Optional<String> name = SpelledOutAcronyms.in(x.text()).stream().filter(d -> d.acronym().equals(org.label()))
                    .findFirst().map(d -> d.name(x.text()));
            if (name.isEmpty()) continue;
            String type = NameRecognizer.isGovernmentBody(name.get()) ? Pact.GovernmentBody.getURI() : Pact.Organization.getURI();
            Gazetteer.Entry full = state.gazetteer.newOrganisation(name.get(), type);
            return renamed(t.label(), org.label(), name.get())
                    .map(label -> new Mention.Title(t.begin(), t.end(), t.text(), t.title(), label, Optional.of(full)));
        }
        return Optional.empty();
    }

    static Optional<String> postBeside(DocumentState state, Sentence s, Mention person, String rule) {
        String text = s.text();
        Optional<Gazetteer.Entry> entry = Phrases.entityOf(person, Pact.Person.getURI());
        for (Mention m : state.mentionsOf(s)) {
            boolean before = m.end() <= person.begin() && text.substring(m.end(), person.begin()).matches("\\s*(?:" + Titles.HONORIFIC + ")?");
            boolean after = m.begin() >= person.end() && text.substring(person.end(), m.begin()).matches(",\\s*(?:the\\s+)?");
            if (!before && !after) continue;
            Optional<Gazetteer.Entry> known = Phrases.entityOf(m, Pact.Post.getURI());
            if (known.isPresent() && (GOES_ON_WITH_PORTFOLIO.matcher(text).region(m.end(), text.length()).lookingAt()
                    || LOWERED_BY_MODIFIER.matcher(text.substring(0, m.begin())).find())) {
                continue; // "Secretary of the Tidewater for Harbours", "Deputy Secretary of the Tidewater": other posts than the one known
            }
            if (known.isPresent() && Titles.isBare(m.text())
                    && !entry.map(e -> state.gazetteer.postsOf(e.iri()).contains(known.get().iri())).orElse(false)) {
                continue; // "President" alone is not the one president the reference data knows
            }
            if (known.isPresent()) return Optional.of(known.get().iri());
            if (m instanceof Mention.Title t && t.org().isPresent()) {
                Optional<Mention.Title> spelled = spelledOut(state, t);
                if (spelled.isPresent()) return Optional.of(newPost(state, s, spelled.get(), entry, rule, spelled.get().org().get()));
                if (acronymOfAnUnreadName(state, t.org().get()) || possessiveOfAnAcronym(text, t) || runsOnPastADash(t.org().get())) continue;
                return Optional.of(newPost(state, s, t, entry, rule));
            }
        }
        String firstWord = person.text().split("\\s+")[0];
        if (entry.isPresent() && (Titles.CORE.contains(firstWord) || Titles.MODIFIERS.contains(firstWord))) {
            return state.gazetteer.postsOf(entry.get().iri()).stream()
                    .filter(p -> state.gazetteer.labelOf(p).orElse("").contains(firstWord))
                    .findFirst();
        }
        return Optional.empty();
    }
}
