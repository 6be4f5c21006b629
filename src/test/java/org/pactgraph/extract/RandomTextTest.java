package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.pactgraph.PactGraphException;

/**
 * Random text through the whole extraction: words and fragments of announcements shuffled with
 * markup, quotes, amounts, dates, control and non-Latin characters. Only PactGraph's own errors
 * may come out, and every fact's evidence must be a span inside the document. The generator is
 * seeded, so a failure repeats; the seed of a failing case is in the message.
 */
class RandomTextTest {
    private static final int CASES = 400;

    @Test
    void randomTextGivesFactsWithValidSpansOrATypedErrorNeverAnotherException() throws Exception {
        String announcement = Files.readString(Path.of("data/announcements/2024-04-09-us-japan-ai-partnerships.md"));
        List<String> words = List.of(announcement.split("\\s+"));
        List<String> noise = List.of("\"", "\u201C", "\u201D", "**", "_", "\\$", "$", "<p>", "</p>", "<script>", "&amp;", "&#x1F600;",
                "\n", "\n\n", "- ", "1. ", "#", "(", ")", ",", ".", ":", ";", "'s", "US$ 3.5 billion", "up to $", "each", "said",
                "between", "and", "partnership", "University of", "Institute of Technology", "Dr.", "President", "since May",
                "last year", "on Monday,", "June 31, 2031", "\u0000", "\u00A0", "\uD83D\uDE00", "東京大学", "\t", "Corp.", "(ABC)");
        Extractor extractor = new Extractor(KnownData.gazetteer());
        StatementMapper mapper = new StatementMapper();
        for (int c = 0; c < CASES; c++) {
            long seed = 4_2000L + c;
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(10);
                if (pick < 5) text.append(words.get(random.nextInt(words.size())));
                else if (pick < 9) text.append(noise.get(random.nextInt(noise.size())));
                else text.appendCodePoint(random.nextInt(0x3000));
                text.append(random.nextInt(4) == 0 ? "" : " ");
            }
            String raw = text.toString();
            try {
                Extraction e = extractor.extract(KnownData.document(raw, "2031-03-07"));
                Graph g = mapper.toGraph(e);
                int length0 = raw.codePointCount(0, raw.length());
                for (Fact f : e.facts()) {
                    Sentence s = f.evidence();
                    assertTrue(0 <= s.rawBegin() && s.rawBegin() <= s.rawEnd() && s.rawEnd() <= length0, "seed " + seed + ": span of " + f);
                }
                assertTrue(g.size() >= 1, "seed " + seed);
            } catch (PactGraphException expected) {
                // A typed error is an allowed answer to nonsense.
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + seed + " threw " + e + " on: " + raw.substring(0, Math.min(300, raw.length())), e);
            }
        }
    }
}
