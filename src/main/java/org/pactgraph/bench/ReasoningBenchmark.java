package org.pactgraph.bench;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.generate.InstanceGenerator;
import org.apache.jena.shared.PrefixMapping;
import org.pactgraph.load.InputFiles;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.model.Namespaces;
import org.pactgraph.reason.Materialization;
import org.pactgraph.reason.Materializer;

/**
 * PactGraph's materialisation against Jena's generic OWL Micro and OWL Mini rule reasoners, on
 * the same generated instance data over the project's ontologies, measured in the same run.
 * Each reasoner is made to give every class assertion and every object property assertion
 * (Jena's by listing {@code ?x rdf:type ?c} and {@code ?x p ?y} for each object property of the
 * ontology, which runs its backward rules to the end). The answers are compared on that fragment
 * over the generated individuals: an answer of Jena's that PactGraph lacks is a lost answer.
 * Jena's full OWL reasoner is left out: it does not finish at this size.
 */
public final class ReasoningBenchmark {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The reasoners compared. */
    public enum Contender {
        PACTGRAPH("PactGraph OWL 2 RL"), JENA_OWL_MICRO("Jena OWL Micro"), JENA_OWL_MINI("Jena OWL Mini");

        private final String label;

        Contender(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param triples how many triples of instance data to generate
     * @param seed the generator's seed
     * @param runs measured runs of PactGraph (the median is reported)
     * @param jenaRuns measured runs of each Jena reasoner
     */
    public record Settings(long triples, long seed, int runs, int jenaRuns) {
        public Settings {
            if (triples < 1000) throw new IllegalArgumentException("at least 1,000 triples");
            if (runs < 1 || jenaRuns < 1) throw new IllegalArgumentException("at least one run of each");
        }
    }

    /** One reasoner's figures: times of the measured runs, peak and retained heap, answers and how they compare. */
    public record Measure(Contender contender, List<Long> millis, List<Long> cpuMillis, long peakHeap, long retainedHeap, long answers,
                          long missing, long beyond, Map<String, Long> beyondByKind) {
        /** The median wall-clock time of the measured runs. */
        public long medianMillis() {
            return median(millis);
        }

        /** The median CPU time of the measuring thread (all reasoners here run on one thread). */
        public long medianCpuMillis() {
            return median(cpuMillis);
        }

        private static long median(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    /**
     * The figures of one benchmark run. For a Jena reasoner, {@code missing} counts its answers
     * that PactGraph lacks (lost answers) and {@code beyond} PactGraph's answers it lacks.
     */
    public record Result(long dataTriples, long ontologyTriples, long inferred, List<Measure> measures, ExplanationCost explanations) {
        public Measure of(Contender c) {
            return measures.stream().filter(m -> m.contender() == c).findFirst().orElseThrow();
        }
    }

    private record Fragment(Set<Node> classes, Set<Node> properties) {
        boolean contains(Triple t) {
            if (!t.getSubject().isURI() || !t.getSubject().getURI().startsWith(InstanceGenerator.BASE)) return false;
            if (t.getPredicate().equals(RDF.type.asNode())) return classes.contains(t.getObject());
            return properties.contains(t.getPredicate()) && t.getObject().isURI() && t.getObject().getURI().startsWith(InstanceGenerator.BASE);
        }
    }

    /** Runs the benchmark over the ontologies of the ontology folder of the settings. */
    public Result run(LoadSettings inputs, Settings settings) {
        Graph ontology = GraphFactory.createDefaultGraph();
        InputFiles.find(inputs).ontologies().forEach(f -> RDFParser.source(f).parse(ontology));
        InstanceGenerator generator = new InstanceGenerator(ontology);
        Graph data = with(ontology, generator.generate(settings.triples(), settings.seed()));
        Fragment fragment = fragment(ontology);
        warmUp(data, with(ontology, generator.generate(Math.min(settings.triples(), 20_000), settings.seed() + 1)), fragment);

        List<Measure> measures = new ArrayList<>();
        Set<Triple> ours = new HashSet<>();
        long inferred = 0;
        ExplanationCost explanations = null;
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        long peak = 0;
        long retained = 0;
        for (int i = 0; i < settings.runs(); i++) {
            try (HeapWatch heap = HeapWatch.start()) {
                long start = System.nanoTime();
                long startCpu = THREADS.getCurrentThreadCpuTime();
                Materialization m = new Materializer().materialize(data);
                cpu.add((THREADS.getCurrentThreadCpuTime() - startCpu) / 1_000_000);
                times.add((System.nanoTime() - start) / 1_000_000);
                peak = Math.max(peak, heap.peak());
                retained = Math.max(retained, heap.retained());
                Reference.reachabilityFence(m);
                if (i == settings.runs() - 1) {
                    inferred = m.inferredTriples().size();
                    explanations = ExplanationCost.measure(data, m, 1000, settings.seed());
                    data.find().filterKeep(fragment::contains).forEachRemaining(ours::add);
                    m.inferredTriples().stream().filter(fragment::contains).forEach(ours::add);
                }
            }
        }
        measures.add(new Measure(Contender.PACTGRAPH, times, cpu, peak, retained, ours.size(), 0, 0, Map.of()));
        measures.add(jena(Contender.JENA_OWL_MICRO, ReasonerRegistry::getOWLMicroReasoner, data, fragment, ours, settings.jenaRuns()));
        measures.add(jena(Contender.JENA_OWL_MINI, ReasonerRegistry::getOWLMiniReasoner, data, fragment, ours, settings.jenaRuns()));
        return new Result(settings.triples(), ontology.size(), inferred, measures, explanations);
    }

    private static Measure jena(Contender c, java.util.function.Supplier<Reasoner> reasoner, Graph data, Fragment fragment, Set<Triple> ours, int runs) {
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        Set<Triple> theirs = new HashSet<>();
        long peak = 0;
        long retained = 0;
        for (int i = 0; i < runs; i++) {
            theirs.clear();
            try (HeapWatch heap = HeapWatch.start()) {
                long start = System.nanoTime();
                long startCpu = THREADS.getCurrentThreadCpuTime();
                InfModel inf = ModelFactory.createInfModel(reasoner.get(), ModelFactory.createModelForGraph(data));
                Set<Triple> answers = jenaAnswers(inf, fragment);
                cpu.add((THREADS.getCurrentThreadCpuTime() - startCpu) / 1_000_000);
                times.add((System.nanoTime() - start) / 1_000_000);
                peak = Math.max(peak, heap.peak());
                // What the reasoner keeps of its work lives in the model: measured while the model is held.
                retained = Math.max(retained, heap.retained());
                Reference.reachabilityFence(inf);
                theirs.addAll(answers);
            }
        }
        long lost = theirs.stream().filter(t -> !ours.contains(t)).count();
        Map<String, Long> beyond = new TreeMap<>();
        ours.stream().filter(t -> !theirs.contains(t)).forEach(t -> beyond.merge(kind(t), 1L, Long::sum));
        return new Measure(c, times, cpu, peak, retained, theirs.size(), lost, beyond.values().stream().mapToLong(Long::longValue).sum(), beyond);
    }

    /** Everything a Jena reasoner answers on the fragment: every class assertion and every assertion of each object property. */
    private static Set<Triple> jenaAnswers(InfModel inf, Fragment fragment) {
        inf.prepare();
        Set<Triple> out = new HashSet<>();
        Function<org.apache.jena.rdf.model.Statement, Triple> triple = org.apache.jena.rdf.model.Statement::asTriple;
        inf.listStatements(null, RDF.type, (RDFNode) null).forEachRemaining(s -> {
            Triple t = triple.apply(s);
            if (fragment.contains(t)) out.add(t);
        });
        for (Node p : fragment.properties()) {
            inf.listStatements(null, inf.createProperty(p.getURI()), (RDFNode) null).forEachRemaining(s -> {
                Triple t = triple.apply(s);
                if (fragment.contains(t)) out.add(t);
            });
        }
        return out;
    }

    /**
     * Runs before the measured ones, so that no measured run pays for loading and compiling code:
     * PactGraph's reasoner on the data itself until its times settle (it is quick), each Jena
     * reasoner once on a smaller set (they are not).
     */
    private static void warmUp(Graph data, Graph small, Fragment fragment) {
        for (int i = 0; i < 10; i++) new Materializer().materialize(i < 3 ? small : data);
        jenaAnswers(ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), ModelFactory.createModelForGraph(small)), fragment);
        jenaAnswers(ModelFactory.createInfModel(ReasonerRegistry.getOWLMiniReasoner(), ModelFactory.createModelForGraph(small)), fragment);
    }

    /** What an answer is about, for counting: "a pact:Official" or "pact:partnerOf". */
    private static String kind(Triple t) {
        PrefixMapping prefixes = Namespaces.standard();
        return t.getPredicate().equals(RDF.type.asNode()) ? "a " + prefixes.shortForm(t.getObject().getURI())
                : prefixes.shortForm(t.getPredicate().getURI());
    }

    private static Fragment fragment(Graph ontology) {
        Set<Node> classes = new HashSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), OWL2.Class.asNode()).forEachRemaining(t -> {
            if (t.getSubject().isURI()) classes.add(t.getSubject());
        });
        Set<Node> properties = new HashSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), OWL2.ObjectProperty.asNode()).forEachRemaining(t -> {
            if (t.getSubject().isURI()) properties.add(t.getSubject());
        });
        return new Fragment(classes, properties);
    }

    private static Graph with(Graph ontology, Graph data) {
        Graph g = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(g::add);
        data.find().forEachRemaining(g::add);
        return g;
    }
}
