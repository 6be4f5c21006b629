package org.pactgraph.eval;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactgraph.extract.StatementClassifier;
import org.pactgraph.extract.StatementFeatures;

/** Fitting the statement classifier: weights that follow the labels, and a refusal of labels that cannot teach it anything. */
class ClassifierFitTest {
    @Test
    void aFeatureSeenOnRightStatementsWeighsForAndOneSeenOnWrongOnesAgainst() {
        List<LabelledStatements.Labelled> statements = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statements.add(new LabelledStatements.Labelled("a.md", List.of(StatementFeatures.BIAS, "sure", i % 10 == 0 ? "odd" : "even"), i % 10 != 0));
            statements.add(new LabelledStatements.Labelled("b.md", List.of(StatementFeatures.BIAS, "doubtful", i % 10 == 0 ? "odd" : "even"), i % 10 == 0));
        }
        StatementClassifier model = ClassifierFit.fit(statements);
        assertTrue(model.weights().get("sure") > 0 && model.weights().get("doubtful") < 0, model.weights().toString());
        assertTrue(model.probability(List.of(StatementFeatures.BIAS, "sure", "even")) > 0.8, model.weights().toString());
        assertTrue(model.probability(List.of(StatementFeatures.BIAS, "doubtful", "even")) < 0.2, model.weights().toString());
        assertTrue(ClassifierFit.largestWeights(model, 1).contains("sure"));
    }

    @Test
    void refusesStatementsThatAreAllRightOrAllWrong() {
        List<LabelledStatements.Labelled> right = List.of(new LabelledStatements.Labelled("a.md", List.of(StatementFeatures.BIAS), true));
        EvaluationException e = assertThrows(EvaluationException.class, () -> ClassifierFit.fit(right));
        assertTrue(e.getMessage().contains("1 statements of which 1 are right"), e.getMessage());
    }
}
