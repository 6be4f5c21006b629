package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Signing ceremonies with their day, place and signatories ("signed at a ceremony in X on
 * Monday, September 30, by A and B", "at a signing ceremony at the X on Friday, March 7"). The
 * reference data's ceremony of that day keeps its IRI. The document's partnerships were signed
 * there, and when the sentence says they were announced there, so was the announcement.
 */
final class EventRule implements Rule {
    private static final Pattern SIGNING = Pattern.compile("(?i)\\b(signing ceremony|signed|signing)\\b");
    /** The same, with the verb "sign" itself ("A joined B to sign an agreement"). */
    private static final Pattern SIGNING_OR_SIGN = Pattern.compile("(?i)\\b(signing ceremony|signed|signing|signs?)\\b");
    private static final Pattern CITY = Pattern.compile("\\bin\\s+((?:\\p{Lu}[\\p{L}-]+)(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})");
    private static final Pattern BY = Pattern.compile("\\bby\\s+");
    /** The dash after a dateline's place, as the normaliser leaves it. */
    private static final Pattern DATELINE_DASH = Pattern.compile("\\s+[-\u2013\u2014]\\s+");

    @Override
    public String name() {
        return "signing-ceremony";
    }

    @Override
    public void apply(DocumentState state) {
        // A sentence that tells of the signing as done ("signed", "a signing ceremony") describes it
        // better than one that names it as an aim or in a headline ("met to sign", "A and B Sign"):
        // those count only in a document with none of the first.
        ceremonies(state, false);
        if (!state.events.containsKey("signing")) ceremonies(state, true);
        signersElsewhere(state);
    }

    /** The signing ceremony of the first signing sentence that dates it; {@code toSign}: the verb "sign" itself counts. */
    private void ceremonies(DocumentState state, boolean toSign) {
        for (Sentence s : state.sentences) {
            // Later sentences about the same signing only add its place, which event() has read from them.
            if (state.events.containsKey("signing")) break;
            OptionalInt signing = signingAt(state, s, toSign ? SIGNING_OR_SIGN : SIGNING);
            if (signing.isEmpty()) continue;
            String lower = s.text().toLowerCase(Locale.ROOT);
            int at = signing.getAsInt();
            // "today announced X recently signed": the day is the announcement's; the signing's was earlier and is not given.
            if (RECENTLY.matcher(s.text().substring(0, at)).find() || RECENTLY_ELSEWHERE.matcher(s.text()).region(at, s.text().length()).lookingAt()
                    || RECENTLY_OPENING.matcher(s.text()).lookingAt()) continue;
            Optional<Mention.Date> day = state.mentionsOf(s).stream()
                    .filter(m -> m instanceof Mention.Date d && d.precision().equals("day") && !DateParser.withoutItsYear(d, state.document.published()))
                    .map(m -> (Mention.Date) m)
                    .min(java.util.Comparator.comparingInt(m -> m.begin() >= at ? m.begin() - at : 2 * (at - m.end()) + 1))
                    .or(() -> dayOfLaunchBefore(state, s));
            if (day.isEmpty()) continue;
            List<String> partnerships = signedIn(state, s);
            if (partnerships.isEmpty()) {
                // "On August 15, 2019, A and B signed a memorandum", or the "Signed: May 25, 2019" field
                // of a page that presents an agreement: a ceremony on that day, whatever partnership the rules missed.
                boolean signedThatDay = Signatories.signsAnAgreement(state, s) || SIGNED_FIELD.matcher(s.text()).find() && agreementBefore(state, s);
                if (signedThatDay && !toldOfAnEarlierYear(state, s)) {
                    String event = event(state, s, day.get(), at, laterPlace(state, s));
                    if (state.document.published().filter(day.get().date()::equals).isPresent()) state.link(state.announcement(), Pact.atEvent, event, s, name());
                    state.events.put("signing", event);
                }
                continue;
            }
            if (signedByOthers(state, s, at, partnerships)) continue;
            double binding = Confidence.ofBinding(state, s, partnerships);
            state.fromContext(binding, () -> {
                String event = event(state, s, day.get(), at, laterPlace(state, s));
                for (String partnership : partnerships) {
                    state.link(partnership, Pact.signedAt, event, s, name());
                    Set<Gazetteer.Entry> people = new java.util.LinkedHashSet<>(signatories(state, s, at));
                    people.addAll(state.signers.getOrDefault(partnership, Set.of()));
                    Signatories.in(state, s).forEach(found -> people.addAll(found.people()));
                    for (Gazetteer.Entry person : people) {
                        state.link(partnership, Pact.signedBy, person, s, name());
                    }
                }
                // A release dated the day of the signing it reports was made there.
                if (lower.contains("announced") || state.document.published().filter(day.get().date()::equals).isPresent()) {
                    state.link(state.announcement(), Pact.atEvent, event, s, name());
                }
                state.events.put("signing", event);
            });
        }
    }

    /**
     * The partnerships a signing sentence tells of: its own, else those of its section; a page's
     * field of the day it was signed dates the one partnership the page presents, under whatever heading.
     */
    private static List<String> signedIn(DocumentState state, Sentence s) {
        List<String> partnerships = state.partnershipsIn(s).isEmpty() ? state.partnershipsInSection(s) : state.partnershipsIn(s);
        if (partnerships.isEmpty() && state.partnerships.size() == 1 && SIGNED_FIELD.matcher(s.text()).find()) {
            return List.copyOf(state.partnerships.keySet());
        }
        return partnerships;
    }

    /**
     * The people other sentences say signed a partnership, dated or not: "A and B signed the
     * agreement" (the one named last), "A and B signed an agreement making X a partner" (the one
     * the sentence names).
     */
    private void signersElsewhere(DocumentState state) {
        for (Sentence s : state.sentences) {
            for (Signatories.Signing signing : Signatories.in(state, s)) {
                List<String> partnerships = !state.partnershipsIn(s).isEmpty() ? state.partnershipsIn(s)
                        : signing.definite() && !toldOfAnEarlierYear(state, s) ? state.lastPartnershipBefore(s).map(List::of).orElse(List.of()) : List.of();
                if (partnerships.isEmpty()) continue;
                state.fromContext(Confidence.ofBinding(state, s, partnerships), () -> {
                    for (String partnership : partnerships) {
                        for (Gazetteer.Entry person : signing.people()) state.link(partnership, Pact.signedBy, person, s, name());
                    }
                });
            }
        }
    }

    /**
     * Whether the sentence dates what it tells to a year before the document's: "The treaty was
     * signed by A and B in 1921" is another document's signing, not the partnership's before it;
     * "On May 5, 2031, the mayor recalled that the cities signed a treaty in 1921" is no ceremony of that day.
     */
    private static boolean toldOfAnEarlierYear(DocumentState state, Sentence s) {
        return state.year().filter(year -> state.mentionsOf(s).stream().anyMatch(m -> m instanceof Mention.Date d && d.date().getYear() < year)).isPresent();
    }

    /**
     * The day of the sentence just before, in the same paragraph, that dates a partnership's
     * launch to the day, for a signing sentence that gives none ("On May 5, 2031, A launched a
     * partnership with B. We signed a memorandum at the X Embassy."): the signing made it.
     */
    private static Optional<Mention.Date> dayOfLaunchBefore(DocumentState state, Sentence s) {
        if (s.index() == 0) return Optional.empty();
        Sentence before = state.sentences.get(s.index() - 1);
        if (before.paragraph() != s.paragraph() || state.partnershipsIn(before).isEmpty()) return Optional.empty();
        List<Mention.Date> days = state.mentionsOf(before).stream()
                .filter(m -> m instanceof Mention.Date d && d.precision().equals("day") && !DateParser.withoutItsYear(d, state.document.published())).map(m -> (Mention.Date) m).toList();
        return days.size() == 1 ? Optional.of(days.get(0)) : Optional.empty();
    }

    /**
     * The ceremony of the day in its place: the reference data's, or one minted from the day and
     * the place, since ceremonies of one day in different places (reported by different
     * documents) are different events. The place is this sentence's, else a later signing
     * sentence's ("signed at a ceremony in Seoul"), which is then the evidence of the place.
     */
    private String event(DocumentState state, Sentence s, Mention.Date day, int from, Optional<Placed> later) {
        // A signing dated "today" took place where the release was written: its dateline's city,
        // unless a later sentence names where the ceremony was ("at a signing ceremony at the X Embassy").
        boolean today = day.text().equalsIgnoreCase("today");
        Optional<Placed> placed = venue(state, s).or(() -> statedPlace(state, s, from)).map(p -> new Placed(p, s)).or(() -> later)
                .or(() -> datelinePlace(state, s, from).or(() -> today ? datelineCity(state, s, from) : Optional.empty()).map(p -> new Placed(p, s)));
        String placeIri = placed.map(p -> p.place().iri()).orElse(null);
        String known = state.gazetteer.eventOf(Pact.SigningCeremony.getURI(), day.date(), placeIri).orElse(null);
        String event = known != null ? known : Iris.signingCeremony(day.date(), placeIri);
        if (known == null) {
            state.declare(event, Pact.SigningCeremony, "Signing ceremony of " + day.date(), s, name());
        }
        state.literal(event, Pact.date, day.date().toString(), XSDDatatype.XSDdate, s, name());
        // A weekday written alone before the verb ("Bolden Thursday signed") only dates the signing.
        boolean bareWeekday = Weekdays.named(day.text()) && !day.text().contains(" ");
        if ("day".equals(day.precision()) && !bareWeekday) state.link(event, Pact.dayOfWeek, Weekdays.iri(day.date().getDayOfWeek()), s, name());
        placed.ifPresent(p -> state.link(event, Pact.place, p.place(), p.sentence(), name()));
        return event;
    }

    /** A place and the sentence that names it. */
    private record Placed(Gazetteer.Entry place, Sentence sentence) {}

    /** The place named by the first later sentence about the signing that names one. */
    private Optional<Placed> laterPlace(DocumentState state, Sentence first) {
        int i = state.sentences.indexOf(first);
        for (Sentence s : state.sentences.subList(i + 1, state.sentences.size())) {
            OptionalInt signing = signingAt(state, s);
            // The next sentence may place "the event" or "the ceremony" it has just told of ("The event took place at the X").
            if (signing.isEmpty() && s.index() == first.index() + 1 && s.paragraph() == first.paragraph() && THE_EVENT_HELD.matcher(s.text()).lookingAt()) {
                Optional<Gazetteer.Entry> venue = venue(state, s);
                if (venue.isPresent()) return Optional.of(new Placed(venue.get(), s));
            }
            if (signing.isEmpty()) continue;
            Optional<Gazetteer.Entry> place = venue(state, s).or(() -> place(state, s, signing.getAsInt()));
            if (place.isPresent()) return Optional.of(new Placed(place.get(), s));
        }
        return Optional.empty();
    }

    /**
     * The field of a page that presents an agreement and gives the day it was signed ("Date Signed:
     * 06/24/2031", "Signed: May 25, 2031"): the signing of the partnership the page presents.
     */
    private static final Pattern SIGNED_FIELD = Pattern.compile("(?<![\\p{L}])(?:Date\\s+)?Signed:\\s*(?=\\p{Alnum})");

    private static final Pattern AGREEMENT = Pattern.compile("(?i)\\b(?:" + PactNouns.AGREEMENT + ")\\b");

    /**
     * Whether a sentence before this one names an agreement ("About the Memorandum of Agreement"):
     * then a "Signed:" field dates its signing, not the signature of the page itself (a message's
     * "Date Signed:" line at its top).
     */
    private static boolean agreementBefore(DocumentState state, Sentence s) {
        return state.sentences.subList(0, s.index()).stream().anyMatch(b -> AGREEMENT.matcher(b.text()).find());
    }

    /** Where a sentence about a signing names it ("signed", "signing ceremony"), outside quotes. */
    private static OptionalInt signingAt(DocumentState state, Sentence s) {
        return signingAt(state, s, SIGNING);
    }

    private static OptionalInt signingAt(DocumentState state, Sentence s, Pattern words) {
        Matcher signing = words.matcher(s.text());
        if (!signing.find() || Phrases.quoted(s.text(), signing.start())) return OptionalInt.empty();
        // "sign" may be a noun ("a sign of trust"): it tells of a signing only as the verb the parse gives an agreement ("joined B to sign an agreement").
        if (signing.group(1).toLowerCase(Locale.ROOT).startsWith("sign") && signing.group(1).length() <= 5
                && !Signatories.signsAnAgreement(state, s)) return OptionalInt.empty();
        String lower = s.text().toLowerCase(Locale.ROOT);
        boolean aboutSigning = lower.contains("ceremony") || lower.matches("(?s).*\\b(partnership|agreement|memorandum)s?\\b.*")
                || state.partnershipsIn(s).stream().anyMatch(state.signers::containsKey) || Signatories.signsAnAgreement(state, s)
                || SIGNED_FIELD.matcher(s.text()).find();
        return aboutSigning ? OptionalInt.of(signing.start()) : OptionalInt.empty();
    }

    /**
     * The first place the sentence names after the signing, or a city written "in X", or the
     * place of a dateline that opens the sentence ("Rosmouth - A and B today signed").
     */
    private static final Pattern WHERE = Pattern.compile("\\b(?:in|at)\\s+(?:the\\s+)?$");

    private static Optional<Gazetteer.Entry> place(DocumentState state, Sentence s, int from) {
        Optional<Gazetteer.Entry> known = knownPlace(state, s, from);
        if (known.isPresent()) return known;
        return datelinePlace(state, s, from).or(() -> city(state, s, from));
    }

    /** The place a sentence states for what happens after {@code from}, without its dateline's. */
    private static Optional<Gazetteer.Entry> statedPlace(DocumentState state, Sentence s, int from) {
        return knownPlace(state, s, from).or(() -> city(state, s, from));
    }

    private static Optional<Gazetteer.Entry> knownPlace(DocumentState state, Sentence s, int from) {
        // A place where something happens is written "in X" or "at X", not as an adjective ("French and Danish research").
        return state.mentionsOf(s).stream()
                .filter(m -> m.begin() >= from && WHERE.matcher(s.text().substring(0, m.begin())).find())
                .flatMap(m -> Phrases.entities(List.of(m), Pact.Place.getURI(), m.begin(), m.end()).stream()
                        .filter(e -> !cityTakenForState(state, s, m, e)))
                .findFirst();
    }

    /** The known place of a dateline that opens the sentence before {@code from} ("Rosmouth - A and B today signed"). */
    private static Optional<Gazetteer.Entry> datelinePlace(DocumentState state, Sentence s, int from) {
        return state.mentionsOf(s).stream()
                .filter(m -> m.begin() == 0 && m.end() < from && DATELINE_DASH.matcher(s.text()).region(m.end(), s.text().length()).lookingAt())
                .flatMap(m -> Phrases.entities(List.of(m), Pact.Place.getURI(), 0, m.end()).stream())
                .findFirst();
    }

    /** A city the linguistic layer or the words "in X" name. */
    private static Optional<Gazetteer.Entry> city(DocumentState state, Sentence s, int from) {
        Optional<Gazetteer.Entry> layerCity = cityOfLayer(state, s);
        if (layerCity.isPresent()) return layerCity;
        Matcher city = CITY.matcher(s.text());
        while (city.find()) {
            int b = city.start(1);
            int e = city.end(1);
            boolean free = state.mentionsOf(s).stream().noneMatch(m -> m.begin() < e && b < m.end());
            // A country the layer names after "in" is where something else is ("its counterpart agency in Brazil").
            boolean country = state.linguistics.entities(s).stream().anyMatch(n -> n.begin() == b && n.type().equals("COUNTRY"));
            // Where the layer has read the sentence, a name it reads as no place is none ("signed in Fiscal Year 2031").
            boolean noPlace = !state.linguistics.words(s).isEmpty()
                    && state.linguistics.entities(s).stream().noneMatch(n -> n.begin() == b && PLACES.contains(n.type()));
            if (city.start() >= from && free && !country && !noPlace && !NameRecognizer.isCommonWord(city.group(1).split("\\s+")[0])) {
                String name = city.group(1);
                return Optional.of(EventRule.newPlace(state, name));
            }
        }
        return Optional.empty();
    }

    /** The linguistic layer's types of a place a city may be named as. */
    private static final Set<String> PLACES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");

    /** A dateline's city, in capitals or not, with its state or country after a comma, maybe in brackets: "(Alton, Ferris) -- ", "ALTON - ". */
    private static final Pattern DATELINE_CITY = Pattern.compile("^\\(?(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2})(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?\\)?\\s+(?:--?|\u2013|\u2014)\\s+");

    /**
     * The city of a dateline that opens a signing sentence and that no mention names ("(Alton,
     * Ferris) -- A and B today signed", "ALTON - Today, A and B signed"), written as a name.
     */
    private static Optional<Gazetteer.Entry> datelineCity(DocumentState state, Sentence s, int from) {
        Matcher m = DATELINE_CITY.matcher(s.text());
        if (!m.find() || m.end() > from) return Optional.empty();
        String city = m.group(1);
        if (NameRecognizer.isCommonWord(city.split("\\s+")[0])) return Optional.empty();
        String name = !city.equals(city.toUpperCase(Locale.ROOT)) ? city : String.join(" ", java.util.Arrays.stream(city.split("\\s+"))
                .map(w -> Phrases.capitalized(w.toLowerCase(Locale.ROOT))).toList());
        return Optional.of(EventRule.newPlace(state, name));
    }

    /** A signing told as recent or earlier ("X recently signed"), before the verb: no day of the sentence is its day. */
    private static final Pattern RECENTLY = Pattern.compile("(?i)\\b(?:recently|previously)\\s+(?:(?:has|have|had)\\s+)?$");

    /** "Recently, A and B signed", "A and B signed X recently, the agency announced on": the signing is told as recent too. */
    private static final Pattern RECENTLY_OPENING = Pattern.compile("(?:Recently|Previously)\\b");
    private static final Pattern RECENTLY_ELSEWHERE = Pattern.compile("[^,;.]*?\\b(?:recently|previously)\\b");

    /**
     * A venue the sentence says the event took place or was held at ("The event took place at the
     * Casa Rosada", "a ceremony held at the Ministry of X"), whatever noun ends its name: the verb
     * tells it is a place.
     */
    private static final Pattern HELD_AT = Pattern.compile("\\b(?:took place|takes place|was held|were held|held)\\s+at\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:(?:of|for|and)\\s+)?\\p{Lu}[\\p{L}.'-]*)*)");

    /** A sentence that opens on the event just told of and where it was held ("The event took place at", "The ceremony was held at"). */
    private static final Pattern THE_EVENT_HELD = Pattern.compile("(?:The|This)\\s+(?:signing\\s+)?(?:event|ceremony)\\s+(?:took place|was held)\\s+at\\b");

    private static final Pattern VENUE = Pattern.compile("\\bat\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:(?:of|for|and)\\s+)?\\p{Lu}[\\p{L}.'-]*)*\\s+(?:[Hh]eadquarters|Building|Library|Museum|Hall|House|Center|Centre|Palace|Ministry|[Ee]mbassy|[Cc]onsulate|[Rr]esidence))\\b");

    /**
     * The venue a sentence names by a building's name ("at the X Museum", "at NASA Headquarters",
     * "at the Freedonian Embassy", "at the Ambassador's residence", "at X headquarters")
     * that is no place the extractor knows: the ceremony's place is that venue, not the city it
     * is in, so it becomes a new place under its name. A person's name the linguistic layer reads
     * in front of it names the building after someone and is no part of the venue's usual name
     * ("the Mary W. Jackson NASA Headquarters building" is "NASA Headquarters").
     */
    static Optional<Gazetteer.Entry> venue(DocumentState state, Sentence s) {
        return venue(state, s, 0);
    }

    /** The venue as {@link #venue(DocumentState, Sentence)} reads it, named after {@code from}: a meeting's is named after the meeting. */
    static Optional<Gazetteer.Entry> venue(DocumentState state, Sentence s, int after) {
        for (Pattern words : List.of(VENUE, HELD_AT)) {
            Optional<Gazetteer.Entry> found = venue(state, s, after, words);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private static Optional<Gazetteer.Entry> venue(DocumentState state, Sentence s, int after, Pattern words) {
        Matcher venue = words.matcher(s.text()).region(after, s.text().length()).useTransparentBounds(true);
        while (venue.find()) {
            int b = venue.start(1);
            int e = venue.end(1);
            if (Phrases.quoted(s.text(), b)) continue;
            boolean known = state.mentionsOf(s).stream()
                    .anyMatch(m -> m.begin() < e && b < m.end() && Phrases.entityOf(m, Pact.Place.getURI()).isPresent());
            if (known) continue;
            int from = state.linguistics.entities(s).stream()
                    .filter(n -> n.type().equals("PERSON") && n.begin() == b && n.end() < e)
                    .mapToInt(AnnotatedSentences.Named::end).findFirst().orElse(b);
            // "took place at the Invitation of Governor X.": the sentence's full stop is no part of the name, and a name
            // ending in a person's names is whose invitation or request it was, no venue.
            int end = words == HELD_AT && s.text().charAt(e - 1) == '.' && Character.isLowerCase(s.text().charAt(e - 2)) ? e - 1 : e;
            if (words == HELD_AT && state.linguistics.entities(s).stream().anyMatch(n -> n.type().equals("PERSON") && n.end() == end)) continue;
            String name = s.text().substring(from, end).strip();
            if (name.contains(" ")) return Optional.of(newPlace(state, name));
        }
        return Optional.empty();
    }

    /**
     * The one city the linguistic layer names in the sentence after "in", outside quotations
     * ("In a meeting Tuesday in Toronto, A and B signed"): a city where the sentence places
     * something, wherever it stands in the sentence.
     */
    static Optional<Gazetteer.Entry> cityOfLayer(DocumentState state, Sentence s) {
        List<AnnotatedSentences.Named> cities = state.linguistics.entities(s).stream()
                .filter(n -> n.type().equals("CITY") && !Phrases.quoted(s.text(), n.begin())
                        && s.text().substring(0, n.begin()).matches("(?s).*\\bin\\s+$"))
                .toList();
        if (cities.size() != 1) return Optional.empty();
        String name = cities.get(0).text();
        return Optional.of(EventRule.newPlace(state, name));
    }

    /**
     * The place a name alone stands for: the reference data's city of that name, or of that name
     * with its district after a comma (a capital's dateline or "met in X" names it so), else a
     * new place minted from the name.
     */
    static Gazetteer.Entry newPlace(DocumentState state, String name) {
        return state.gazetteer.placeNamed(name)
                .orElseGet(() -> state.gazetteer.newPlace(name, Pact.Place.getURI()));
    }

    /** A name the layer reads as a city that the reference data knows as a state of the same name ("in Washington"). */
    private static boolean cityTakenForState(DocumentState state, Sentence s, Mention m, Gazetteer.Entry place) {
        return place.is(Pact.State.getURI()) && state.linguistics.entities(s).stream()
                .anyMatch(n -> n.begin() == m.begin() && n.type().equals("CITY"));
    }

    /**
     * A sentence that names no partnership and has organisations or countries other than the
     * partners sign something ("the two governments signed a memorandum on education"): another
     * signing than the partnerships'. Never so for partnerships of governments alone, which
     * sign through their departments ("the Secretary of X and the Minister of Y signed").
     */
    private static boolean signedByOthers(DocumentState state, Sentence s, int signing, List<String> partnerships) {
        if (!state.partnershipsIn(s).isEmpty() || s.text().toLowerCase(Locale.ROOT).contains("partnership")) return false;
        Set<String> partners = new HashSet<>();
        partnerships.forEach(p -> partners.addAll(state.partnerships.getOrDefault(p, Set.of())));
        // Governments sign through their ministers' departments, which the sentence may name instead.
        if (!partners.isEmpty() && partners.stream().allMatch(p -> Iris.slugOf(p).startsWith(GOVERNMENT))) return false;
        List<String> signers = new ArrayList<>();
        Phrases.entities(state.mentionsOf(s), Pact.Organization.getURI(), 0, signing).forEach(e -> signers.add(e.iri()));
        // A country signs for its government, which is the partner.
        Phrases.entities(state.mentionsOf(s), Pact.Country.getURI(), 0, signing)
                .forEach(e -> signers.add(Governments.of(state.gazetteer, state.gazetteer.labelOf(e.iri()).orElse(e.label())).map(Gazetteer.Entry::iri).orElse(e.iri())));
        return !signers.isEmpty() && signers.stream().noneMatch(partners::contains);
    }

    /** How the slug of a country's government begins ({@link Governments}). */
    private static final String GOVERNMENT = "government-of-";

    /**
     * The people named after "by" that follows the signing: "signed ... by A and B". A "by" before
     * it belongs to another verb ("at an event hosted by A and B, C and D signed").
     */
    private static List<Gazetteer.Entry> signatories(DocumentState state, Sentence s, int signing) {
        Matcher by = BY.matcher(s.text());
        if (!by.find(signing)) return List.of();
        return Phrases.entities(state.mentionsOf(s), Pact.Person.getURI(), by.end(), s.text().length());
    }
}
