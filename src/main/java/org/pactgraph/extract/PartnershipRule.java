package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Partnerships between institutions, in the three ways English writes them: "between A and B"
 * (also "between A and B and between C and D", and lists "between A, B, X and Y" where the
 * companies X and Y support the partnership of A and B), "the A and B partnership" or "the A-B
 * partnership", and "A and B will partner / announced a partnership". A partnership the
 * reference data knows by the same partners keeps its IRI; another one gets an IRI from its
 * partners' names and the document's year, and is marked for review.
 */
final class PartnershipRule implements Rule {
    /** A news dateline before the first sentence: "AUSTIN, June 3, 2025 - ". */
    private static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{L} .,]{0,40}?(?:,\\s*\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s+[-:]\\s+");
    private static final Pattern BRACKETS = Pattern.compile("^\\s*\\([^)]{0,40}\\)");
    private static final Pattern TOPIC = Pattern.compile("(?i)\\b(partner\\w*|collaborat\\w*|alliance|agreement|cooperation|memorandum|pact|consortium)\\b");
    private static final Pattern AFTER_BETWEEN = Pattern.compile("(?s).*\\bbetween\\s+(the\\s+)?$");
    private static final Pattern NOUN_FORM = Pattern.compile("(?is)^['\\s]*(?:s\\s+)?(?:[a-z-]+\\s+){0,2}(partnership|collaboration|alliance)\\b.*");
    private static final Pattern VERB_FORM = Pattern.compile(
            "(?is)^\\s+(?:[a-z]+\\s+){0,2}(partner|partnered|partnering|collaborate|collaborated|launch|launched|launches|sign|signed"
                    + "|announced|announce|form|formed|establish|established|team|teamed|join|joined)\\b.*");

    @Override
    public String name() {
        return "partnership-between";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            if (!TOPIC.matcher(s.text()).find()) continue;
            List<Mention> orgs = state.mentionsOf(s).stream().filter(m -> Phrases.entityOf(m, Pact.Organization.getURI()).isPresent()).toList();
            for (List<Mention> group : groups(s.text(), orgs)) {
                record(state, s, group);
            }
        }
    }

    /** Runs of organisations joined by "and", commas or a hyphen that the text presents as partners. */
    private static List<List<Mention>> groups(String text, List<Mention> orgs) {
        List<List<Mention>> groups = new ArrayList<>();
        int i = 0;
        while (i < orgs.size()) {
            List<Mention> run = new ArrayList<>(List.of(orgs.get(i)));
            int j = i;
            while (j + 1 < orgs.size() && joined(Phrases.between(text, orgs.get(j).end(), orgs.get(j + 1).begin()))) {
                run.add(orgs.get(++j));
            }
            i = j + 1;
            if (run.size() < 2) continue;
            Mention first = run.get(0);
            Mention last = run.get(run.size() - 1);
            String before = DATELINE.matcher(text.substring(0, first.begin())).replaceFirst("").toLowerCase(Locale.ROOT);
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

    private static boolean joined(String between) {
        return between.equals("and") || between.equals("and the") || between.equals(",") || between.equals(", and")
                || between.equals(", the") || between.equals(", and the") || between.equals("-") || between.equals("/");
    }

    private void record(DocumentState state, Sentence s, List<Mention> group) {
        List<Gazetteer.Entry> partners = new ArrayList<>();
        List<Gazetteer.Entry> supporters = new ArrayList<>();
        for (Mention m : group) {
            Gazetteer.Entry e = Phrases.entityOf(m, Pact.Institution.getURI())
                    .orElseGet(() -> Phrases.entityOf(m, Pact.Organization.getURI()).orElseThrow());
            List<Gazetteer.Entry> into = e.is(Pact.Institution.getURI()) ? partners : supporters;
            if (into.stream().noneMatch(x -> x.iri().equals(e.iri()))) into.add(e);
        }
        if (partners.size() < 2) return;
        Set<String> partnerIris = new LinkedHashSet<>();
        partners.forEach(e -> partnerIris.add(e.iri()));
        String known = state.gazetteer.partnershipOf(partnerIris).orElse(null);
        String iri = known != null ? known : mint(state, partners);
        if (known == null) {
            String label = String.join(" - ", partners.stream().map(Gazetteer.Entry::label).toList()) + " partnership";
            state.declare(iri, Pact.Partnership, label, s, name());
        }
        for (Gazetteer.Entry partner : partners) {
            state.link(iri, Pact.partner, partner, s, name());
        }
        for (Gazetteer.Entry supporter : supporters) {
            state.link(iri, Pact.fundedBy, supporter, s, name());
        }
        state.notePartnership(s, iri, partnerIris);
    }

    private static String mint(DocumentState state, List<Gazetteer.Entry> partners) {
        String slugs = String.join("-", partners.stream()
                .map(e -> Iris.slugOf(e.iri()))
                .sorted()
                .toList());
        return Iris.id(Iris.Kind.PARTNERSHIP, slugs + state.year().map(y -> "-" + y).orElse(""));
    }
}
