package org.pactgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The linguistic layer over Stanford CoreNLP 4.5.10: tokens, sentences (a blank line ends one),
 * part of speech, lemmas, named entities with CoreNLP's fine-grained types (TITLE, CITY, ...),
 * entity mentions, and the Universal Dependencies parse. No coreference: it took 62% of the
 * time when measured here, and PactGraph attributes quotations on the parse itself.
 *
 * <p>The pipeline takes tens of seconds and some gigabytes of heap to build, so it is built once
 * per JVM, on the first text to annotate: a process that finds all its annotations in the cache
 * never builds it. {@link #loaded()} tells whether it was built.
 */
public final class CoreNlpAnnotator implements Annotator {
    /** The annotators and settings; any change here changes {@link #version()} and so the cache key. */
    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
    private static final String VERSION = "corenlp-4.5.10 " + ANNOTATORS + " ssplit.newlineIsSentenceBreak=two ner.fine";

    private static final CoreNlpAnnotator SHARED = new CoreNlpAnnotator();
    private static volatile StanfordCoreNLP pipeline;

    private CoreNlpAnnotator() {}

    /** The one annotator of this JVM. */
    public static CoreNlpAnnotator shared() {
        return SHARED;
    }

    /** Whether this JVM has built the pipeline (loaded the models). */
    public static boolean loaded() {
        return pipeline != null;
    }

    private static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p != null) return p;
        synchronized (CoreNlpAnnotator.class) {
            if (pipeline == null) {
                Properties props = new Properties();
                props.setProperty("annotators", ANNOTATORS);
                props.setProperty("ssplit.newlineIsSentenceBreak", "two");
                props.setProperty("ner.applyFineGrained", "true");
                props.setProperty("ner.buildEntityMentions", "true");
                props.setProperty("ner.useSUTime", "true");
                props.setProperty("tokenize.options", "invertible=true");
                pipeline = new StanfordCoreNLP(props);
            }
            return pipeline;
        }
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Annotation annotate(String text, RawOffsets raw) {
        CoreDocument doc = new CoreDocument(text);
        pipeline().annotate(doc);
        List<Annotation.Token> tokens = new ArrayList<>();
        List<Annotation.Span> sentences = new ArrayList<>();
        List<Annotation.Dependency> edges = new ArrayList<>();
        int first = 0;
        for (CoreSentence sentence : doc.sentences()) {
            List<CoreLabel> labels = sentence.tokens();
            for (CoreLabel l : labels) {
                int i = tokens.size();
                tokens.add(new Annotation.Token(i, l.beginPosition(), l.endPosition(), raw.begin(l.beginPosition()),
                        raw.end(l.endPosition()), l.originalText(), l.lemma(), l.tag(), orO(l.ner()), sentences.size()));
            }
            if (labels.isEmpty()) continue;
            int last = tokens.size() - 1;
            sentences.add(span(tokens, first, last));
            SemanticGraph graph = sentence.dependencyParse();
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) edges.add(new Annotation.Dependency(-1, first + root.index() - 1, "root"));
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    edges.add(new Annotation.Dependency(first + e.getGovernor().index() - 1, first + e.getDependent().index() - 1,
                            e.getRelation().toString()));
                }
            }
            first = tokens.size();
        }
        List<Annotation.Entity> entities = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            List<CoreLabel> ts = m.tokens();
            int a = indexOf(tokens, ts.get(0));
            int b = indexOf(tokens, ts.get(ts.size() - 1));
            if (a < 0 || b < 0) continue;
            entities.add(new Annotation.Entity(span(tokens, a, b), m.text(), m.entityType()));
        }
        return new Annotation(text, tokens, sentences, entities, edges, Quotations.find(text, tokens));
    }

    private static String orO(String ner) {
        return ner == null ? "O" : ner;
    }

    static Annotation.Span span(List<Annotation.Token> tokens, int first, int last) {
        Annotation.Token a = tokens.get(first);
        Annotation.Token b = tokens.get(last);
        return new Annotation.Span(a.begin(), b.end(), a.rawBegin(), b.rawEnd(), first, last);
    }

    private static int indexOf(List<Annotation.Token> tokens, CoreLabel label) {
        int begin = label.beginPosition();
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int b = tokens.get(mid).begin();
            if (b == begin) return mid;
            if (b < begin) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
}
