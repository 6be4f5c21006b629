package org.pactgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Money given by named organisations, written either way round: "supported by $N ... from A, B
 * and C" or "A, B and C invested a combined $N to support ...". What it funds: the partnerships
 * the sentence names; the initiatives it names by theme ("the quantum computing and
 * semiconductor programs", in the year of the context); the document's initiative when it
 * speaks of "these partnerships" (else the partnerships of its section); else the partnership
 * named last in its section. Several funders make a
 * combined figure unless the text says "each", which gives one funding per funder.
 *
 * <p>Each figure is a {@code pact:FundingTotal}. A total names at most one funded item, so that
 * a sum over items cannot count it twice: a figure for several items together (a combined sum
 * "to support the new quantum computing and semiconductor academic programs") is a total without
 * an item, with one {@code pact:FundingShare} per item ({@code {total}-{item slug}}), whose
 * amount the text does not give, so the total keeps the money. Its figure is its
 * {@code pact:amount}, which sums count, unless the reference data splits it into shares of its
 * own (pact:shareOf this figure's IRI): those shares carry the money, and the figure is then its
 * {@code pact:statedAmount}, so that no dollar is counted twice.
 */
final class FundingRule implements Rule {
    private static final Pattern FROM = Pattern.compile("^[^.;]*?\\b(?:from|by)\\s+");
    private static final Pattern VERB = Pattern.compile(
            "(?i)\\b(?:invest\\w*|commit\\w*|contribut\\w*|provid\\w*|pledg\\w*|donat\\w*|giv\\w*|gave|add\\w*|award\\w*|grant\\w*|fund\\w*)\\b[^.;]*$");
    private static final Pattern TOGETHER = Pattern.compile("(?i)\\b(these|the|both|all)\\s+(?:[a-z-]+\\s+){0,2}partnerships\\b");
    private static final Pattern PROGRAMS = Pattern.compile("(?i)\\b(programs?|programmes?|initiatives?|partnerships)\\b");

    @Override
    public String name() {
        return "funding-from";
    }

    @Override
    public void apply(DocumentState state) {
        Set<BigDecimal> given = new HashSet<>();
        for (Sentence s : state.sentences) {
            List<Mention> mentions = state.mentionsOf(s);
            for (Mention m : mentions) {
                if (!(m instanceof Mention.Money money) || Phrases.quoted(s.text(), money.begin())) continue;
                if (money.bound() == Mention.Bound.CAP && !perItem(s, money) && FundingSource.givenOutright(state, s, money)) {
                    readFromParse(state, s, mentions, money, given, true);
                    continue;
                }
                if (perAward(state, s, money)) continue;
                List<Gazetteer.Entry> funders = funders(state, s, mentions, money);
                List<String> items = funders.isEmpty() ? List.of() : fundedItems(state, s);
                if (items.isEmpty()) {
                    // The wording names who gives the figure but nothing it is bound to: the giver
                    // and the sum are stated, the item is left out rather than guessed.
                    if (!readFromParse(state, s, mentions, money, given, false) && !funders.isEmpty() && given.add(money.value())) {
                        record(state, s, money, funders, items, money.combined() || funders.size() > 1);
                    }
                    continue;
                }
                given.add(money.value());
                state.fromContext(Confidence.ofBinding(state, s, items), () -> {
                    if (money.each()) {
                        funders.forEach(f -> record(state, s, money, List.of(f), items, false));
                    } else {
                        record(state, s, money, funders, items, money.combined() || funders.size() > 1);
                    }
                });
            }
        }
    }

    /**
     * A cap or a figure per award, proposal or project ("proposals may request up to $500,000
     * from A", "$50,000 per project from A") in a sentence that names no partnership and does
     * not speak of one ("the partnership is supported by up to $N"): the terms of a call, no
     * money given to a partnership of another sentence.
     */
    private static boolean perAward(DocumentState state, Sentence s, Mention.Money money) {
        if (!state.partnershipsIn(s).isEmpty() || A_PACT.matcher(s.text()).find()) return false;
        return money.bound() == Mention.Bound.CAP || perItem(s, money);
    }

    /** A figure followed by "per award", "for each project", "each proposal": the size of one of many. */
    private static boolean perItem(Sentence s, Mention.Money money) {
        return PER_AWARD.matcher(s.text().substring(money.end())).lookingAt();
    }

    private static final Pattern A_PACT = Pattern.compile("(?i)\\b(?:" + PactNouns.PARTNERSHIP + "|partnerships|" + PactNouns.AGREEMENT + ")\\b");
    private static final Pattern PER_AWARD = Pattern.compile(
            "(?i)\\s*(?:\\([^)]*\\)\\s*)?(?:per|for each|each)\\s+(?:award|grant|proposal|project|team|institution|center|centre|application)s?\\b");

    /**
     * A figure the wording around it does not bind, read from the dependency parse: who gives it
     * ({@link FundingSource}) and the partnerships its own sentence names, if any (a figure is
     * never given to a partnership of another sentence by this reading). A cap ("up to $100,000"
     * per request) is no money given unless the caller found it given outright (the object of a
     * verb of giving), and a figure already recorded in the document (a headline's figure
     * repeated in the text) is recorded once. Returns whether the parse found who gives the figure.
     */
    private boolean readFromParse(DocumentState state, Sentence s, List<Mention> mentions, Mention.Money money, Set<BigDecimal> given,
                               boolean capGiven) {
        if ((money.bound() == Mention.Bound.CAP && !capGiven) || given.contains(money.value())) return false;
        Optional<FundingSource.Givers> givers = FundingSource.of(state, s, mentions, money);
        givers.ifPresent(g -> {
            given.add(money.value());
            record(state, s, money, g.funders(), state.partnershipsIn(s), g.combined());
        });
        return givers.isPresent();
    }

    /**
     * The organisations after "from"/"by" following the amount, or else the subject before a verb
     * of giving, leaving out names that only qualify the subject ("the agency's partners have
     * provided $N": the partners give, not the agency).
     */
    private static List<Gazetteer.Entry> funders(DocumentState state, Sentence s, List<Mention> mentions, Mention.Money money) {
        String text = s.text();
        Matcher from = FROM.matcher(text.substring(money.end()));
        if (from.find()) {
            int start = money.end() + from.end();
            int end = clauseEnd(text, start);
            List<Gazetteer.Entry> after = Phrases.entities(mentions, Pact.Organization.getURI(), start, end);
            if (!after.isEmpty()) return after;
        }
        String before = text.substring(0, money.begin());
        Matcher verb = VERB.matcher(before);
        if (verb.find()) {
            int clauseStart = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'))) + 1;
            List<Mention> givers = mentions.stream().filter(n -> !FundingSource.modifiesANoun(state, s, n)).toList();
            return Phrases.entities(givers, Pact.Organization.getURI(), clauseStart, verb.start());
        }
        return List.of();
    }

    private static int clauseEnd(String text, int from) {
        Matcher end = Pattern.compile("[.;]\\s|[.;]$|,\\s+(?:which|who|and will|to)\\b|\\s+to\\s+(?:support|fund)\\b").matcher(text);
        return end.find(from) ? end.start() : text.length();
    }

    private static List<String> fundedItems(DocumentState state, Sentence s) {
        List<String> named = state.partnershipsIn(s);
        if (!named.isEmpty()) return named;
        if (TOGETHER.matcher(s.text()).find()) {
            if (state.initiative != null) return List.of(state.initiative);
            List<String> inSection = state.partnershipsInSection(s);
            if (!inSection.isEmpty()) return inSection;
        }
        if (PROGRAMS.matcher(s.text()).find()) {
            List<String> initiatives = new ArrayList<>(Phrases.initiativesNamed(state, s));
            initiatives.remove(state.initiative);
            if (!initiatives.isEmpty()) return initiatives;
        }
        return state.lastPartnershipBefore(s).filter(p -> namedByThen(state, s, p)).map(List::of).orElse(List.of());
    }

    /**
     * Whether the partnership was named in the sentence or before it: one the text names only
     * later ("The five-year agreement, with $5 million ..." before the sentence that names the
     * partners of another partnership) is no item a reader could bind the figure to.
     */
    private static boolean namedByThen(DocumentState state, Sentence s, String partnership) {
        return state.partnershipsBySentence.entrySet().stream().anyMatch(e -> e.getKey() <= s.index() && e.getValue().contains(partnership));
    }

    private void record(DocumentState state, Sentence s, Mention.Money money, List<Gazetteer.Entry> funders, List<String> items, boolean combined) {
        String funding = state.nextFunding();
        String amount = funding + "#amount";
        state.type(funding, Pact.FundingTotal, s, name());
        if (items.size() == 1) {
            state.link(funding, Pact.fundedItem, items.get(0), s, name());
        } else {
            for (String item : items) {
                String share = funding + "-" + Iris.slugOf(item);
                state.type(share, Pact.FundingShare, s, name());
                state.link(share, Pact.shareOf, funding, s, name());
                state.link(share, Pact.fundedItem, item, s, name());
            }
        }
        for (Gazetteer.Entry funder : funders) {
            state.link(funding, Pact.funder, funder, s, name());
            items.stream().filter(state.partnerships::containsKey).forEach(p -> state.link(p, Pact.fundedBy, funder, s, name()));
        }
        state.link(funding, state.gazetteer.splitsFunding(funding) ? Pact.statedAmount : Pact.amount, amount, s, name());
        state.type(amount, Pact.MonetaryAmount, s, name());
        state.literal(amount, Pact.value, money.value().toPlainString(), XSDDatatype.XSDdecimal, s, name());
        state.text(amount, Pact.currency, money.currency(), s, name());
        state.literal(funding, Pact.isCombined, Boolean.toString(combined), XSDDatatype.XSDboolean, s, name());
        if (money.bound().ceiling()) state.literal(funding, Pact.isUpperBound, "true", XSDDatatype.XSDboolean, s, name());
        if (money.bound() == Mention.Bound.LOWER) state.literal(funding, Pact.isLowerBound, "true", XSDDatatype.XSDboolean, s, name());
        money.years().ifPresent(y -> state.literal(funding, Pact.durationYears, Integer.toString(y), XSDDatatype.XSDdecimal, s, name()));
    }
}
