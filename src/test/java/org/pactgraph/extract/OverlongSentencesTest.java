package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence longer than the rules read, or with a longer run of capitalised words
 * ({@link ReadableSentences}), is left unread and named, the rest of its document extracted:
 * the patterns that repeat groups of capitalised words would otherwise overflow the stack.
 */
class OverlongSentencesTest {
    private static final String FIRST = "The Harlow Water Board signed a memorandum of understanding with Northfield University on"
            + " coastal research.";
    private static final String LAST = "Northfield University welcomed the agreement.";
    private static final String NOUNS = "Survey Service Administrator";

    /** The given words, one after another, until the text has the given length at least, then the nouns several name patterns look for. */
    private static String repeated(String words, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) text.append(words).append(' ');
        return text + NOUNS;
    }

    @Test
    void aSentenceOfTwentyThousandCharactersOfCapitalisedWordsIsLeftUnreadAndTheRestExtracted() {
        String run = repeated("Harlow", 24_000);
        String text = FIRST + "\n\n" + run + "\n\n" + LAST;
        Extraction x = KnownData.extract(text, "2031-03-01");

        assertEquals(1, x.unread().size());
        assertEquals(text.indexOf(run), x.unread().get(0).rawBegin());
        assertEquals(List.of(FIRST, LAST), x.sentences().stream().map(Sentence::text).toList());
        assertEquals(List.of(0, 1), x.sentences().stream().map(Sentence::index).toList());
        assertEquals(x.sentences().size(), x.mentions().size());
        assertFalse(x.facts().isEmpty(), "the sentences around the long one are still read");
        String note = x.unreadNotes().get(0);
        assertTrue(note.startsWith("test-document.md:3:1: the sentence at character " + text.indexOf(run) + " is "
                + run.length() + " characters long, more than the " + ReadableSentences.LONGEST), note);
    }

    /** Extracts the text with a linguistic layer that reads nothing and records the text it is given. */
    private static void extractRecordingWhatTheLayerIsGiven(String text, List<String> given) {
        org.pactgraph.annotate.Annotator recording = new org.pactgraph.annotate.Annotator() {
            @Override
            public org.pactgraph.annotate.Annotation annotate(String t, org.pactgraph.annotate.RawOffsets raw) {
                given.add(t);
                return org.pactgraph.annotate.Annotation.empty(t);
            }

            @Override
            public String version() {
                return "recording";
            }
        };
        new Extractor(KnownData.gazetteer(), recording, RuleReliability.NONE).extract(KnownData.document(text, "2031-03-01"));
    }

    @Test
    void theLinguisticLayerIsGivenTheTextWithTheUnreadSentenceBlankedOutAtTheSameOffsets() {
        String run = repeated("Harlow", 24_000);
        String text = FIRST + "\n\n" + run + "\n\n" + LAST;
        List<String> given = new java.util.ArrayList<>();
        extractRecordingWhatTheLayerIsGiven(text, given);

        assertEquals(1, given.size());
        String read = given.get(0);
        assertEquals(text.length(), read.length(), "every offset holds");
        assertEquals(FIRST, read.substring(0, FIRST.length()));
        assertEquals(LAST, read.substring(read.length() - LAST.length()));
        assertTrue(read.substring(FIRST.length(), read.length() - LAST.length()).isBlank(), "the long sentence is blanked out");
    }

    @Test
    void anOrdinaryDocumentIsGivenToTheLinguisticLayerAsItIs() {
        String text = FIRST + "\n\n" + LAST;
        List<String> given = new java.util.ArrayList<>();
        extractRecordingWhatTheLayerIsGiven(text, given);
        assertEquals(List.of(text), given);
    }

    @Test
    void aShorterSentenceWithAThousandCapitalisedWordsInARowIsLeftUnread() {
        String run = repeated("A", 2_000);
        assertTrue(run.length() < ReadableSentences.LONGEST);
        Extraction x = KnownData.extract(FIRST + " " + run, "2031-03-01");

        assertEquals(List.of(FIRST), x.sentences().stream().map(Sentence::text).toList());
        assertTrue(x.unreadNotes().get(0).contains("has a run of 1003 capitalised words, more than the " + ReadableSentences.LONGEST_RUN),
                x.unreadNotes().get(0));
    }

    @Test
    void theLongestSentenceTheRulesReadIsReadWhateverItsWords() {
        // Words of one letter give the most repetitions of a pattern's group per character.
        String longestRun = "A ".repeat(ReadableSentences.LONGEST_RUN - 3).trim();
        List<String> sentences = List.of(
                repeated(longestRun + " and", ReadableSentences.LONGEST - 200),
                repeated("Harlow Board and", ReadableSentences.LONGEST - 200),
                repeated("$5 million from harlow and brenner and", ReadableSentences.LONGEST - 200),
                // A title's portfolio whose fields "and" joins without end: the field pattern's repetition is bounded.
                "The Minister of " + "A B and ".repeat((ReadableSentences.LONGEST - 200) / 8) + "the sea.");
        for (String sentence : sentences) {
            assertTrue(sentence.length() <= ReadableSentences.LONGEST, "the sentence fits: " + sentence.length());
            assertTrue(ReadableSentences.longestCapitalisedRun(sentence) <= ReadableSentences.LONGEST_RUN);
            Extraction x = KnownData.extract(sentence, "2031-03-01");
            assertEquals(List.of(), x.unread(), sentence.substring(0, 40));
            assertEquals(1, x.sentences().size());
        }
    }
}
