package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code pactgraph eval --agreement A B}: two invented curators' gold standards
 * ({@code src/test/resources/eval/agreement/}) scored one against the other, strict and aligned,
 * with the files only one of them wrote named; nothing is extracted.
 */
class EvalAgreementTest {
    private static final Path FIXTURE = Path.of("src/test/resources/eval/agreement");
    private static final String A = FIXTURE.resolve("curator-a").toString();
    private static final String B = FIXTURE.resolve("curator-b").toString();

    @Test
    void scoresTheSecondFolderAgainstTheFirstPerRelationAndDocumentAndNamesTheFilesOfOneFolderOnly() throws IOException {
        CliTest.Run r = CliTest.run("eval", "--agreement", A, B);
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(FIXTURE.resolve("expected-strict.txt")), r.out());
    }

    @Test
    void alignedMatchingForgivesTheOtherNumberingAndYearAndShowsTheRenamedIrisAsTheFirstFolders() throws IOException {
        CliTest.Run r = CliTest.run("eval", "--agreement", A, B, "--match", "aligned", "--show-errors");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(FIXTURE.resolve("expected-aligned-with-errors.txt")), r.out());
    }

    @Test
    void agreementTakesNoSplitGoldOrFitAndAMissingFolderIsNamed() {
        CliTest.Run mixed = CliTest.run("eval", "--agreement", A, B, "--split", "dev", "--by-rule");
        assertEquals(2, mixed.code(), mixed.out());
        assertTrue(mixed.err().contains("leave out --split, --by-rule"), mixed.err());
        CliTest.Run missing = CliTest.run("eval", "--agreement", A, FIXTURE.resolve("curator-c").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("The second folder of --agreement, " + FIXTURE.resolve("curator-c") + ", does not exist"), missing.err());
    }

    @Test
    void anUnknownMatchingIsBadUsage() {
        CliTest.Run r = CliTest.run("eval", "--agreement", A, B, "--match", "fuzzy");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("No matching 'fuzzy'; expected strict or aligned"), r.err());
    }
}
