package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.eval.Evaluator;
import org.pactgraph.eval.Score;

/**
 * The evidence behind the choice of sentence splitter: PactGraph's rules against Apache
 * OpenNLP's English sentence detector (the UD-EWT model from Maven Central), on the announcement
 * and the corpus. Two measures: sentences found exactly as in the checked lists of
 * src/test/resources/extract/sentences/ (one orthographic sentence a line), and the F1 of the
 * whole extraction with each splitter. OpenNLP is given one paragraph at a time, so both share
 * the paragraph breaks. The figures are printed; run with
 * {@code ./mvnw -B -q test -Dtest=SentenceSplitterComparisonTest}.
 */
class SentenceSplitterComparisonTest {
    private static final Path SENTENCES = Path.of("src/test/resources/extract/sentences");
    private static SentenceDetectorME openNlp;

    @BeforeAll
    static void loadModel() throws IOException {
        try (InputStream in = SentenceSplitterComparisonTest.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
            openNlp = new SentenceDetectorME(new SentenceModel(in));
        }
    }

    /** OpenNLP's sentences, one paragraph at a time. */
    static List<Sentence> openNlpSplit(NormalizedText n) {
        String text = n.text();
        List<int[]> bounds = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        int paragraph = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) end = text.length();
            for (Span s : openNlp.sentPosDetect(text.substring(start, end))) {
                bounds.add(new int[] {start + s.getStart(), start + s.getEnd()});
                paragraphs.add(paragraph);
            }
            paragraph++;
            start = end + 2;
        }
        return SentenceSplitter.toSentences(n, bounds, paragraphs);
    }

    private static Score sentenceScore(Function<NormalizedText, List<Sentence>> splitter) throws IOException {
        Score total = Score.EMPTY;
        for (Evaluator.Case c : ExtractionGoldTest.cases().toList()) {
            String slug = c.document().getFileName().toString().replaceFirst("\\.md$", "");
            Set<String> gold = new HashSet<>(Files.readAllLines(SENTENCES.resolve(slug + ".txt")));
            gold.remove("");
            Set<String> found = new HashSet<>();
            splitter.apply(new TextNormalizer().normalize(Files.readString(c.document()))).forEach(s -> found.add(s.text()));
            int right = (int) found.stream().filter(gold::contains).count();
            total = total.plus(new Score(right, found.size() - right, gold.size() - right));
        }
        return total;
    }

    private static Score extractionScore(Function<NormalizedText, List<Sentence>> splitter) {
        Score total = Score.EMPTY;
        for (Evaluator.Case c : ExtractionGoldTest.cases().toList()) {
            total = total.plus(new Evaluator(KnownData.gazetteer(), new Extractor(KnownData.gazetteer(), splitter)).score(c).overall());
        }
        return total;
    }

    @Test
    void theRuleBasedSplitterServesExtractionAtLeastAsWellAsOpenNlp() throws IOException {
        Function<NormalizedText, List<Sentence>> rules = new SentenceSplitter()::split;
        Score rulesSentences = sentenceScore(rules);
        Score openNlpSentences = sentenceScore(SentenceSplitterComparisonTest::openNlpSplit);
        Score rulesExtraction = extractionScore(rules);
        Score openNlpExtraction = extractionScore(SentenceSplitterComparisonTest::openNlpSplit);
        System.out.printf("%-22s %22s %22s%n", "splitter", "sentences P / R / F1", "extraction P / R / F1");
        System.out.printf("%-22s %6.3f %6.3f %6.3f %8.3f %6.3f %6.3f%n", "PactGraph rules",
                rulesSentences.precision(), rulesSentences.recall(), rulesSentences.f1(),
                rulesExtraction.precision(), rulesExtraction.recall(), rulesExtraction.f1());
        System.out.printf("%-22s %6.3f %6.3f %6.3f %8.3f %6.3f %6.3f%n", "OpenNLP en-ud-ewt 1.3",
                openNlpSentences.precision(), openNlpSentences.recall(), openNlpSentences.f1(),
                openNlpExtraction.precision(), openNlpExtraction.recall(), openNlpExtraction.f1());
        assertTrue(rulesExtraction.f1() >= openNlpExtraction.f1(),
                "OpenNLP now serves extraction better (" + openNlpExtraction.f1() + " > " + rulesExtraction.f1() + "): reconsider the choice");
    }
}
