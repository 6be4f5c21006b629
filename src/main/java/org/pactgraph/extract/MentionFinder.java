package org.pactgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the mentions of each sentence of a document, in order: entities of the reference data
 * (through the gazetteer), names the document introduced earlier (through its lexicon), new
 * organisations and people recognised by pattern, titles of posts, money and dates. Where two
 * names overlap the longer wins, so "Ohio State University" is a university, not a state.
 */
public final class MentionFinder {
    private final Gazetteer gazetteer;
    private final NameRecognizer organizations;
    private final PeopleRecognizer people;

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.organizations = new NameRecognizer(gazetteer);
        this.people = new PeopleRecognizer(gazetteer);
    }

    /** The mentions of every sentence of one document, in order of position. */
    public List<List<Mention>> find(List<Sentence> sentences, Optional<LocalDate> published) {
        return find(sentences, published, AnnotatedSentences.none(""));
    }

    /** The same, with the named entities of the linguistic layer as a further source of names. */
    List<List<Mention>> find(List<Sentence> sentences, Optional<LocalDate> published, AnnotatedSentences linguistics) {
        DocumentLexicon lexicon = new DocumentLexicon(gazetteer);
        java.util.Set<String> agencies = NameRecognizer.agenciesByTheirHeads(sentences);
        java.util.Set<String> countries = linguistics.namesTagged("COUNTRY");
        java.util.Set<String> speakers = SpeakerSurnames.of(sentences);
        java.util.Set<String> lowercase = WordsInLowerCase.of(sentences);
        List<List<Mention>> all = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            try {
                all.add(find(s.text(), published, lexicon, linguistics.entities(s), agencies, countries, linguistics.words(s), speakers, lowercase));
            } catch (ImpossibleValueException e) {
                throw e.at(s);
            }
        }
        return acronymsByInitials(CountryQualifiedNames.joined(gazetteer, sentences, all));
    }

    /**
     * "ABGS Director NAME" in a document that names the A.B. Geological Survey: a new
     * organisation named by capitals alone, which no bracket defined, is the one organisation
     * of the document whose name's initials they are ("of", "and", "the" and the like left out,
     * a country's initials read as one word or left out) or which a bracket gives them to elsewhere, wherever it
     * is used, before that name or after. The titles of its posts name the organisation so.
     */
    private List<List<Mention>> acronymsByInitials(List<List<Mention>> all) {
        java.util.Map<String, java.util.Map<String, Gazetteer.Entry>> byInitials = new java.util.HashMap<>();
        java.util.Map<String, Gazetteer.Entry> namesInWords = new java.util.LinkedHashMap<>();
        for (List<Mention> mentions : all) {
            for (Mention m : mentions) {
                if (!(m instanceof Mention.Entity e)) continue;
                Optional<Gazetteer.Entry> organisation = e.entries().stream().filter(x -> x.is(org.pactgraph.model.Pact.Organization.getURI())).findFirst();
                if (organisation.isEmpty()) continue;
                // A name in words, by its initials with and without its country's; an acronym defined in brackets, as written.
                List<String> keys = m.text().contains(" ") ? List.of(initials(m.text()), initials(COUNTRY_QUALIFIER.matcher(m.text()).replaceFirst("")),
                        initials(withoutItsCountry(m.text())), initialsOfJoinedWords(m.text()), initialsOfDashedWords(m.text()))
                        : ACRONYM_ONLY.matcher(m.text()).matches() && !organisation.get().label().equals(m.text()) ? List.of(m.text()) : List.of();
                keys.forEach(k -> byInitials.computeIfAbsent(k, x -> new java.util.LinkedHashMap<>()).put(organisation.get().iri(), organisation.get()));
                if (m.text().contains(" ")) namesInWords.putIfAbsent(m.text(), organisation.get());
            }
        }
        java.util.Map<String, Gazetteer.Entry> expanded = new java.util.HashMap<>();
        List<List<Mention>> resolved = new ArrayList<>(all.size());
        for (List<Mention> mentions : all) {
            List<Mention> out = new ArrayList<>(mentions.size());
            for (Mention m : mentions) {
                Optional<Gazetteer.Entry> full = m instanceof Mention.Entity e ? expansion(e, byInitials).or(() -> expansionByWordParts(e, namesInWords)) : Optional.empty();
                full.ifPresent(f -> expanded.put(((Mention.Entity) m).entries().get(0).iri(), f));
                out.add(full.<Mention>map(f -> new Mention.Entity(m.begin(), m.end(), m.text(), List.of(f))).orElse(m));
            }
            resolved.add(out);
        }
        if (expanded.isEmpty()) return all;
        return resolved.stream().map(mentions -> mentions.stream().map(m -> retitled(m, expanded)).toList()).toList();
    }

    /** A name without the country written out in full before it, which its acronym may leave out: "Aldoria Nuclear Commission" (NC). */
    private String withoutItsCountry(String name) {
        for (Gazetteer.Match g : gazetteer.find(name)) {
            if (g.begin() == 0 && g.end() < name.length() && name.charAt(g.end()) == ' '
                    && g.entries().stream().anyMatch(x -> x.is(org.pactgraph.model.Pact.Country.getURI()))) {
                return name.substring(g.end() + 1);
            }
        }
        return name;
    }

    private static Optional<Gazetteer.Entry> expansion(Mention.Entity e, java.util.Map<String, java.util.Map<String, Gazetteer.Entry>> byInitials) {
        if (e.entries().size() != 1 || e.entries().get(0).known() || !ACRONYM_ONLY.matcher(e.text()).matches()) return Optional.empty();
        return theOneOther(e, byInitials.getOrDefault(e.text(), java.util.Map.of()));
    }

    /** The one organisation of those an acronym may stand for, when there is one and it is not the acronym's own entry. */
    private static Optional<Gazetteer.Entry> theOneOther(Mention.Entity e, java.util.Map<String, Gazetteer.Entry> orgs) {
        return orgs.size() == 1 && !orgs.containsKey(e.entries().get(0).iri()) ? Optional.of(orgs.values().iterator().next()) : Optional.empty();
    }

    /**
     * "HARCOM" in a document that names the Harlow Regional Command: a new organisation named by
     * capitals that no bracket defined and that {@link #expansion} did not read as one name's initials, which are the first
     * letters of each word of one organisation's name the document gives ({@link AcronymsOfWordParts}).
     */
    private static Optional<Gazetteer.Entry> expansionByWordParts(Mention.Entity e, java.util.Map<String, Gazetteer.Entry> namesInWords) {
        if (e.entries().size() != 1 || e.entries().get(0).known() || !AcronymsOfWordParts.CANDIDATE.matcher(e.text()).matches()) return Optional.empty();
        java.util.Map<String, Gazetteer.Entry> orgs = new java.util.LinkedHashMap<>();
        namesInWords.forEach((name, org) -> {
            if (AcronymsOfWordParts.abbreviates(e.text(), name)) orgs.put(org.iri(), org);
        });
        return theOneOther(e, orgs);
    }

    /** A title in an organisation named by its initials, named by the organisation's name instead. */
    private Mention retitled(Mention m, java.util.Map<String, Gazetteer.Entry> expanded) {
        if (!(m instanceof Mention.Title t) || t.org().isEmpty() || !expanded.containsKey(t.org().get().iri())) return m;
        Gazetteer.Entry acronym = t.org().get();
        Gazetteer.Entry full = expanded.get(acronym.iri());
        String name = OrganisationsInTitles.inPost(gazetteer, full);
        String label = t.label().replaceAll("(?<![\\p{L}])" + Pattern.quote(acronym.label()) + "(?![\\p{L}])", Matcher.quoteReplacement(name));
        return new Mention.Title(t.begin(), t.end(), t.text(), t.title(), label, Optional.of(full));
    }

    /**
     * A post's title that names its new organisation by a variant of the name the document gave
     * it ("Director of the Institute of X Service" for the "Institute of X Services"): the post is
     * named by that name, as it is one body.
     */
    private static Mention withItsOrganisationsName(Mention m) {
        if (!(m instanceof Mention.Title t) || t.org().isEmpty() || t.org().get().known()) return m;
        String name = t.org().get().label();
        for (String variant : DocumentLexicon.variants(name)) {
            Matcher written = Pattern.compile("(?<![\\p{L}.])" + Pattern.quote(variant) + "(?![\\p{L}])").matcher(t.label());
            if (written.find()) {
                String label = t.label().substring(0, written.start()) + name + t.label().substring(written.end());
                return new Mention.Title(t.begin(), t.end(), t.text(), t.title(), label, t.org());
            }
        }
        return m;
    }

    /** The initials of a name's words, without the small words: "A.B. Geological Survey" gives "ABGS". */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (SMALL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)) || word.isEmpty()) continue;
            if (word.matches("(?:\\p{Lu}\\.)+")) initials.append(word.replace(".", ""));
            else initials.append(Character.toUpperCase(word.charAt(0)));
        }
        return initials.toString();
    }

    /**
     * The initials of a name whose hyphenated words each give one ("Geospatial-Intelligence" in
     * the National Geospatial-Intelligence Agency, NGA), as acronyms are often made.
     */
    static String initialsOfJoinedWords(String name) {
        return initials(name.replaceAll("(?<=\\p{L})-(?=\\p{L})", ""));
    }

    /** The initials of a name whose words a dash joins each give one ("Missouri\u2013St. Louis"), as a hyphen's do. */
    static String initialsOfDashedWords(String name) {
        return initials(name.replace('\u2013', ' '));
    }

    /** The small words of names, which give no initial. */
    static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "and", "the", "for", "on", "in", "&", "at", "de", "del", "la", "des", "du");
    /** A name written only in capitals, as an acronym is. */
    static final Pattern ACRONYM_ONLY = Pattern.compile("\\p{Lu}{2,6}");

    private List<Mention> find(String text, Optional<LocalDate> published, DocumentLexicon lexicon,
                               List<AnnotatedSentences.Named> named, java.util.Set<String> agencies, java.util.Set<String> countries,
                               List<AnnotatedSentences.Word> words, java.util.Set<String> speakers, java.util.Set<String> lowercase) {
        List<Mention.Money> money = MoneyParser.find(text);
        List<Gazetteer.Match> candidates = new ArrayList<>();
        // Known names first, so that a pattern match of the same length loses to them.
        candidates.addAll(gazetteer.find(text));
        candidates.addAll(lexicon.find(text));
        candidates.removeIf(c -> surnameOfAnother(c, named));
        List<Gazetteer.Match> known = List.copyOf(candidates);
        List<Gazetteer.Match> byLayer = organizations.named(text, named, agencies);
        for (Gazetteer.Match m : organizations.organizations(text, !money.isEmpty())) {
            if (qualifiesKnown(text, m, known)) continue;
            // "Ministry of Electronics and Information Technology", "National Institute of
            // Standards and Technology", "X Association of Tide Keepers", "X Agency for Harbours":
            // where the linguistic layer's name holds the shape's and goes on past "and", "of" or
            // "for", or starts before it, the layer's stands.
            candidates.add(withItsNationality(text, byLayer.stream()
                    .filter(n -> n.begin() <= m.begin() && n.end() >= m.end() && n.end() - n.begin() > m.end() - m.begin()
                            && (n.end() == m.end() || NAME_GOES_ON.matcher(text).region(m.end(), n.end()).matches()))
                    .findFirst().orElse(m), named));
        }
        // The linguistic layer's organisations only where nothing else found a name; the
        // document's lexicon does not learn them, so that "Georgia Tech" in a title does not
        // stand for a new organisation once the text has named the Georgia Institute of Technology.
        List<Gazetteer.Match> recognized = new ArrayList<>();
        for (Gazetteer.Match m : byLayer) {
            // A post's name inside an organisation's is part of it: "the President's Council on X";
            // so is a known body inside a name of listed fields ("the Freedonian Army Tides, Survey and Mapping Command").
            // So is the country a national body's name opens with ("the US X Bureau").
            boolean listed = NameRecognizer.namesListedFields(text.substring(m.begin(), m.end()));
            if (candidates.stream().noneMatch(c -> c.begin() < m.end() && m.begin() < c.end() && !(c.begin() >= m.begin() && c.end() <= m.end()
                    && (listed || c.entries().stream().allMatch(e -> e.is(org.pactgraph.model.Pact.Post.getURI())) || opensWithItsCountry(text, m, c))))) {
                recognized.add(m);
            }
        }
        candidates.addAll(recognized);
        List<Gazetteer.Match> names = NamesBeforeTheirAcronyms.withNamesTheirAcronymsDefine(gazetteer, text,
                Gazetteer.nonOverlapping(candidates).stream().map(m -> startedByItsAcronym(text, m)).toList(), named);
        List<Mention> mentions = new ArrayList<>();
        List<Gazetteer.Match> withAcronyms = new ArrayList<>(names);
        for (Gazetteer.Match m : names) {
            mentions.add(new Mention.Entity(m.begin(), m.end(), text.substring(m.begin(), m.end()), m.entries()));
            if (!recognized.contains(m)) m.entries().forEach(e -> lexicon.learn(e, text.substring(m.begin(), m.end())));
            acronym(text, m).ifPresent(a -> {
                mentions.add(new Mention.Entity(a.begin(), a.end(), text.substring(a.begin(), a.end()), a.entries()));
                withAcronyms.add(a);
                a.entries().forEach(e -> lexicon.learnAlias(e, text.substring(a.begin(), a.end())));
            });
        }
        names = withAcronyms;
        for (Mention m : people.find(text, names, named, countries, words, speakers, lowercase)) {
            mentions.add(withItsOrganisationsName(m));
            if (m instanceof Mention.Entity e) e.entries().forEach(entry -> lexicon.learn(entry, e.text()));
        }
        for (Mention.Money m : money) {
            if (noneOverlaps(mentions, m)) mentions.add(m);
        }
        for (Mention.Date d : DateParser.find(text, published)) {
            if (noneOverlaps(mentions, d)) mentions.add(d);
        }
        mentions.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
        return List.copyOf(mentions);
    }

    /**
     * "Dr. Jill Doe" in a document about President Jack Doe: a known person's surname that ends a
     * name the linguistic layer reads as a person's, whose given name is not that person's, is
     * another person's surname.
     */
    private boolean surnameOfAnother(Gazetteer.Match c, List<AnnotatedSentences.Named> named) {
        if (c.entries().isEmpty() || !c.entries().stream().allMatch(e -> e.is(org.pactgraph.model.Pact.Person.getURI()))) return false;
        return named.stream().anyMatch(n -> n.type().equals("PERSON") && n.begin() < c.begin() && n.end() == c.end()
                && c.entries().stream().noneMatch(e -> gazetteer.labelOf(e.iri()).orElse(e.label()).startsWith(n.text().split("\\s+")[0])));
    }

    /**
     * "the Freedonian Coastal Safety Commission (FCSC)" where only "Coastal Safety Commission"
     * was found: a new organisation's name starts where the name its acronym in brackets spells
     * out starts ({@link SpelledOutAcronyms}), when that is before it ("Freedonian" is part of
     * the name). The longer name is typed again by its shape.
     */
    private Gazetteer.Match startedByItsAcronym(String text, Gazetteer.Match m) {
        if (m.entries().size() != 1 || m.entries().get(0).known() || !m.entries().get(0).is(org.pactgraph.model.Pact.Organization.getURI())) return m;
        Matcher a = ACRONYM.matcher(text).region(m.end(), text.length());
        if (!a.lookingAt() || initials(text.substring(m.begin(), m.end())).equals(a.group(1))) return m;
        int begin = SpelledOutAcronyms.begin(text, m.end(), a.group(1));
        if (begin < 0 || begin >= m.begin()) return m;
        String name = text.substring(begin, m.end());
        Gazetteer.Entry old = m.entries().get(0);
        // A name no shape typed is typed as the names acronyms define are.
        String type = old.type().equals(org.pactgraph.model.Pact.Organization.getURI()) ? NamesBeforeTheirAcronyms.typeOf(name)
                : NameRecognizer.isGovernmentBody(name) && !old.is(org.pactgraph.model.Pact.University.getURI()) ? org.pactgraph.model.Pact.GovernmentBody.getURI() : old.type();
        return new Gazetteer.Match(begin, m.end(), List.of(gazetteer.newOrganisation(name, type)));
    }

    /**
     * "the Freedonian Ministry of Tides", "the Freedonian Department of X": a new government
     * body's name right after a nationality the linguistic layer tags is named with it, as a
     * country's ministry is written and named in announcements.
     */
    private Gazetteer.Match withItsNationality(String text, Gazetteer.Match m, List<AnnotatedSentences.Named> named) {
        if (m.entries().size() != 1 || m.entries().get(0).known() || !m.entries().get(0).is(org.pactgraph.model.Pact.GovernmentBody.getURI())) return m;
        for (AnnotatedSentences.Named n : named) {
            if (!n.type().equals("NATIONALITY") || n.end() + 1 != m.begin() || text.charAt(n.end()) != ' ' || n.text().contains(" ")) continue;
            String name = text.substring(n.begin(), m.end());
            return new Gazetteer.Match(n.begin(), m.end(), List.of(gazetteer.newOrganisation(name, m.entries().get(0).type())));
        }
        return m;
    }

    /**
     * "the US X Bureau": a name of the layer that opens with a country, then a name of two words
     * or more; "the US Government" is the country's government, "US Customs" of "US Customs
     * and X" a name the layer cut short, and "US-X Forum" a body of two countries.
     */
    private static boolean opensWithItsCountry(String text, Gazetteer.Match name, Gazetteer.Match country) {
        if (country.begin() != name.begin() || country.end() >= name.end() || text.charAt(country.end()) != ' ') return false;
        return country.entries().stream().allMatch(e -> e.is(org.pactgraph.model.Pact.Country.getURI()))
                && text.substring(country.end() + 1, name.end()).contains(" ");
    }

    /** "US Harlow Science Foundation": a known name with its country's initials in front is the known name. */
    private static boolean qualifiesKnown(String text, Gazetteer.Match m, List<Gazetteer.Match> known) {
        return known.stream().anyMatch(k -> k.end() == m.end() && k.begin() > m.begin()
                && COUNTRY_QUALIFIER.matcher(text.substring(m.begin(), k.begin())).matches());
    }

    /**
     * The rest of a name past its head noun, carried on by "and", "of" or "for" in capitalised
     * words ("X Association of Tide Keepers", "X Agency for Harbours", "X Science and Technology"):
     * a lower-case word or a bracket is a sentence's, not a name's ("X Ministry of Y to Promote Z").
     */
    private static final Pattern NAME_GOES_ON = Pattern.compile(" (?:and|of|for)(?: (?:of|for|and|the)| \\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*)+");

    /** A country's initials that a national body's name opens with ("US X Foundation"). */
    static final Pattern COUNTRY_QUALIFIER = Pattern.compile("(?:U\\.S\\.|US|UK|U\\.K\\.)\\s+");

    /** "Korea Advanced Institute of Science and Technology (KAIST)": the acronym in brackets after a name. */
    private static Optional<Gazetteer.Match> acronym(String text, Gazetteer.Match m) {
        if (m.entries().stream().noneMatch(e -> e.is(org.pactgraph.model.Pact.Organization.getURI()))) return Optional.empty();
        Matcher a = ACRONYM.matcher(text).region(m.end(), text.length());
        if (!a.lookingAt()) return Optional.empty();
        return Optional.of(new Gazetteer.Match(a.start(1), a.end(1), m.entries()));
    }

    /** An acronym in brackets after a name, or after its possessive: "the X Administration's (XA) new programme". */
    private static final Pattern ACRONYM = Pattern.compile("(?:'s)?\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9})\\)");

    private static boolean noneOverlaps(List<Mention> mentions, Mention m) {
        return mentions.stream().noneMatch(o -> o.begin() < m.end() && m.begin() < o.end());
    }
}
