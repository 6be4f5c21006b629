package org.pactgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.store.TdbStore;

/**
 * Money adds up by construction on the reference data: whichever items a sum takes (every
 * partnership, every initiative, or both with the rule that a figure inside a counted figure is
 * not counted again), it equals the sum of the totals, each of which is part of no other figure.
 */
class MoneyAddsUpTest {
    private static final String PREFIXES = "PREFIX pact: <https://w3id.org/pactgraph/ontology#>\n";
    private static DatasetGraph dataset;

    @BeforeAll
    static void open() {
        dataset = TdbStore.at(TestData.loadedStore()).open();
    }

    @AfterAll
    static void close() {
        TdbStore.close(dataset);
    }

    private static BigDecimal sum(String where) {
        String query = PREFIXES + "SELECT (SUM(?value) AS ?sum) WHERE { " + where + " ?funding pact:amount/pact:value ?value . }";
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                QuerySolution row = qe.execSelect().next();
                return row.contains("sum") ? new BigDecimal(row.getLiteral("sum").getLexicalForm()) : BigDecimal.ZERO;
            }
        });
    }

    private static BigDecimal totals() {
        return sum("?funding a pact:FundingTotal .");
    }

    @Test
    void theTotalsHoldMoney() {
        assertTrue(totals().signum() > 0, "the reference data states totals: " + totals());
    }

    @Test
    void summingTheFundingsOfEveryPartnershipGivesTheSumOfTheTotals() {
        assertEquals(0, totals().compareTo(sum("?funding pact:fundedItem ?item . ?item a pact:Partnership .")));
    }

    @Test
    void summingTheFundingsOfEveryInitiativeGivesTheSumOfTheTotals() {
        assertEquals(0, totals().compareTo(sum("?funding pact:fundedItem ?item . ?item a pact:Initiative .")));
    }

    @Test
    void summingOverPartnershipsAndInitiativesTogetherCountsNoFigureInsideAnotherCountedOne() {
        String counted = "?funding pact:fundedItem ?item . "
                + "FILTER NOT EXISTS { ?funding pact:shareOf+ ?whole . ?whole pact:fundedItem ?other } ";
        assertEquals(0, totals().compareTo(sum(counted)));
    }

    @Test
    void noFundingNamesTwoItemsAndNoTotalIsPartOfAnother() {
        String ask = PREFIXES + "ASK { { ?f pact:fundedItem ?a , ?b FILTER (?a != ?b) } UNION { ?t a pact:FundingTotal ; pact:shareOf ?w } }";
        boolean broken = Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(ask).build()) {
                return qe.execAsk();
            }
        });
        assertTrue(!broken, "a funding names at most one item, and a total is part of nothing");
    }
}
