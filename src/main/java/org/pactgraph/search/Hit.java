package org.pactgraph.search;

/**
 * One entity found: its IRI, the name or alias of it that matched best, the search engine's
 * score (Lucene BM25 with the boosts of {@link NameQuery}; higher is better, comparable only
 * within one search) and whether the query equals that name, in either word order, once
 * folded ({@link SearchNameKey#key}).
 */
public record Hit(String id, String matchedName, double score, boolean exact) {}
