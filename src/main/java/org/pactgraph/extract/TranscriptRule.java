package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Transcripts of remarks, where each turn opens with its speaker in capitals: "PRIME MINISTER
 * KISHIDA: ...", "SECRETARY BLINKEN: ...", "MR. PRICE: ...", or with a title and a surname
 * closed by a period, as the Government Publishing Office writes them ("President Okafor. ..."). Each turn, up to the next label,
 * is one statement of its speaker. The label's name is the person's surname (or whole name):
 * a person the document names elsewhere, else one of the reference data, chosen by that word;
 * a whole name no one has is a new person. A turn whose speaker stays unknown, or who is a
 * questioner or moderator, gives no statement. A document is read as a transcript only when
 * two paragraphs or more open with a label, so that a lone "NOTE:" is not a speaker.
 */
final class TranscriptRule implements Rule {
    private static final Pattern LABEL = Pattern.compile("^((?:[\\p{Lu}][\\p{Lu}.'-]*\\s+){0,5}[\\p{Lu}][\\p{Lu}.'-]*[\\p{Lu}.])\\s*:\\s+");
    /**
     * A label as the Government Publishing Office and the American Presidency Project write
     * one: a title and a surname in title case, closed by a period ("President Okafor. Well, ...").
     */
    private static final Pattern TITLED_LABEL = Pattern.compile(
            "^((?:(?:Prime|Vice|Foreign|Deputy|Under|Chief|Executive)\\s+)*(?:President|Minister|Secretary|Ambassador|Governor|Senator|Chancellor"
                    + "|Director|Administrator|Mr\\.|Ms\\.|Mrs\\.|Dr\\.)\\s+\\p{Lu}[\\p{L}'-]+)\\.(?:\\s+|$)");
    /** Labels that name a role in the room, not a person. */
    private static final Set<String> NOT_A_PERSON = Set.of("Q", "QUESTION", "MODERATOR", "OPERATOR", "PARTICIPANT", "PARTICIPANTS",
            "STAFF", "AUDIENCE", "AUDIENCE MEMBER", "REPORTER", "JOURNALIST", "NOTE", "CONTACT", "MEDIA CONTACT", "PRESS", "UPDATE");
    /** Words of a label that give the speaker's post or form of address, not their name. */
    private static final Set<String> ADDRESS = Set.of("MR.", "MS.", "MRS.", "DR.", "PROF.", "MR", "MS", "MRS", "DR", "PROF",
            "PRIME", "FOREIGN", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "FIRST", "LADY", "THE", "HONORABLE", "SECRETARY-GENERAL");
    private static final int MIN_LABELLED_PARAGRAPHS = 2;
    /** A transcriber's note in square brackets ("[At this point, X spoke in Hindi ...]"): nobody's words. */
    private static final Pattern STAGE_DIRECTION = Pattern.compile("\\s*\\[[^\\]]*\\]\\s*");

    /** The rule's name, by which a transcript turn's statements are told from others. */
    static final String NAME = "transcript-speaker";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(DocumentState state) {
        Map<Integer, String> labels = new LinkedHashMap<>();
        int lastParagraph = -1;
        for (Sentence s : state.sentences) {
            if (s.paragraph() == lastParagraph) continue;
            lastParagraph = s.paragraph();
            Matcher label = LABEL.matcher(s.text());
            Matcher titled = TITLED_LABEL.matcher(s.text());
            if (label.lookingAt()) {
                labels.put(s.index(), label.group(1));
            } else if (titled.lookingAt()) {
                labels.put(s.index(), titled.group(1).toUpperCase(Locale.ROOT));
            }
        }
        if (labels.size() < MIN_LABELLED_PARAGRAPHS) return;
        List<Integer> starts = new ArrayList<>(labels.keySet());
        for (int k = 0; k < starts.size(); k++) {
            int first = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : state.sentences.size();
            String label = labels.get(first);
            Optional<Gazetteer.Entry> speaker = speaker(state, label);
            if (speaker.isEmpty()) continue;
            List<QuoteRule.Part> parts = new ArrayList<>();
            for (int i = first; i < end; i++) {
                Sentence s = state.sentences.get(i);
                int from = i == first ? labelEnd(s) : 0;
                if (STAGE_DIRECTION.matcher(s.text().substring(from)).matches()) continue;
                if (from < s.text().length()) parts.add(new QuoteRule.Part(s, from, s.text().length()));
            }
            if (!parts.isEmpty()) QuoteRule.statement(state, speaker.get(), post(state, speaker.get(), label), parts, name());
        }
    }

    private static int labelEnd(Sentence s) {
        Matcher label = LABEL.matcher(s.text());
        if (label.lookingAt()) return label.end();
        Matcher titled = TITLED_LABEL.matcher(s.text());
        return titled.lookingAt() ? titled.end() : 0;
    }

    /** The person a label names, by the words of the label that are not a post or a form of address. */
    static Optional<Gazetteer.Entry> speaker(DocumentState state, String label) {
        if (NOT_A_PERSON.contains(label)) return Optional.empty();
        List<String> name = Arrays.stream(label.split("\\s+"))
                .filter(w -> !ADDRESS.contains(w) && !isTitleWord(w))
                .map(TranscriptRule::capitalized)
                .toList();
        if (name.isEmpty()) return Optional.empty();
        String surname = name.get(name.size() - 1);
        Optional<Gazetteer.Entry> named = onlyOne(peopleInDocument(state, surname));
        if (named.isPresent()) return named;
        Optional<Gazetteer.Entry> known = onlyOne(state.gazetteer.peopleNamed(surname));
        if (known.isPresent()) return known;
        if (name.size() < 2) return Optional.empty();
        String full = String.join(" ", name);
        return Optional.of(state.gazetteer.newEntry(Iris.id(Iris.Kind.PERSON, Iris.slug(full)), full, Pact.Person.getURI()));
    }

    /** People the document names (outside the labels) whose names start or end with the word. */
    private static Map<String, Gazetteer.Entry> peopleInDocument(DocumentState state, String word) {
        Map<String, Gazetteer.Entry> found = new LinkedHashMap<>();
        for (Sentence s : state.sentences) {
            for (Mention m : state.mentionsOf(s)) {
                Phrases.entityOf(m, Pact.Person.getURI()).ifPresent(e -> {
                    String[] words = e.label().split("\\s+");
                    if (words.length > 1 && (words[0].equalsIgnoreCase(word) || words[words.length - 1].equalsIgnoreCase(word))) {
                        found.putIfAbsent(e.iri(), e);
                    }
                });
            }
        }
        return found;
    }

    private static Optional<Gazetteer.Entry> onlyOne(Map<String, Gazetteer.Entry> byIri) {
        return byIri.size() == 1 ? byIri.values().stream().findFirst() : Optional.empty();
    }

    /** The post of the speaker's known posts whose label has the label's title word ("SECRETARY"). */
    private static Optional<String> post(DocumentState state, Gazetteer.Entry speaker, String label) {
        List<String> titles = Arrays.stream(label.split("\\s+")).filter(TranscriptRule::isTitleWord).map(TranscriptRule::capitalized).toList();
        if (titles.isEmpty()) return Optional.empty();
        return state.gazetteer.postsOf(speaker.iri()).stream()
                .filter(p -> titles.stream().allMatch(t -> state.gazetteer.labelOf(p).orElse("").contains(t)))
                .findFirst();
    }

    private static boolean isTitleWord(String word) {
        String w = capitalized(word);
        return Titles.CORE.contains(w) || Titles.MODIFIERS.contains(w);
    }

    private static String capitalized(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean start = true;
        for (char c : lower.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'';
        }
        return b.toString();
    }
}
