package org.pactgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;
import org.pactgraph.search.EntityCatalogue;
import org.pactgraph.search.EntityIndex;
import org.pactgraph.search.Hit;
import org.pactgraph.store.Folders;

/**
 * Latency of entity search on a synthetic TDB2 store of many entities, each with an English
 * label, a Japanese label and an alias (an organisation's initials, a person's name in the other
 * order), against two SPARQL baselines of the same run on the same store: the exact label lookup
 * (the best case of plain SPARQL, answered from TDB2's index) and a case-folded CONTAINS scan of
 * all labels (what a client without a text index must do for a name it only partly knows).
 * Searches are for misspelt names (two letters swapped), names in another word order and
 * Japanese names, a third each; the baselines look up the correct English label. Everything
 * runs in this JVM, one query at a time, after a warm-up of the same queries.
 */
public final class SearchBenchmark {
    /** Entities in the store, searches measured, CONTAINS scans measured, and the generator's seed. */
    public record Settings(int entities, int searches, int scans, long seed) {}

    /** Latencies in milliseconds. */
    public record Latency(double median, double p95, double mean) {
        static Latency of(double[] ms) {
            double[] s = ms.clone();
            Arrays.sort(s);
            return new Latency(s[s.length / 2], s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)], Arrays.stream(s).average().orElse(0));
        }
    }

    /** The store, the index and the three latencies, with how often the search's first answer was the entity meant. */
    public record Result(int entities, int names, long storeMillis, long indexMillis, long indexHeapBytes,
                         Latency search, Latency exactLookup, Latency containsScan, int searches, int scans,
                         double precision) {}

    private record Target(String id, String english, String reordered, String japanese, String firstWord) {}

    public Result run(Settings s) {
        Path dir;
        try {
            dir = Files.createTempDirectory("pactgraph-search-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        try {
            SyntheticNames names = new SyntheticNames(s.seed());
            long start = System.nanoTime();
            List<Target> targets = fill(dsg, s.entities(), Math.max(s.searches(), s.scans()), names);
            long storeMillis = (System.nanoTime() - start) / 1_000_000;

            var memory = ManagementFactory.getMemoryMXBean();
            memory.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            start = System.nanoTime();
            EntityIndex index = EntityIndex.build(EntityCatalogue.read(dsg));
            long indexMillis = (System.nanoTime() - start) / 1_000_000;
            memory.gc();
            long indexHeap = Math.max(0, memory.getHeapMemoryUsage().getUsed() - heapBefore);

            List<String> queries = new ArrayList<>();
            List<String> meant = new ArrayList<>();
            for (int i = 0; i < s.searches(); i++) {
                Target t = targets.get(i % targets.size());
                meant.add(t.id());
                queries.add(switch (i % 3) {
                    case 0 -> misspelt(t.english(), names);
                    case 1 -> t.reordered();
                    default -> t.japanese();
                });
            }
            Query lookup = QueryFactory.create(resource("label-lookup.rq"));
            Query contains = QueryFactory.create(resource("label-contains.rq"));
            int[] right = {0};
            // Warm-up: every query once.
            time(s.searches(), i -> index.entities(queries.get(i), List.of(), 10).size());
            time(s.searches(), i -> select(dsg, lookup, "label", NodeFactory.createLiteralLang(targets.get(i % targets.size()).english(), "en")));
            time(Math.min(3, s.scans()), i -> select(dsg, contains, "needle", NodeFactory.createLiteralString(targets.get(i).firstWord())));

            double[] search = time(s.searches(), i -> {
                List<Hit> hits = index.entities(queries.get(i), List.of(), 10);
                if (!hits.isEmpty() && hits.get(0).id().equals(meant.get(i))) right[0]++;
                return hits.size();
            });
            double[] exact = time(s.searches(), i -> select(dsg, lookup, "label",
                    NodeFactory.createLiteralLang(targets.get(i % targets.size()).english(), "en")));
            double[] scan = time(s.scans(), i -> select(dsg, contains, "needle", NodeFactory.createLiteralString(targets.get(i).firstWord())));
            int documents = index.names();
            index.close();
            return new Result(s.entities(), documents, storeMillis, indexMillis, indexHeap, Latency.of(search), Latency.of(exact),
                    Latency.of(scan), s.searches(), s.scans(), right[0] / (double) s.searches());
        } finally {
            TDBInternal.expel(dsg);
            Folders.deleteQuietly(dir);
        }
    }

    private interface Timed {
        int run(int i);
    }

    private static double[] time(int n, Timed work) {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            work.run(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static int select(DatasetGraph dsg, Query query, String variable, Node value) {
        Supplier<Integer> rows = () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).substitution(variable, value).build()) {
                int n = 0;
                for (var it = qe.select(); it.hasNext(); it.next()) n++;
                return n;
            }
        };
        return Txn.calculateRead(dsg, rows);
    }

    private static String misspelt(String name, SyntheticNames names) {
        String[] words = name.split(" ");
        int w = names.nextInt(Math.max(1, words.length - 1)); // not the kind word ("University")
        words[w] = names.misspelt(words[w]);
        return String.join(" ", words);
    }

    /** Writes the entities in one transaction; returns every k-th of them, to search for. */
    private static List<Target> fill(DatasetGraph dsg, int entities, int wanted, SyntheticNames names) {
        Node graph = NodeFactory.createURI(Iris.REFERENCE_GRAPH);
        int every = Math.max(1, entities / Math.max(1, wanted));
        List<Target> targets = new ArrayList<>();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < entities; i++) {
                boolean person = i % 3 == 0;
                String english;
                String japanese;
                String alias;
                String reordered;
                Node type;
                String first;
                if (person) {
                    String given = names.word();
                    String family = names.word();
                    english = given + " " + family;
                    alias = family + " " + given;
                    reordered = family + " " + given;
                    japanese = names.kana() + "・" + names.kana();
                    type = Pact.Person.asNode();
                    first = given;
                } else {
                    String a = names.word();
                    String b = names.word();
                    int kind = names.kind();
                    english = a + " " + b + " " + SyntheticNames.KINDS.get(kind);
                    alias = ("" + a.charAt(0) + b.charAt(0) + SyntheticNames.KINDS.get(kind).charAt(0)).toUpperCase();
                    reordered = SyntheticNames.KINDS.get(kind) + " of " + a + " " + b;
                    japanese = names.kana() + SyntheticNames.japaneseKind(kind);
                    type = kind == 2 ? Pact.Company.asNode() : Pact.Institution.asNode();
                    first = a;
                }
                Node s = NodeFactory.createURI(Iris.id(person ? Iris.Kind.PERSON : Iris.Kind.ORG, "bench-" + i));
                dsg.add(graph, s, RDF.type.asNode(), type);
                dsg.add(graph, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(english, "en"));
                dsg.add(graph, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(japanese, "ja"));
                dsg.add(graph, s, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alias, "en"));
                if (i % every == 0 && targets.size() < wanted) {
                    targets.add(new Target(s.getURI(), english, reordered, japanese, first.toLowerCase(java.util.Locale.ROOT)));
                }
            }
        });
        return targets;
    }

    private static String resource(String name) {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is part of PactGraph's jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
