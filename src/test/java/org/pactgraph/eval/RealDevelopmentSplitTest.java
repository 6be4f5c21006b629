package org.pactgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The development split of real announcements (real/dev and gold-dev): rules may be tuned on it. */
class RealDevelopmentSplitTest extends RealSplitShape {
    RealDevelopmentSplitTest() {
        super("dev", "gold-dev");
    }

    @Test
    void coversAtLeastTwentyFiveTextsFourPublishersAndFiveForms() throws IOException {
        Map<String, List<String>> rows = sourceRows();
        Set<String> publishers = rows.values().stream().map(RealSplitShape::publisher).collect(Collectors.toSet());
        Set<String> forms = rows.values().stream().map(RealSplitShape::form).collect(Collectors.toSet());
        assertTrue(rows.size() >= 25, rows.size() + " texts");
        assertTrue(publishers.size() >= 4, "publishers " + publishers);
        assertTrue(forms.size() >= 5, "forms " + forms);
    }
}
