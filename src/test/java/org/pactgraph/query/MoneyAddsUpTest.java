package org.pactgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.model.Namespaces;
import org.pactgraph.model.Pact;
import org.pactgraph.store.TdbStore;
import org.pactgraph.validate.ShapesValidator;

/**
 * Money adds up by construction on the loaded store (the announcement and the reference data):
 * the natural sum, pact:amount over the fundings that name any set of items, with no filter,
 * counts each dollar once, whether the set holds partnerships, initiatives or an initiative
 * together with its own partnerships. Only fundings that no share splits have a pact:amount; a
 * split one states its figure as pact:statedAmount, which its shares' money makes up.
 */
class MoneyAddsUpTest {
    private static final String PREFIXES = "PREFIX pact: <https://w3id.org/pactgraph/ontology#>\n"
            + "PREFIX initiative: <https://w3id.org/pactgraph/id/initiative/>\n"
            + "PREFIX partnership: <https://w3id.org/pactgraph/id/partnership/>\n";
    private static final String AI = "initiative:us-japan-ai-2024";
    private static final List<String> AI_PARTNERSHIPS = List.of("partnership:uw-tsukuba-ai-2024", "partnership:cmu-keio-ai-2024");
    private static DatasetGraph dataset;

    @BeforeAll
    static void open() {
        dataset = TdbStore.at(TestData.loadedStore()).open();
    }

    @AfterAll
    static void close() {
        TdbStore.close(dataset);
    }

    private static BigDecimal number(String query, String column) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(PREFIXES + query).build()) {
                QuerySolution row = qe.execSelect().next();
                return row.contains(column) ? new BigDecimal(row.getLiteral(column).getLexicalForm()) : BigDecimal.ZERO;
            }
        });
    }

    private static boolean ask(String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(PREFIXES + query).build()) {
                return qe.execAsk();
            }
        });
    }

    /** The sum a reader writes first: pact:amount over the fundings that name any of the items. */
    private static BigDecimal sumOfFundingsOf(List<String> items) {
        return number("SELECT (SUM(?value) AS ?sum) WHERE { VALUES ?item { " + String.join(" ", items) + " } "
                + "?funding pact:fundedItem ?item ; pact:amount/pact:value ?value . }", "sum");
    }

    private static BigDecimal all() {
        return number("SELECT (SUM(?value) AS ?sum) WHERE { ?funding pact:amount/pact:value ?value . }", "sum");
    }

    private static BigDecimal statedTotalOf(String item) {
        return number("SELECT ?total WHERE { ?funding a pact:FundingTotal ; pact:fundedItem " + item
                + " ; pact:statedAmount/pact:value ?total . }", "total");
    }

    @Test
    void theAnnouncementStatesTheAiTotalThatThePartnershipsShareSplit() {
        assertEquals(0, new BigDecimal("110000000").compareTo(statedTotalOf(AI)), "the $110 million of the announcement");
    }

    @Test
    void summingAnInitiativeTogetherWithItsPartnershipsWithNoFilterGivesItsStatedTotal() {
        List<String> mixed = new ArrayList<>(AI_PARTNERSHIPS);
        mixed.add(AI);
        assertEquals(0, statedTotalOf(AI).compareTo(sumOfFundingsOf(mixed)), "initiative + its partnerships: " + sumOfFundingsOf(mixed));
        assertEquals(0, sumOfFundingsOf(AI_PARTNERSHIPS).compareTo(sumOfFundingsOf(mixed)), "adding the initiative adds no dollar twice");
    }

    @Test
    void summingTheFundingsOfEveryItemGivesAllTheMoneyOnceExceptFiguresForSeveralItems() {
        BigDecimal everyItem = number("SELECT (SUM(?value) AS ?sum) WHERE { ?funding pact:fundedItem ?item ; pact:amount/pact:value ?value . }", "sum");
        BigDecimal unnamed = number("SELECT (SUM(?value) AS ?sum) WHERE { ?funding pact:amount/pact:value ?value . "
                + "FILTER NOT EXISTS { ?funding pact:fundedItem ?item } }", "sum");
        assertTrue(all().signum() > 0, "the store holds money: " + all());
        assertEquals(0, all().compareTo(everyItem.add(unnamed)));
    }

    @Test
    void eachSplitFigureIsCoveredByTheMoneyOfItsShares() {
        assertFalse(ask("ASK { ?whole pact:statedAmount/pact:value ?stated . "
                + "{ SELECT ?whole (SUM(?v) AS ?parts) WHERE { ?share pact:shareOf ?whole ; (pact:amount|pact:statedAmount)/pact:value ?v } GROUP BY ?whole } "
                + "FILTER (?parts != ?stated) }"), "every stated figure equals the sum of its shares' figures");
    }

    @Test
    void noFundingWithAnAmountHasSharesWithMoneyAndNoneNamesTwoItems() {
        assertFalse(ask("ASK { { ?f pact:amount ?a . ?s pact:shareOf ?f . ?s pact:amount|pact:statedAmount ?b } "
                + "UNION { ?f pact:fundedItem ?x , ?y FILTER (?x != ?y) } UNION { ?t a pact:FundingTotal ; pact:shareOf ?w } }"));
    }

    /**
     * The reference data stands on its own: with the ontology and no announcement it breaks no
     * shape (its shares name the announcement's totals by IRI only), and it holds all the money
     * that the loaded store sums, since the announcement's totals are split by its shares.
     */
    @Test
    void theReferenceDataAloneValidatesAndHoldsAllTheMoney() throws IOException {
        Graph reference = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(reference, "ontology/pactgraph.ttl");
        try (var files = Files.list(Path.of("data/reference"))) {
            files.filter(f -> f.toString().endsWith(".ttl")).sorted().forEach(f -> RDFDataMgr.read(reference, f.toString()));
        }
        ShapesValidator validator = new ShapesValidator(RDFDataMgr.loadGraph("ontology/shapes.ttl"), Namespaces.standard());
        assertEquals(List.of(), validator.violations(reference, new HashMap<>()));
        BigDecimal money = reference.stream(null, Pact.amount.asNode(), null)
                .map(t -> reference.find(t.getObject(), Pact.value.asNode(), null).next().getObject())
                .map(v -> new BigDecimal(v.getLiteralLexicalForm())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, all().compareTo(money), "the reference data's money " + money + ", the store's " + all());
    }

    @Test
    void noTripleAboutMoneyIsStatedInTwoGraphs() {
        assertFalse(ask("ASK { { ?s a pact:Funding } UNION { ?s a pact:MonetaryAmount } "
                + "GRAPH ?g1 { ?s ?p ?o } GRAPH ?g2 { ?s ?p ?o } FILTER (?g1 != ?g2) }"),
                "a figure is stated in one graph, so a store whose default graph repeats a triple of two graphs sums it once");
    }
}
