package org.pactgraph.extract;

/**
 * The nouns that name a pact between parties, as alternations for the rules' patterns: the
 * partnership itself ("partnership", "collaboration", "alliance"), the agreements that make one
 * ("agreement", "memorandum", "accord", "arrangement", "protocol", "compact", "treaty", "MOU"), and
 * what besides an agreement may be signed to make one ("letter", "charter", "documents").
 */
final class PactNouns {
    private PactNouns() {}

    /** A partnership by its name: singular forms, as in "the A-B partnership". */
    static final String PARTNERSHIP = "partnership|collaboration|alliance";

    /** An agreement, singular or plural. */
    static final String AGREEMENT = "agreements?|memorand(?:um|a)|mou|moa|accords?|arrangements?|protocols?|compacts?|pacts?|treaty|treaties";

    /** What is signed to make an agreement: an agreement, or a letter, charter or document. */
    static final String SIGNED = AGREEMENT + "|charters?|letters?|documents?";
}
