package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines of a document's lists. */
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
    void anItemThatAnnouncesAListOfItsOwnEndsTheListAbove() {
        NormalizedText text = new TextNormalizer().normalize("Work on:\n\n- Levee design\n- Partners working on:\n- Beach nourishment\n");
        List<Sentence> sentences = new SentenceSplitter().split(text);
        List<ListItems.Line> lines = ListItems.of(text, sentences).after(sentences.get(0), line -> line.endsWith(":"));
        assertEquals(List.of("Levee design"), lines.stream().map(ListItems.Line::text).toList());
    }

    @Test
    void givesTheLinesOfAThousandItemListWithTheirBlanksSqueezed() {
        StringBuilder raw = new StringBuilder("Work on:\n\n");
        for (int i = 0; i < 1_000; i++) raw.append("- Subject   ").append(i).append('\n');
        List<ListItems.Line> lines = itemsAfterFirstSentence(raw.toString());
        assertEquals(1_000, lines.size());
        assertEquals("Subject 0", lines.get(0).text());
        assertEquals("Subject 999", lines.get(999).text());
    }
}
