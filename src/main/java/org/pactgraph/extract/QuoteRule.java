package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * Who said what. Each quotation is attributed to the person that the words outside the quotes
 * name beside a verb of saying ("said NAME, TITLE", "TITLE NAME said", "NAME says"), to the
 * last person named before it for "he said" / "she said", and, with no attribution at all, to
 * the speaker of the quotation just before it (a speaker's next sentence or paragraph). The
 * consecutive quotations of one speaker make one statement: {@code statement/{document}-{n}}
 * with the speaker, the post the attribution gives, the words (clean), the document, the
 * organisations named inside ({@link QuoteMentions}), and the partnership or
 * initiative it is about ({@link QuoteSubject}). A quotation alone right after a sentence that
 * reports someone speaking ("..., according to Doe") is theirs.
 */
final class QuoteRule implements Rule {
    private static final Pattern SAYING = Pattern.compile("(?i)\\b(said|says|added|adds|noted|notes|explained|explains|stated|remarked|according to|called|calls|described|describes|told|wrote|writes)\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(he|she|they)\\s+(said|says|added|adds|noted|notes|explained)\\b");

    /** Words of a statement: a stretch of one sentence. */
    record Part(Sentence sentence, int begin, int end) {}

    private record Turn(Gazetteer.Entry speaker, Optional<String> post, List<Part> parts) {}

    @Override
    public String name() {
        return "quote-speaker";
    }

    @Override
    public void apply(DocumentState state) {
        List<Turn> turns = new ArrayList<>();
        Gazetteer.Entry lastPerson = null;
        int lastQuoteParagraph = -2;
        int lastQuoteSentence = -2;
        Reported reported = null;
        Sentence last = state.sentences.isEmpty() ? null : state.sentences.get(state.sentences.size() - 1);
        for (Sentence s : state.sentences) {
            List<int[]> quotes = Phrases.quoteSpans(s.text()).stream().filter(q -> isSpeech(s.text().substring(q[0], q[1]))).toList();
            if (quotes.isEmpty()) {
                lastPerson = lastPersonOutsideQuotes(state, s).orElse(lastPerson);
                reported = reportedSpeaker(state, s).orElse(null);
                continue;
            }
            Optional<Mention> speaker = speaker(state, s);
            Gazetteer.Entry person = speaker.flatMap(m -> Phrases.entityOf(m, Pact.Person.getURI())).orElse(null);
            Optional<String> post = speaker.flatMap(m -> PeopleRule.postBeside(state, s, m, name()));
            // A speaker the sentence names ("Moss said") speaks in the post the text gives beside the name elsewhere.
            if (person != null && post.isEmpty()) post = statedPost(state, person, name());
            if (person == null && PRONOUN.matcher(outside(s.text(), quotes)).find()) person = lastPerson;
            Turn previous = turns.isEmpty() ? null : turns.get(turns.size() - 1);
            // A quotation with nothing around it continues the last speaker; one with other words
            // around it but no speaker found is left out rather than given to the wrong person.
            boolean bare = outside(s.text(), quotes).replaceAll("[\\p{P}\\s]", "").isEmpty();
            boolean afterReport = bare && person == null && reported != null && reported.sentence() == s.index() - 1;
            if (afterReport) {
                person = reported.person();
                post = reported.post();
            }
            // A quotation cut by the end of the text carries on the last speaker only right after their words.
            boolean cutAfterOtherWords = s == last && cutBeforeItsSpeaker(s, quotes)
                    && (s.paragraph() != lastQuoteParagraph || s.index() != lastQuoteSentence + 1);
            boolean continues = previous != null && s.paragraph() - lastQuoteParagraph <= 1 && person == null && bare && !cutAfterOtherWords;
            List<Part> parts = quotes.stream().map(q -> new Part(s, q[0], q[1])).toList();
            if (continues) {
                previous.parts().addAll(parts);
            } else if (person != null) {
                turns.add(new Turn(person, post, new ArrayList<>(parts)));
            }
            if (person != null) lastPerson = person;
            lastQuoteParagraph = s.paragraph();
            lastQuoteSentence = s.index();
            reported = null;
        }
        // The names the document gives outside quotations are read once, for all its quotations.
        java.util.Map<String, Gazetteer.Entry> named = turns.isEmpty() ? java.util.Map.of() : QuoteMentions.organisationsNamedOutsideQuotes(state);
        turns.forEach(t -> record(state, t, named));
    }

    /** A person the text reports speaking without quoting them ("Doe, the director, said the ...", "according to Doe"), in a sentence. */
    private record Reported(Gazetteer.Entry person, Optional<String> post, int sentence) {}

    /**
     * The person a sentence without quotations reports as speaking, beside a verb of saying: the
     * quotation that follows it alone is theirs ("according to Doe, the director. \"The focus
     * has been ...\""), as news stories introduce a speaker before quoting them.
     */
    private Optional<Reported> reportedSpeaker(DocumentState state, Sentence s) {
        if (s.text().indexOf('"') >= 0) return Optional.empty();
        return speaker(state, s).flatMap(m -> Phrases.entityOf(m, Pact.Person.getURI())
                .map(person -> new Reported(person, PeopleRule.postBeside(state, s, m, name()).or(() -> statedPost(state, person, name())), s.index())));
    }

    /**
     * Whether the sentence's last quotation is never closed because the text is cut there: a
     * quotation cut before its speaker is named, which continues the last speaker only when it
     * follows their words at once (the gold standards' convention).
     */
    private static boolean cutBeforeItsSpeaker(Sentence s, List<int[]> quotes) {
        int[] lastQuote = quotes.get(quotes.size() - 1);
        return lastQuote[1] == s.text().length() && !s.text().endsWith("\"");
    }

    /** Words someone said, not a term in scare quotes: four words or more, or a clause closed by punctuation. */
    private static boolean isSpeech(String quoted) {
        String q = quoted.strip();
        return q.split("\\s+").length >= 4 || q.length() > 3 && ".,!?".indexOf(q.charAt(q.length() - 1)) >= 0;
    }

    /** The person named beside the verb of saying, outside the quotes. */
    private static Optional<Mention> speaker(DocumentState state, Sentence s) {
        String text = s.text();
        var verb = SAYING.matcher(text);
        List<Mention> people = state.mentionsOf(s).stream()
                .filter(m -> !Phrases.quoted(text, m.begin()) && Phrases.entityOf(m, Pact.Person.getURI()).isPresent())
                .toList();
        Optional<Mention> best = Optional.empty();
        int bestDistance = Integer.MAX_VALUE;
        while (verb.find()) {
            if (Phrases.quoted(text, verb.start())) continue;
            for (Mention m : people) {
                int distance = m.begin() >= verb.end() ? m.begin() - verb.end() : verb.start() - m.end();
                if (distance >= 0 && distance < bestDistance && noQuoteBetween(text, m, verb.start(), verb.end())) {
                    best = Optional.of(m);
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static boolean noQuoteBetween(String text, Mention m, int verbStart, int verbEnd) {
        int from = Math.min(m.end(), verbEnd);
        int to = Math.max(m.begin(), verbStart);
        return from >= to || text.substring(from, to).indexOf('"') < 0;
    }

    private static Optional<Gazetteer.Entry> lastPersonOutsideQuotes(DocumentState state, Sentence s) {
        return state.mentionsOf(s).stream()
                .filter(m -> !Phrases.quoted(s.text(), m.begin()))
                .map(m -> Phrases.entityOf(m, Pact.Person.getURI()))
                .flatMap(Optional::stream)
                .reduce((a, b) -> b);
    }

    private static String outside(String text, List<int[]> quotes) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] q : quotes) {
            b.append(text, at, Math.max(at, q[0])).append(' ');
            at = Math.max(at, q[1]);
        }
        return b.append(text.substring(Math.min(at, text.length()))).toString();
    }

    private void record(DocumentState state, Turn turn, java.util.Map<String, Gazetteer.Entry> named) {
        statement(state, turn.speaker(), turn.post(), turn.parts(), named, name());
    }

    /**
     * The post the text gives beside the speaker's name elsewhere, outside quotations: a speaker
     * introduced as "Harlow Space Agency Administrator Jane Moss" speaks as that administrator in
     * a later "Moss said". The first such post, as the text introduces people once. A speaker
     * known only as "he" or "she" is given no post this way.
     */
    private static Optional<String> statedPost(DocumentState state, Gazetteer.Entry speaker, String rule) {
        for (Sentence s : state.sentences) {
            for (Mention m : state.mentionsOf(s)) {
                boolean same = Phrases.entityOf(m, Pact.Person.getURI()).filter(e -> e.iri().equals(speaker.iri())).isPresent();
                if (!same || Phrases.quoted(s.text(), m.begin())) continue;
                Optional<String> post = PeopleRule.postBeside(state, s, m, rule);
                if (post.isPresent()) return post;
            }
        }
        return Optional.empty();
    }

    private static boolean startsInLowerCase(Part p) {
        String next = p.sentence().text().substring(p.begin(), p.end()).strip();
        return !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
    }

    /**
     * Records one statement: {@code statement/{document}-{n}} with its speaker, the post they
     * spoke in, the words, the document, and the organisations named in the words, by the names
     * the document gives them outside quotations as they stand now.
     */
    static void statement(DocumentState state, Gazetteer.Entry speaker, Optional<String> post, List<Part> parts, String rule) {
        statement(state, speaker, post, parts, QuoteMentions.organisationsNamedOutsideQuotes(state), rule);
    }

    /** Records one statement, the organisations named outside quotations given ({@link QuoteMentions#organisationsNamedOutsideQuotes}). */
    private static void statement(DocumentState state, Gazetteer.Entry speaker, Optional<String> post, List<Part> parts,
                                  java.util.Map<String, Gazetteer.Entry> named, String rule) {
        String iri = state.nextStatement();
        List<Sentence> sentences = parts.stream().map(Part::sentence).distinct().toList();
        Sentence evidence = Sentence.spanning(sentences);
        List<String> words = new ArrayList<>();
        Sentence last = state.sentences.get(state.sentences.size() - 1);
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String w = p.sentence().text().substring(p.begin(), p.end()).strip();
            // A fragment the next one carries on in lower case ("...decades," he said, "and it remains ...") keeps its comma.
            boolean carriedOn = i + 1 < parts.size() && w.endsWith(",") && startsInLowerCase(parts.get(i + 1));
            // Words that run to the end of a text cut mid-word ("... and, more im") are kept as cut.
            boolean cut = p.sentence() == last && p.end() == p.sentence().text().length() && !w.matches("(?s).*[\\p{P}]$");
            if (!carriedOn && !cut) {
                w = w.replaceAll(",$", ".");
                if (!w.matches(".*[.?!]$")) w = w + ".";
            }
            words.add(w);
        }
        state.type(iri, Pact.Statement, evidence, rule);
        state.link(iri, Pact.speaker, speaker, evidence, rule);
        post.ifPresent(p -> state.link(iri, Pact.speakerPost, p, evidence, rule));
        state.text(iri, Pact.quote, String.join(" ", words), evidence, rule);
        state.link(iri, Pact.reportedIn, state.document.iri(), evidence, rule);
        QuoteSubject.of(state, sentences).forEach(about -> state.link(iri, Pact.about, about, evidence, rule));
        QuoteMentions.of(state, parts, named).forEach(entity -> state.link(iri, Pact.mentions, entity, evidence, rule));
    }
}
