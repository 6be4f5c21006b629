package org.pactgraph.reason;

/**
 * Every derivation of a triple down to asserted triples ({@link Explainer#explainAll}).
 *
 * @param root the triple asked about
 * @param complete false when the search reached its bound before it had tried every rule
 *     instance, so that further derivations may exist
 */
public record WholeProof(Proof root, boolean complete) {}
