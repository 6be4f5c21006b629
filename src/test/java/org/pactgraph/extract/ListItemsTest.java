package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines of a document's lists, and what they cost to read on hostile input. */
class ListItemsTest {
    private static List<ListItems.Line> itemsAfterFirstSentence(String raw) {
        NormalizedText text = new TextNormalizer().normalize(raw);
        List<Sentence> sentences = new SentenceSplitter().split(text);
        return ListItems.of(text, sentences).after(sentences.get(0), line -> false);
    }

    @Test
    void givesEachItemsLineAsTextOfItsSentence() {
        List<ListItems.Line> lines = itemsAfterFirstSentence("Work on:\n\n\u2022 Levee   design\n\u2022 Beach nourishment\n");
        assertEquals(List.of("\u2022 Levee design", "\u2022 Beach nourishment"), lines.stream().map(ListItems.Line::text).toList());
    }

    @Test
    void readsAListOfFortyThousandItemsInTimeProportionalToIt() {
        StringBuilder raw = new StringBuilder("Work on:\n\n");
        for (int i = 0; i < 40_000; i++) raw.append("- Subject ").append(i).append('\n');
        List<ListItems.Line> lines = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> itemsAfterFirstSentence(raw.toString()));
        assertEquals(40_000, lines.size());
    }

    @Test
    void readsTwoThousandItemsThatEachAnnounceAListInTimeProportionalToThem() {
        String raw = "Partners working on:\n" + "- Partners working on:\n".repeat(2_000);
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> KnownData.extract(raw, "2031-03-07"));
    }
}
