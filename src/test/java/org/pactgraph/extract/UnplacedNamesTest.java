package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnplacedNamesTest {
    @Test
    void listsNamesThatNoStatementPlacedInsteadOfDroppingThem() {
        UnplacedNames names = UnplacedNames.of(KnownData.extract(
                "The Office of Marine Affairs welcomed the news on Tuesday. Researchers at Glenholt University will visit Kestrel Harbour.",
                "2031-03-07"));
        assertEquals(List.of("Office of Marine Affairs", "Glenholt University"), names.unused());
        assertEquals(List.of("Kestrel Harbour"), names.unknown());
    }

    @Test
    void aNamePlacedInAStatementIsNotListed() {
        UnplacedNames names = UnplacedNames.of(KnownData.extract(
                "Alder University and Birch University will partner on robotics, with $3 million from Cobalt Systems.", "2031-03-07"));
        assertTrue(names.isEmpty(), names.toString());
    }

    @Test
    void aTranscriptsPlacedSpeakerLabelIsNotListedButAnUnplacedOneIs() {
        UnplacedNames names = UnplacedNames.of(KnownData.extract(
                "Remarks by Minister Ingrid Halvorsen\n\nMINISTER HALVORSEN: Good afternoon to all.\n\nMS. VANCE: Thank you all.", "2031-03-07"));
        assertEquals(List.of("MS. VANCE"), names.unknown());
    }
}
