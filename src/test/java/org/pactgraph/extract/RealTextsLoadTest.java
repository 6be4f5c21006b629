package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.load.LoadReport;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.store.TdbStore;

/**
 * Real announcements of the development split load into a store with the linguistic layer: what
 * the extractor reads from them passes the shapes. These three failed the whole load (a sum of
 * money given to nothing the sentence names, which the shapes refused as a total that funds
 * nothing; one statement read twice from a sentence by a rule, its evidence given two
 * confidences), so no real corpus that held one of them could be loaded at all.
 */
@Tag("corenlp")
class RealTextsLoadTest {
    private static final Path DEV = Path.of("src/test/resources/extract/real/dev");
    private static final List<String> TEXTS = List.of("nsf-global-centers-awards.md", "nsf-india-technology-innovation-hubs.md",
            "whitehouse-australia-climate-minerals-compact.md");

    @Test
    void realTextsWhoseSumsFundNothingNamedAndWhoseStatementsAreReadTwiceLoadAndPassTheShapes() throws IOException {
        Path project = TestData.scratchFolder("pactgraph-real-texts-");
        Path announcements = Files.createDirectories(project.resolve("data/announcements"));
        TestData.copyTree(Path.of("data/reference"), project.resolve("data/reference"));
        for (String text : TEXTS) Files.copy(DEV.resolve(text), announcements.resolve(text));
        Path store = project.resolve("store");

        LoadReport report = new Loader().load(new LoadSettings(project.resolve("data"), Path.of("ontology"), store, KnownData.annotator()));

        assertEquals(TEXTS.size(), report.documents());
        Dataset ds = org.apache.jena.query.DatasetFactory.wrap(TdbStore.at(store).open());
        try {
            // A sum whose sentence names nothing it funds is kept with its funder and amount, funding no item.
            long totalsFundingNothingNamed = Txn.calculateRead(ds, () -> {
                try (var q = QueryExecutionFactory.create("""
                        PREFIX pact: <https://w3id.org/pactgraph/ontology#>
                        SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?t a pact:FundingTotal ; pact:funder ?f ; pact:amount/pact:value ?v
                                                              FILTER NOT EXISTS { ?t pact:fundedItem ?i } FILTER NOT EXISTS { ?s pact:shareOf ?t } } }""", ds)) {
                    return q.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertTrue(totalsFundingNothingNamed > 0, "the sums given to nothing named are kept");
        } finally {
            TdbStore.close(ds.asDatasetGraph());
        }
    }
}
