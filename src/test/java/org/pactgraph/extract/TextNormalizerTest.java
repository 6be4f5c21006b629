package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void removesMarkdownEscapesAndEmphasis() {
        assertEquals("worth $110 million from Softbank Group, NVIDIA",
                normalizer.normalize("worth \\$110 million from Softbank **Group**, NVIDIA").text());
    }

    @Test
    void turnsCurlyQuotesAndDashesIntoAscii() {
        assertEquals("\"Pennsylvania's leader - thanks,\" said",
                normalizer.normalize("\u201CPennsylvania\u2019s leader \u2013 thanks,\u201D said").text());
    }

    @Test
    void dropsHtmlTagsAndDecodesEntities() {
        assertEquals("AT&T and Keio", normalizer.normalize("<p>AT&amp;T and <b>Keio</b></p>").text().strip());
    }

    @Test
    void dropsHeadingMarksAtLineStartAndEndsTheParagraphWithTheHeadingsLine() {
        NormalizedText n = normalizer.normalize("## Title\nBody # 1");
        assertEquals("Title\n\nBody # 1", n.text());
        assertTrue(n.headingAt(0));
        assertFalse(n.headingAt(n.text().indexOf("Body")));
    }

    @Test
    void marksBoldLinesAndHtmlHeadingsAsHeadingsAndListItemsAsItems() {
        NormalizedText md = normalizer.normalize("**Climate**\nText.\n\n- An item\n");
        assertTrue(md.headingAt(0));
        assertEquals("Climate\n\nText.", md.text().substring(0, "Climate\n\nText.".length()));
        assertTrue(md.listItemAt(md.text().indexOf("An item")));
        NormalizedText html = normalizer.normalize("<p>Lead.</p><h2>Energy</h2><ul><li>One</li></ul>");
        assertTrue(html.headingAt(html.text().indexOf("Energy")));
        assertTrue(html.listItemAt(html.text().indexOf("One")));
    }

    @Test
    void everyCleanCharacterPointsBackToItsRawCharacter() {
        String raw = "A **bold** \\$5 claim";
        NormalizedText n = normalizer.normalize(raw);
        assertEquals("A bold $5 claim", n.text());
        for (int i = 0; i < n.text().length(); i++) {
            assertEquals(n.text().charAt(i), raw.charAt(n.toRaw(i)), "character " + i);
        }
        assertEquals(raw.length(), n.toRaw(n.text().length()));
    }

    @Test
    void keepsUnderscoresInsideWordsAndLoneAsterisks() {
        assertEquals("snake_case and 2 * 3", normalizer.normalize("snake_case and 2 * 3").text());
    }

    @Test
    void htmlBlocksAndListItemsBecomeParagraphs() {
        assertEquals("One\n\nTwo", normalizer.normalize("<p>One</p><p>Two</p>").text().strip());
        assertEquals("Intro:\n\nfirst item\n\nsecond item", normalizer.normalize("Intro:\n- first item\n- second item").text());
    }

    @Test
    void dropsScriptsStylesAndCommentsWithTheirContent() {
        assertEquals("Text", normalizer.normalize("<script>var a = \"<p>\";</script><style>p{}</style><!-- note -->Text").text().strip());
    }

    @Test
    void anUnclosedScriptIsLeftAsAnOrdinaryTag() {
        assertEquals("a  b", normalizer.normalize("a <script> b").text());
    }
}
