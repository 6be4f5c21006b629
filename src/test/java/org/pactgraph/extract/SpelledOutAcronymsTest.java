package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The name an acronym in brackets stands for: the fewest words before the bracket whose initials make it. */
class SpelledOutAcronymsTest {
    private static List<String> names(String text) {
        return SpelledOutAcronyms.in(text).stream().map(d -> d.name(text) + " = " + d.acronym()).toList();
    }

    @Test
    void theNameIsTheFewestWordsBeforeTheBracketWhoseInitialsMakeTheAcronym() {
        assertEquals(List.of("Harlow Office of Tide Gauges = HOTG"),
                names("Staff of the Freedonian Harlow Office of Tide Gauges (HOTG) met today."));
        assertEquals(List.of("Coastal Safety Commission = CSC"), names("He chairs the Freedonian Coastal Safety Commission (CSC)."));
    }

    @Test
    void theOpensTheNameOnlyWhenTheAcronymCountsIt() {
        assertEquals(List.of("The Borea Grouse Network = TBGN"), names("The Borea Grouse Network (TBGN) joined."));
        assertEquals(List.of("Borea Grouse Network = BGN"), names("The Borea Grouse Network (BGN) joined."));
    }

    @Test
    void aHyphenatedWordGivesOneInitialOrOnePerPart() {
        assertEquals(List.of("Harlow Sea-Ice Bureau = HSB"), names("the Harlow Sea-Ice Bureau (HSB)"));
        assertEquals(List.of("Harlow Sea-Ice Bureau = HSIB"), names("the Harlow Sea-Ice Bureau (HSIB)"));
    }

    @Test
    void aWordGluedToWhatIsBeforeItEndsTheRun() {
        assertEquals(List.of("Harlow Bureau of Tides = HBT"), names("- Partner Agency:Harlow Bureau of Tides (HBT)"));
        assertEquals(List.of(), names("- Partner Agency:Harlow Bureau of Tides (AHBT)"));
    }

    @Test
    void noNameWhenTheWordsBeforeTheBracketDoNotMakeTheAcronym() {
        assertEquals(List.of(), names("a study of emerging tide gauges (ETG) began"));
        assertEquals(List.of(), names("the Borea Grouse Network (XYZ)"));
        assertEquals(List.of(), names("Harlow, Tide Gauges (HTG)"));
        assertEquals(List.of(), names("the Harlow Tide Agency's (HTA) gauges"));
    }

    @Test
    void aNameEndingBeforeItsBracketBeginsWhereTheSpelledOutNameBegins() {
        String text = "the Freedonian Coastal Safety Commission (FCSC)";
        int end = text.indexOf(" (");
        assertEquals(text.indexOf("Freedonian"), SpelledOutAcronyms.begin(text, end, "FCSC"));
        assertEquals(text.indexOf("Coastal"), SpelledOutAcronyms.begin(text, end, "CSC"));
        assertEquals(-1, SpelledOutAcronyms.begin(text, end, "XY"));
    }

    @Test
    void aTextSpellsOutANameOnlyAsTheWholeRunItsAcronymMakes() {
        String text = "the Freedonian Coastal Safety Commission (CSC) met";
        assertTrue(SpelledOutAcronyms.spellsOut(text, "Coastal Safety Commission"));
        assertFalse(SpelledOutAcronyms.spellsOut(text, "Safety Commission"));
        assertFalse(SpelledOutAcronyms.spellsOut(text, "Freedonian Coastal Safety Commission"));
    }
}
