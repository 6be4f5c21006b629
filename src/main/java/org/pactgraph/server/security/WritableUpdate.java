package org.pactgraph.server.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * An update as it runs on PactGraph's store, once {@link WriteScope} has accepted it. Two kinds of
 * target cannot mean what they mean on a plain store:
 * <ul>
 * <li>The default graph is the union of every graph, so writes into it (triples outside
 * {@code GRAPH}, {@code DEFAULT} in {@code CLEAR}, {@code DROP}, {@code ADD}, {@code COPY},
 * {@code MOVE}, {@code LOAD} without {@code INTO}) go into the writers' default graph,
 * {@link WriteScope#DEFAULT_USER_GRAPH}. Patterns in {@code WHERE} still read the union.</li>
 * <li>{@code ALL} and {@code NAMED} mean every graph a writer may change: each writable graph that
 * exists when the update runs is dropped (or cleared) by name, and PactGraph's own graphs stay.</li>
 * </ul>
 * Anything else is handed on exactly as written.
 */
final class WritableUpdate {
    private static final Node DEFAULT_GRAPH = NodeFactory.createURI(WriteScope.DEFAULT_USER_GRAPH);

    /**
     * The text to run and, when {@code ALL} or {@code NAMED} was narrowed to the writable graphs, a
     * sentence that says so.
     */
    record Rewritten(String text, Optional<String> note) {}

    private final UpdateRequest request;
    private final DatasetGraph dataset;
    private final List<String> narrowed = new ArrayList<>();
    private boolean changed;
    private int writableCount;

    private WritableUpdate(UpdateRequest request, DatasetGraph dataset) {
        this.request = request;
        this.dataset = dataset;
    }

    /**
     * The request as it runs on the dataset: {@code text} itself when nothing in it names the
     * default graph, {@code ALL} or {@code NAMED}. The graphs of {@code ALL} are listed from the
     * dataset, so call this inside the update's write transaction.
     */
    static Rewritten of(UpdateRequest request, String text, DatasetGraph dataset) {
        WritableUpdate w = new WritableUpdate(request, dataset);
        UpdateRequest out = new UpdateRequest();
        out.setPrefixMapping(request.getPrefixMapping());
        for (Update u : request.getOperations()) w.rewrite(u).forEach(out::add);
        if (!w.changed) return new Rewritten(text, Optional.empty());
        Optional<String> note = w.narrowed.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", w.narrowed)
                + " acted on the " + w.writableCount + " graph(s) writers may change only;"
                + " PactGraph's own graphs, which only 'pactgraph load' writes, are kept");
        return new Rewritten(out.toString(), note);
    }

    private List<Update> rewrite(Update u) {
        return switch (u) {
            case UpdateDataInsert d when hasDefault(d.getQuads()) -> one(new UpdateDataInsert(new QuadDataAcc(named(d.getQuads()))));
            case UpdateDataDelete d when hasDefault(d.getQuads()) -> one(new UpdateDataDelete(new QuadDataAcc(named(d.getQuads()))));
            case UpdateDeleteWhere d when hasDefault(d.getQuads()) -> one(new UpdateDeleteWhere(new QuadAcc(named(d.getQuads()))));
            case UpdateModify m when m.getWithIRI() == null && (hasDefault(m.getDeleteQuads()) || hasDefault(m.getInsertQuads())) ->
                    one(intoDefaultGraph(m));
            case UpdateLoad load when load.getDest() == null || Quad.isDefaultGraph(load.getDest()) ->
                    one(new UpdateLoad(load.getSource(), DEFAULT_GRAPH, load.getSilent()));
            case UpdateDropClear dc when !dc.getTarget().isOneNamedGraph() -> dropOrClear(dc);
            case UpdateBinaryOp op when op.getSrc().isDefault() || op.getDest().isDefault() -> one(binary(op));
            default -> List.of(u);
        };
    }

    private List<Update> one(Update u) {
        changed = true;
        return List.of(u);
    }

    private static boolean hasDefault(List<Quad> quads) {
        return quads.stream().anyMatch(q -> Quad.isDefaultGraph(q.getGraph()));
    }

    private static List<Quad> named(List<Quad> quads) {
        return quads.stream().map(q -> Quad.isDefaultGraph(q.getGraph()) ? Quad.create(DEFAULT_GRAPH, q.asTriple()) : q).toList();
    }

    private static UpdateModify intoDefaultGraph(UpdateModify m) {
        UpdateModify out = new UpdateModify();
        m.getUsing().forEach(out::addUsing);
        m.getUsingNamed().forEach(out::addUsingNamed);
        named(m.getDeleteQuads()).forEach(out.getDeleteAcc()::addQuad);
        named(m.getInsertQuads()).forEach(out.getInsertAcc()::addQuad);
        out.setHasDeleteClause(m.hasDeleteClause());
        out.setHasInsertClause(m.hasInsertClause());
        out.setElement(m.getWherePattern());
        return out;
    }

    private List<Update> dropOrClear(UpdateDropClear dc) {
        changed = true;
        boolean drop = dc instanceof UpdateDrop;
        Target t = dc.getTarget();
        List<Node> graphs;
        if (t.isDefault()) {
            graphs = List.of(DEFAULT_GRAPH);
        } else {
            narrowed.add((drop ? "DROP " : "CLEAR ") + (t.isAll() ? "ALL" : "NAMED"));
            graphs = writableGraphs();
            writableCount = graphs.size();
        }
        // SILENT: DROP DEFAULT never fails, and the writers' default graph may not exist yet.
        return graphs.stream().<Update>map(g -> drop ? new UpdateDrop(g, true) : new UpdateClear(g, true)).toList();
    }

    private List<Node> writableGraphs() {
        List<Node> out = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && !WriteScope.isOwnGraph(g.getURI())) out.add(g);
        });
        out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return out;
    }

    private static UpdateBinaryOp binary(UpdateBinaryOp op) {
        Target src = op.getSrc().isDefault() ? Target.create(DEFAULT_GRAPH) : op.getSrc();
        Target dest = op.getDest().isDefault() ? Target.create(DEFAULT_GRAPH) : op.getDest();
        if (op instanceof UpdateAdd) return new UpdateAdd(src, dest, op.isSilent());
        if (op instanceof UpdateCopy) return new UpdateCopy(src, dest, op.isSilent());
        return new UpdateMove(src, dest, op.isSilent());
    }
}
