package org.pactgraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fixture ontology's diagrams are exactly the golden file's; to accept a change on purpose,
 * run with {@code -Dgolden.update=true} and read the diff.
 */
class ModelDiagramGoldenTest {
    private static final Path GOLDEN = Path.of(FixtureModel.FOLDER, "expected.md");

    @Test
    void fixtureOntologyGivesTheGoldenDiagrams() throws IOException {
        String actual = FixtureModel.markdown(FixtureModel.ontology(), FixtureModel.areas());
        if (Boolean.getBoolean("golden.update")) Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
    }
}
