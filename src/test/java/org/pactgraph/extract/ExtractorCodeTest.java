package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExtractorCodeTest {
    @Test
    void theDigestIsReadFromTheExtractorsCompiledClasses() {
        String digest = ExtractorCode.digest();
        assertTrue(digest.matches("[0-9a-f]{16}"), "expected a digest of the classes, got " + digest);
    }
}
