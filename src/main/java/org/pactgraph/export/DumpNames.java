package org.pactgraph.export;

import java.util.List;
import java.util.Optional;
import org.pactgraph.model.Iris;

/**
 * The file names of the dumps: {@code pactgraph.nq.gz} for everything, {@code
 * pactgraph-asserted.nq.gz} without the inferred triples, {@code graph-reference.ttl} for one
 * named graph (its IRI after {@value Iris#GRAPH_BASE}, '/' read as '-'). Each name maps back to
 * its scope and format.
 */
public final class DumpNames {
    private static final String ALL = "pactgraph";
    private static final String ASSERTED = "pactgraph-asserted";
    private static final String GRAPH = "graph-";

    private DumpNames() {}

    /** A dump the name stands for. */
    public record Dump(String name, ExportScope scope, ExportFormat format, boolean gzip) {}

    /** The file of the whole dataset, inferred triples included. */
    public static String allFile(ExportFormat format, boolean gzip) {
        return ALL + "." + format.extension() + (gzip ? ".gz" : "");
    }

    /** The file of the dataset without inferred triples. */
    public static String assertedFile(ExportFormat format, boolean gzip) {
        return ASSERTED + "." + format.extension() + (gzip ? ".gz" : "");
    }

    /** The file of one named graph. */
    public static String graphFile(String graphIri, ExportFormat format, boolean gzip) {
        return GRAPH + stem(graphIri) + "." + format.extension() + (gzip ? ".gz" : "");
    }

    private static String stem(String graphIri) {
        String local = graphIri.startsWith(Iris.GRAPH_BASE) ? graphIri.substring(Iris.GRAPH_BASE.length()) : Iris.slug(graphIri);
        return local.replace('/', '-');
    }

    /** The dump a file name stands for, given the store's graphs; empty when it names none. */
    public static Optional<Dump> parse(String file, List<String> graphs) {
        boolean gzip = file.endsWith(".gz");
        String name = gzip ? file.substring(0, file.length() - 3) : file;
        int dot = name.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        Optional<ExportFormat> format = ExportFormat.byName(name.substring(dot + 1))
                .filter(f -> f.extension().equals(name.substring(dot + 1)));
        if (format.isEmpty()) return Optional.empty();
        String stem = name.substring(0, dot);
        if (stem.equals(ALL)) return Optional.of(new Dump(file, ExportScope.all(), format.get(), gzip));
        if (stem.equals(ASSERTED)) return Optional.of(new Dump(file, ExportScope.all().withoutInferred(), format.get(), gzip));
        for (String g : graphs) {
            if (stem.equals(GRAPH + stem(g))) return Optional.of(new Dump(file, ExportScope.graph(g), format.get(), gzip));
        }
        return Optional.empty();
    }
}
