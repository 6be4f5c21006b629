package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whether a document writes a name after "the" as a whole noun phrase. */
class NamesAfterTheTest {
    @Test
    void aNameAfterTheCountsOnlyWhenNothingRunsOnIntoIt() {
        NamesAfterThe text = new NamesAfterThe("He thanked the Harlow Coastal Bank. The Tide Office Chairman spoke. At the Bay Board-level talks, the Bay Boards met.");
        assertTrue(text.writesTheBefore("Harlow Coastal Bank"));
        assertFalse(text.writesTheBefore("Tide Office"));
        assertFalse(text.writesTheBefore("Bay Board"));
        assertFalse(text.writesTheBefore("Coastal Bank"));
    }

    @Test
    void theArticleIsAWholeWord() {
        assertFalse(new NamesAfterThe("Breathe Harlow Coastal Bank air.").writesTheBefore("Harlow Coastal Bank"));
        assertTrue(new NamesAfterThe("To the\nHarlow Coastal Bank").writesTheBefore("Harlow Coastal Bank"));
    }
}
