package org.pactgraph.query;

/** How query results are printed. */
public enum ResultFormat {
    /** An aligned text table, with prefixed names. */
    TABLE,
    /** SPARQL 1.1 CSV results. */
    CSV,
    /** SPARQL 1.1 TSV results. */
    TSV,
    /** SPARQL 1.1 JSON results. */
    JSON
}
