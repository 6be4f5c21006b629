package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(normalizer.normalize(text)).stream().map(Sentence::text).toList();
    }

    @Test
    void doesNotSplitAfterAbbreviationsAndInitials() {
        assertEquals(List.of("U.S. Commerce Secretary Gina Raimondo spoke in Washington, D.C. on Tuesday.", "Then she left."),
                sentences("U.S. Commerce Secretary Gina Raimondo spoke in Washington, D.C. on Tuesday. Then she left."));
    }

    @Test
    void doesNotSplitAfterTheHonorificOfAnAmbassador() {
        assertEquals(List.of("Jane Moss and H.E. Raj Patel, Ambassador of Harlow, visited the lab."),
                sentences("Jane Moss and H.E. Raj Patel, Ambassador of Harlow, visited the lab."));
    }

    @Test
    void keepsAQuotationWithItsAttribution() {
        assertEquals(List.of("He said, \"One thing. Another thing.\"", "Next."),
                sentences("He said, \u201COne thing. Another thing.\u201D Next."));
    }

    @Test
    void endsASentenceAtAParagraphBreakWithoutAPeriod() {
        assertEquals(List.of("A Title Without Period", "Body text."), sentences("\n\nA Title Without Period\n\nBody text.\n"));
    }

    @Test
    void joinsTheLinesOfOneParagraph() {
        assertEquals(List.of("One sentence across two lines."), sentences("One sentence\nacross two lines."));
    }

    @Test
    void rawOffsetsCoverTheSentenceAsStored() {
        String raw = "First **one**. Second \\$2 one.";
        Sentence second = splitter.split(normalizer.normalize(raw)).get(1);
        assertEquals("Second \\$2 one.", raw.substring(second.rawBegin(), second.rawEnd()));
    }
}
