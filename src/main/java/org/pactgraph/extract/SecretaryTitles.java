package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Secretaries "of" a field before a person's name ("Secretary of the Interior NAME", "Assistant
 * Secretary of Harbours for Coastal Development NAME"): the posts, in the department of the field.
 */
final class SecretaryTitles {
    private final Gazetteer gazetteer;
    private final NewPersonNames names;

    SecretaryTitles(Gazetteer gazetteer, NewPersonNames names) {
        this.gazetteer = gazetteer;
        this.names = names;
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
    void secretariesBefore(String text, List<int[]> people, List<Gazetteer.Match> taken, List<Mention> found) {
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
            if (TakenMatches.overlaps(taken, m.start(1), nameAt) || found.stream().anyMatch(f -> f.begin() < nameAt && m.start(1) < f.end() && !(f instanceof Mention.Entity))) continue;
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
    void secretariesForPortfoliosBefore(String text, List<int[]> people, List<Gazetteer.Match> taken, List<Integer> verbs,
                                                List<Mention> found) {
        if (!text.contains("Secretary of ")) return;
        Matcher m = SECRETARY_OF_FIELD_FOR.matcher(text);
        while (m.find()) {
            int fieldEnd = m.end(2);
            nameAfterPortfolio(text, fieldEnd).ifPresent(name -> {
                names.person(text, name[0], name[1], taken, verbs, found);
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

    /** The department a title that is a secretary "of" a field heads ("Secretary of Agriculture"), if it is one. */
    Optional<Gazetteer.Entry> departmentHeadedBy(String title) {
        return SECRETARY_OF.matcher(title).matches() ? department(title) : Optional.empty();
    }
}
