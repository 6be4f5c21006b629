package org.pactgraph.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.TestData;

/**
 * A candidate for review (a funding bound to one of two partnerships named in another
 * paragraph) is loaded only as its evidence node, marked for review: no graph of the store,
 * the inferred one included, holds it as a fact, and the load validates.
 */
class CandidatesLoadTest {
    private static final String PREFIXES = "PREFIX pact: <https://w3id.org/pactgraph/ontology#> "
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            + "PREFIX partnership: <https://w3id.org/pactgraph/id/partnership/> PREFIX porg: <https://w3id.org/pactgraph/id/org/> "
            + "PREFIX funding: <https://w3id.org/pactgraph/id/funding/> ";
    @TempDir Path tmp;

    @Test
    void aCandidateIsStoredAsAnEvidenceNodeForReviewAndNeverAsAFact() {
        Path project = TestData.copyOfProjectWith(Path.of("src/test/resources/extract/documents/ambiguous-partnership.md"));
        Path store = tmp.resolve("store");
        new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
        DatasetGraph dsg = LoaderTest.content(store);

        assertFalse(ask(dsg, "{ ?s pact:fundedBy porg:gorse-systems } UNION { GRAPH ?g { ?s pact:fundedBy porg:gorse-systems } }"),
                "the candidate is a fact somewhere");
        assertFalse(ask(dsg, "GRAPH ?g { funding:ambiguous-partnership-1 ?p ?o }"), "the candidate's funding is a resource somewhere");
        assertFalse(ask(dsg, "GRAPH ?g { ?x pact:funds ?y . ?x a pact:Company FILTER (?x = porg:gorse-systems) }"), "inferred from a candidate");
        assertTrue(ask(dsg, "GRAPH ?g { ?e a rdf:Statement ; rdf:subject partnership:elm-university-fenwick-university-2032 ; "
                + "rdf:predicate pact:fundedBy ; rdf:object porg:gorse-systems ; pact:needsReview true ; pact:confidence ?c FILTER (?c < 0.7) }"),
                "the candidate is kept for review");
        assertTrue(ask(dsg, "GRAPH ?g { partnership:elm-university-fenwick-university-2032 pact:partner porg:elm-university }"),
                "the document's sure facts are asserted");
    }

    private static boolean ask(DatasetGraph dsg, String pattern) {
        return QueryExec.dataset(dsg).query(PREFIXES + "ASK { " + pattern + " }").ask();
    }
}
