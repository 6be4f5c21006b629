package org.pactgraph.extract;

import java.util.List;

/**
 * What lowers each fact of one document's extraction to how often statements like it proved
 * right on texts no rule was written from: the table of readings ({@link RuleReliability}), the
 * statement classifier ({@link StatementClassifier}), or nothing ({@link RuleReliability#NONE}).
 * The extractor applies it before the holds that keep a partnership with its partners and a
 * funding with its funder, and before settling declarations.
 */
public interface Reliability {
    /**
     * The facts of one document, each with its confidence capped. {@code features} gives each
     * fact's features in its document, worked out only for whoever asks for them.
     */
    List<Fact> cap(List<Fact> facts, StatementFeatures features);

    /**
     * The reliability the product's extractors use, as {@value RuleReliability#SETTING} chooses:
     * none (the default), the fitted table, or the statement classifier the build carries. The
     * default test run says none, as it runs the rules without the linguistic layer: the tests of
     * loading, serving and reviewing pin what the rules extract; RuleReliabilityTest and
     * StatementClassifierTest what the table and the classifier do to it.
     */
    static Reliability configured() {
        return switch (RuleReliability.mode()) {
            case "fitted" -> RuleReliability.fitted();
            case "classifier" -> StatementClassifier.shipped();
            default -> RuleReliability.NONE;
        };
    }
}
