package org.pactgraph.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.pactgraph.model.Iris;

/**
 * Writes one synthetic announcement and its gold standard together, in one of five voices
 * (university news story, wire report, company blog post, government fact sheet, press release),
 * each with its own wording of the partnership, the money, the themes, the signing and a quote.
 */
final class AnnouncementComposer {
    /** A document: its file stem (the slug), its Markdown text and its gold standard as Turtle. */
    record Composed(String slug, String text, String gold) {}

    private static final String[] STYLES = {"news", "wire", "blog", "fact-sheet", "press-release"};
    private final SyntheticWorld world;

    AnnouncementComposer(SyntheticWorld world) {
        this.world = world;
    }

    Composed compose(int index, SplittableRandom r) {
        LocalDate pub = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(7 * 365));
        String style = STYLES[r.nextInt(STYLES.length)];
        String slug = pub + "-" + style + "-" + String.format("%06d", index);
        Facts f = new Facts(world, r, pub, slug);
        String text = switch (style) {
            case "news" -> f.news();
            case "wire" -> f.wire();
            case "blog" -> f.blog();
            case "fact-sheet" -> f.factSheet();
            default -> f.pressRelease();
        };
        return new Composed(slug, text, f.gold.turtle("Gold standard of a synthetic " + style + " (pactgraph generate)."));
    }

    /** What one document states, chosen at random, and the sentences that state it. */
    private static final class Facts {
        final SplittableRandom r;
        final SyntheticWorld world;
        final LocalDate pub;
        final Gold gold;
        final String slug;
        final SyntheticWorld.Org u1;
        final SyntheticWorld.Org u2;
        final SyntheticWorld.Org c1;
        final SyntheticWorld.Org c2;
        final List<SyntheticWorld.Theme> themes = new ArrayList<>();
        final String partnership;
        final BigDecimal amount;
        final String amountText;
        final int years;
        final String[] quote;

        Facts(SyntheticWorld world, SplittableRandom r, LocalDate pub, String slug) {
            this.world = world;
            this.r = r;
            this.pub = pub;
            this.slug = slug;
            this.gold = new Gold(slug);
            SyntheticWorld.Org a = pick(world.universities);
            SyntheticWorld.Org b = pick(world.universities);
            while (b == a) b = pick(world.universities);
            boolean ordered = a.name().compareTo(b.name()) < 0;
            u1 = ordered ? a : b;
            u2 = ordered ? b : a;
            c1 = pick(world.companies);
            SyntheticWorld.Org c = pick(world.companies);
            while (c == c1) c = pick(world.companies);
            c2 = c;
            while (themes.size() < 4) {
                SyntheticWorld.Theme t = pick(world.themes);
                if (!themes.contains(t)) themes.add(t);
            }
            int millions = 2 + r.nextInt(59);
            boolean half = r.nextInt(4) == 0;
            amount = BigDecimal.valueOf(millions * 1_000_000L + (half ? 500_000L : 0));
            amountText = millions + (half ? ".5" : "") + " million";
            years = 2 + r.nextInt(9);
            int q = r.nextInt(WordLists.QUOTES.size());
            quote = new String[] {WordLists.QUOTES.get(q), WordLists.QUOTES.get((q + 1 + r.nextInt(WordLists.QUOTES.size() - 1)) % WordLists.QUOTES.size())};
            String slugs = List.of(slugOf(u1), slugOf(u2)).stream().sorted().reduce((x, y) -> x + "-" + y).orElseThrow();
            partnership = Iris.id(Iris.Kind.PARTNERSHIP, slugs + "-" + pub.getYear());
            gold.org(u1);
            gold.org(u2);
            gold.minted(partnership, "Partnership", u1.name() + " - " + u2.name() + " partnership");
            gold.link(partnership, "pact:partner", u1.iri());
            gold.link(partnership, "pact:partner", u2.iri());
        }

        private <T> T pick(List<T> list) {
            return list.get(r.nextInt(list.size()));
        }

        private static String slugOf(SyntheticWorld.Org o) {
            return Iris.slugOf(o.iri());
        }

        String news() {
            LocalDate announced = pub.minusDays(r.nextInt(4));
            LocalDate signed = sameYear(announced.minusDays(1 + r.nextInt(10)));
            String t1 = WordLists.TITLES_BEFORE.get(r.nextInt(WordLists.TITLES_BEFORE.size()));
            String t2 = WordLists.TITLES_BEFORE.get(r.nextInt(WordLists.TITLES_BEFORE.size()));
            String p1 = personName();
            String p2 = otherName(p1);
            String p3 = otherName(p1, p2);
            boolean upTo = r.nextBoolean();
            String titleAfter = WordLists.TITLES_AFTER.get(r.nextInt(WordLists.TITLES_AFTER.size()));
            StringBuilder t = new StringBuilder();
            t.append("# ").append(u1.name()).append(" and ").append(u2.name()).append(" launch ").append(themes.get(0).name()).append(" partnership\n\n");
            t.append("*Campus News | ").append(longDate(pub)).append("*\n\n");
            t.append(u1.name()).append(" and ").append(u2.name()).append(" announced a ").append(WordLists.NUMBER_WORDS.get(years - 2))
                    .append("-year research partnership in ").append(themes.get(0).name()).append(" on ").append(weekday(announced)).append(".\n\n");
            announcement(announced, null);
            theme(themes.get(0));
            SyntheticWorld.City city = cityOf(signed);
            t.append("The agreement was signed at a ceremony in ").append(city.name()).append(" on ").append(weekday(signed)).append(", ")
                    .append(monthDay(signed)).append(", by ").append(u1.name()).append(' ').append(t1).append(' ').append(p1)
                    .append(" and ").append(u2.name()).append(' ').append(t2).append(' ').append(p2).append(".\n\n");
            String e = signing(signed, city);
            gold.link(partnership, "pact:signedBy", gold.person(p1, gold.post(postBefore(t1, u1), t1, u1)));
            gold.link(partnership, "pact:signedBy", gold.person(p2, gold.post(postBefore(t2, u2), t2, u2)));
            gold.link(partnership, "pact:signedAt", e);
            t.append("The partnership is supported by ").append(upTo ? "up to " : "").append('$').append(amountText).append(" over ")
                    .append(WordLists.NUMBER_WORDS.get(years - 2)).append(" years from ").append(c1.name()).append(" and ").append(c2.name()).append(".\n\n");
            funding(1, List.of(c1, c2), true, upTo, years, "USD");
            t.append("The collaboration will focus on three areas: ").append(list(1)).append(".\n\n");
            themes(1);
            t.append('"').append(quote[0]).append(' ').append(open(quote[1])).append(",\" said ").append(r.nextBoolean() ? "Dr. " : "")
                    .append(p3).append(", ").append(titleAfter).append(" at ").append(the(u1)).append(".\n");
            statement(1, p3, postAfter(titleAfter, "at", u1));
            return t.toString();
        }

        String wire() {
            LocalDate signed = pub.minusDays(r.nextInt(7));
            String p = personName();
            String titleAfter = WordLists.TITLES_AFTER.get(r.nextInt(WordLists.TITLES_AFTER.size()));
            StringBuilder t = new StringBuilder();
            t.append(u1.name()).append(" and ").append(u2.name()).append(" team up on ").append(themes.get(0).name()).append("\n\n");
            t.append(cityOf(pub).name().toUpperCase(Locale.ROOT)).append(", ").append(longDate(pub)).append(" - ").append(u1.name())
                    .append(" and ").append(u2.name()).append(" signed an agreement on ").append(weekday(signed)).append(" to study ")
                    .append(themes.get(0).name()).append(" together, the two schools said.\n\n");
            theme(themes.get(0));
            announcement(pub, null);
            SyntheticWorld.City city = cityOf(signed);
            gold.link(partnership, "pact:signedAt", signing(signed, city));
            t.append(c1.name()).append(" and ").append(c2.name()).append(" each pledged $").append(amountText).append(" to the ")
                    .append(WordLists.NUMBER_WORDS.get(years - 2)).append("-year partnership, which will also fund graduate exchanges.\n\n");
            funding(1, List.of(c1), false, false, 0, "USD");
            funding(2, List.of(c2), false, false, 0, "USD");
            t.append("The partnership between ").append(u1.name()).append(" and ").append(u2.name()).append(" will focus on ").append(list(1)).append(".\n\n");
            themes(1);
            t.append('"').append(quote[0]).append(' ').append(open(quote[1])).append(",\" said ").append(p).append(", ").append(titleAfter)
                    .append(" at ").append(the(u2)).append(".\n\n");
            statement(1, p, postAfter(titleAfter, "at", u2));
            t.append("The agreement was signed at a ceremony in ").append(city.name()).append(" attended by officials from both governments.\n");
            return t.toString();
        }

        String blog() {
            LocalDate signed = sameYear(pub.minusDays(1 + r.nextInt(10)));
            String p = personName();
            String title = titleCase(WordLists.TITLES_AFTER.get(r.nextInt(WordLists.TITLES_AFTER.size())));
            StringBuilder t = new StringBuilder();
            t.append("# Why we're backing a new ").append(themes.get(0).name()).append(" partnership\n\n");
            t.append("_Posted ").append(longDate(pub)).append(" by the ").append(c1.name()).append(" team_\n\n");
            t.append("Good research takes years, not quarters. That's why ").append(c1.name()).append(" is committing $").append(amountText)
                    .append(" over ").append(WordLists.NUMBER_WORDS.get(years - 2)).append(" years to a new research partnership between ")
                    .append(u1.name()).append(" and ").append(u2.name()).append(".\n\n");
            announcement(pub, null);
            gold.org(c1);
            funding(1, List.of(c1), false, false, years, "USD");
            t.append("The two universities will focus on ").append(list(1)).append(".\n\n");
            themes(1);
            t.append("\u201c").append(quote[0]).append(' ').append(open(quote[1])).append(",\u201d says ").append(p).append(", ").append(title)
                    .append(" at ").append(c1.name()).append(".\n\n");
            statement(1, p, postAfter(title, "at", c1));
            SyntheticWorld.City city = cityOf(signed);
            t.append("The partnership agreement was signed in ").append(city.name()).append(" on ").append(monthDay(signed)).append(".\n");
            gold.link(partnership, "pact:signedAt", signing(signed, city));
            return t.toString();
        }

        String factSheet() {
            LocalDate signed = sameYear(pub.minusDays(1 + r.nextInt(10)));
            String minister = personName();
            StringBuilder t = new StringBuilder();
            t.append("# FACT SHEET: A new university partnership in ").append(themes.get(0).name()).append("\n\n").append(longDate(pub)).append("\n\n");
            t.append("Today, Minister ").append(minister).append(" announced a new university-corporate partnership between ")
                    .append(u1.name()).append(" and ").append(u2.name()).append(".\n\n");
            String person = gold.person(minister, null);
            announcement(pub, person);
            t.append("- **").append(u1.name()).append(" and ").append(u2.name()).append("** will partner on ").append(themes.get(0).name())
                    .append(", supported by $").append(amountText).append(" from ").append(c1.name()).append(" and ").append(c2.name()).append(".\n\n");
            theme(themes.get(0));
            funding(1, List.of(c1, c2), true, false, 0, "USD");
            SyntheticWorld.City city = cityOf(signed);
            t.append("The partnership was signed at a ceremony in ").append(city.name()).append(" on ").append(monthDay(signed)).append(".\n\n");
            gold.link(partnership, "pact:signedAt", signing(signed, city));
            t.append('"').append(quote[0]).append(' ').append(open(quote[1])).append(",\" said Minister ")
                    .append(minister.substring(minister.indexOf(' ') + 1)).append(".\n");
            statementOf(1, person, null);
            return t.toString();
        }

        String pressRelease() {
            String p = personName();
            String titleAfter = WordLists.TITLES_AFTER.get(r.nextInt(WordLists.TITLES_AFTER.size()));
            SyntheticWorld.City city = cityOf(pub);
            StringBuilder t = new StringBuilder();
            t.append("# ").append(u1.name()).append(" and ").append(u2.name()).append(" sign ").append(themes.get(0).name()).append(" research pact\n\n");
            t.append("Press release \u2013 ").append(pub.getDayOfMonth()).append(' ').append(month(pub)).append(' ').append(pub.getYear()).append("\n\n");
            t.append(city.name()).append(" \u2014 ").append(u1.name()).append(" and ").append(u2.name())
                    .append(" today signed a memorandum of understanding to collaborate on ").append(themes.get(0).name()).append(".\n\n");
            theme(themes.get(0));
            announcement(pub, null);
            gold.link(partnership, "pact:signedAt", signing(pub, city));
            t.append("The work will receive \u20ac").append(amountText).append(" over ").append(WordLists.NUMBER_WORDS.get(years - 2))
                    .append(" years from ").append(c1.name()).append(" and ").append(c2.name()).append(", the partners said.\n\n");
            funding(1, List.of(c1, c2), true, false, years, "EUR");
            t.append("Research will focus on ").append(list(1)).append(".\n\n");
            themes(1);
            t.append("\u201c").append(quote[0]).append(' ').append(open(quote[1])).append(",\u201d said Professor ").append(p).append(", ")
                    .append(titleAfter).append(" of ").append(the(u1)).append(".\n");
            statement(1, p, postAfter(titleAfter, "of", u1));
            return t.toString();
        }

        private LocalDate sameYear(LocalDate d) {
            return d.getYear() == pub.getYear() ? d : pub;
        }

        /**
         * The city of a day in this document. Documents of one day name different cities, so a
         * large corpus holds ceremonies of one day in several places, which are different events.
         */
        private SyntheticWorld.City cityOf(LocalDate day) {
            return world.cities.get((int) Math.floorMod(day.toEpochDay() * 31 + slug.hashCode(), (long) world.cities.size()));
        }

        private String signing(LocalDate day, SyntheticWorld.City city) {
            String iri = Iris.signingCeremony(day, city.iri());
            gold.minted(iri, "SigningCeremony", "Signing ceremony of " + day);
            gold.add(iri, "pact:date", Turtle.typed(day.toString(), "date"));
            gold.link(iri, "pact:place", city.iri());
            // A release dated the day of the signing it reports was made at it, as the real gold standards have it.
            if (day.equals(pub)) gold.link(Iris.id(Iris.Kind.ANNOUNCEMENT, slug), "pact:atEvent", iri);
            return iri;
        }

        /** Every document reports an announcement: on the day it says, else on its day of publication. */
        private void announcement(LocalDate day, String person) {
            String iri = Iris.id(Iris.Kind.ANNOUNCEMENT, slug);
            gold.add(iri, "a", "pact:Announcement");
            gold.link(iri, "pact:reportedIn", gold.document());
            if (person != null) gold.link(iri, "pact:announcedBy", person);
            gold.add(iri, "pact:date", Turtle.typed(day.toString(), "date"));
            gold.link(iri, "pact:announces", partnership);
        }

        private void funding(int n, List<SyntheticWorld.Org> funders, boolean combined, boolean upTo, int duration, String currency) {
            String iri = Iris.id(Iris.Kind.FUNDING, slug + "-" + n);
            gold.add(iri, "a", "pact:FundingTotal");
            for (SyntheticWorld.Org f : funders) {
                gold.org(f);
                gold.link(iri, "pact:funder", f.iri());
                gold.link(partnership, "pact:fundedBy", f.iri());
            }
            gold.link(iri, "pact:fundedItem", partnership);
            gold.link(iri, "pact:amount", iri + "#amount");
            gold.add(iri + "#amount", "a", "pact:MonetaryAmount");
            gold.add(iri + "#amount", "pact:value", Turtle.typed(amount.toPlainString(), "decimal"));
            gold.add(iri + "#amount", "pact:currency", Turtle.string(currency));
            gold.add(iri, "pact:isCombined", Boolean.toString(combined));
            if (upTo) gold.add(iri, "pact:isUpperBound", "true");
            if (duration > 0) gold.add(iri, "pact:durationYears", Turtle.typed(Integer.toString(duration), "decimal"));
        }

        private void theme(SyntheticWorld.Theme t) {
            gold.theme(t);
            gold.link(partnership, "pact:hasTheme", t.iri());
        }

        private void themes(int from) {
            for (int i = from; i < from + 3; i++) theme(themes.get(i));
        }

        private String list(int from) {
            return themes.get(from).name() + ", " + themes.get(from + 1).name() + " and " + themes.get(from + 2).name();
        }

        private void statement(int n, String speaker, String post) {
            statementOf(n, gold.person(speaker, post), post);
        }

        private void statementOf(int n, String person, String post) {
            String iri = Iris.id(Iris.Kind.STATEMENT, slug + "-" + n);
            gold.add(iri, "a", "pact:Statement");
            gold.link(iri, "pact:speaker", person);
            if (post != null) gold.link(iri, "pact:speakerPost", post);
            gold.add(iri, "pact:quote", Turtle.string(quote[0] + " " + quote[1]));
            gold.link(iri, "pact:reportedIn", gold.document());
        }

        /** "President" before the name of a person of "University of X": the post "President of the University of X". */
        private String postBefore(String title, SyntheticWorld.Org org) {
            return title + " of " + the(org);
        }

        /** "dean of engineering at X" after a name: the post "Dean of engineering at X" with the title "Dean of engineering". */
        private String postAfter(String title, String preposition, SyntheticWorld.Org org) {
            String label = SyntheticWorld.capitalized(title) + " " + preposition + " " + the(org);
            return gold.post(label, SyntheticWorld.capitalized(title), org);
        }

        private static String the(SyntheticWorld.Org o) {
            return o.name().startsWith("University") ? "the " + o.name() : o.name();
        }

        private String personName() {
            String head = pick(WordLists.SURNAME_HEADS);
            return pick(WordLists.GIVEN) + " " + head + pick(WordLists.SURNAME_TAILS);
        }

        private String otherName(String... taken) {
            String n = personName();
            while (List.of(taken).contains(n)) n = personName();
            return n;
        }

        private static String open(String sentence) {
            return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        }

        private static String titleCase(String s) {
            StringBuilder b = new StringBuilder();
            for (String w : s.split(" ")) {
                if (!b.isEmpty()) b.append(' ');
                b.append(w.equals("of") || w.equals("for") ? w : SyntheticWorld.capitalized(w));
            }
            return b.toString();
        }

        private static String month(LocalDate d) {
            return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        private static String monthDay(LocalDate d) {
            return month(d) + " " + d.getDayOfMonth();
        }

        private static String longDate(LocalDate d) {
            return monthDay(d) + ", " + d.getYear();
        }

        private static String weekday(LocalDate d) {
            return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }
}
