package org.pactgraph.server.limits;

import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.path.P_FixedLength;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.Element1;
import org.apache.jena.sparql.syntax.ElementAntiJoin;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSemiJoin;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnfold;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Refuses, before Fuseki parses the query for itself, the shapes of query whose cost comes before
 * any timeout can stop it. Fuseki writes every query out again for its log, and ARQ writes an RDF
 * collection {@code (1 2 3 ...)} in time that grows faster than the square of its length (a list
 * of 20,000 items, a 40 KB query, took 91 s); TDB2 then orders a basic graph pattern's triples by
 * comparing each with all the others, in one call that no cancellation reaches (20,000 triples ran
 * for minutes past a 5 s timeout, and held up the server's stop). So a query may hold at most
 * {@link #MAX_TRIPLE_PATTERNS} triple patterns in all (a collection gives two per item), and nest
 * expressions, patterns and paths at most {@link #MAX_DEPTH} deep, where ARQ's writers and
 * evaluators, which recurse once per level, overflow the stack ({@code 1+1+...+1} of 10,000 terms
 * was a 500 with an empty body). A query the parser itself cannot nest that deep is refused the
 * same way, with the reason instead of {@code StackOverflowError}.
 */
final class QueryShape {
    /** The most triple patterns one query may hold, in its pattern and its template together. */
    static final int MAX_TRIPLE_PATTERNS = 1000;
    /** The deepest nesting of groups, expressions and paths taken. */
    static final int MAX_DEPTH = 500;

    private long triplePatterns;

    private QueryShape() {}

    /**
     * Throws {@link QueryRefused} (413) when the query passes a bound; returns quietly when it is
     * within them, or does not parse at all (Fuseki reports that, with the position).
     */
    static void check(String queryString) {
        QueryText.checkQuery(queryString);
        Query query;
        try {
            query = parsedWithinStack(() -> QueryFactory.create(queryString, Syntax.syntaxARQ));
        } catch (QueryRefused tooDeep) {
            throw tooDeep;
        } catch (QueryException e) {
            // Not only syntax errors: a query ARQ cannot build (a variable projected twice) is Fuseki's 400 too.
            return;
        }
        QueryShape shape = new QueryShape();
        shape.query(query, 0);
        shape.refuseIfTooLarge("query", "queries", "");
    }

    /**
     * The same bounds for an update: the patterns of its {@code WHERE} clauses, its {@code DELETE}
     * and {@code INSERT} templates and its {@code DELETE WHERE} quads count together, as a
     * query's do; {@code INSERT DATA} and {@code DELETE DATA} are data, not patterns, and are not
     * counted. Throws {@link QueryRefused} (413).
     */
    static void checkUpdate(UpdateRequest request) {
        QueryShape shape = new QueryShape();
        for (Update u : request.getOperations()) {
            switch (u) {
                case UpdateModify m -> {
                    shape.element(m.getWherePattern(), 1);
                    shape.triplePatterns += m.getDeleteQuads().size() + m.getInsertQuads().size();
                }
                case UpdateDeleteWhere d -> shape.triplePatterns += d.getQuads().size();
                default -> { } // data, graph management, LOAD: no pattern to order
            }
        }
        shape.refuseIfTooLarge("update", "updates", " in its WHERE clauses and DELETE / INSERT templates");
    }

    private void refuseIfTooLarge(String what, String several, String where) {
        if (triplePatterns > MAX_TRIPLE_PATTERNS) {
            throw new QueryRefused(413, "This " + what + " has " + triplePatterns + " triple patterns" + where + " (an RDF collection"
                    + " ( ... ) counts two for each of its items, a path of fixed length one for each of its steps); this server takes at most " + MAX_TRIPLE_PATTERNS
                    + " in one " + what + ", since ordering them is work no timeout stops. Narrow the " + what + ": give long lists of"
                    + " values with VALUES, or split it into several " + several + ".");
        }
    }

    /**
     * What the parse returns, or {@link QueryRefused} (413) when the text nests deeper than the
     * parser's stack (ARQ's parser reports that as a {@link QueryParseException} caused by
     * {@link StackOverflowError}, or lets the error through); any other exception as thrown.
     */
    static <T> T parsedWithinStack(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (StackOverflowError e) {
            throw tooDeep();
        } catch (QueryParseException e) {
            if (e.getCause() instanceof StackOverflowError) throw tooDeep();
            throw e;
        }
    }

    private static QueryRefused tooDeep() {
        return new QueryRefused(413, "This query nests groups, expressions or paths more than " + MAX_DEPTH
                + " levels deep; this server takes at most " + MAX_DEPTH + ". Write it flatter: IN ( ... ) instead of a"
                + " chain of || or +, VALUES instead of nested groups.");
    }

    private static void enter(int depth) {
        if (depth > MAX_DEPTH) throw tooDeep();
    }

    private void query(Query q, int depth) {
        enter(depth);
        if (q.getQueryPattern() != null) element(q.getQueryPattern(), depth + 1);
        if (q.getConstructTemplate() != null) triplePatterns += q.getConstructTemplate().getQuads().size();
        q.getProject().getExprs().values().forEach(e -> expr(e, depth + 1));
        if (q.hasGroupBy()) q.getGroupBy().getExprs().values().forEach(e -> expr(e, depth + 1));
        if (q.hasHaving()) q.getHavingExprs().forEach(e -> expr(e, depth + 1));
        if (q.hasOrderBy()) q.getOrderBy().stream().map(SortCondition::getExpression).forEach(e -> expr(e, depth + 1));
    }

    private void element(Element e, int depth) {
        enter(depth);
        int next = depth + 1;
        switch (e) {
            case ElementGroup g -> g.getElements().forEach(x -> element(x, next));
            case ElementUnion u -> u.getElements().forEach(x -> element(x, next));
            case ElementOptional o -> element(o.getOptionalElement(), next);
            case ElementMinus m -> element(m.getMinusElement(), next);
            case ElementLateral l -> element(l.getLateralElement(), next);
            case ElementSemiJoin s -> element(s.getSubElement(), next);
            case ElementAntiJoin a -> element(a.getSubElement(), next);
            case ElementNamedGraph g -> element(g.getElement(), next);
            case ElementService s -> element(s.getElement(), next);
            case Element1 one -> element(one.getElement(), next);
            case ElementSubQuery s -> query(s.getQuery(), next);
            case ElementFilter f -> expr(f.getExpr(), next);
            case ElementBind b -> expr(b.getExpr(), next);
            case ElementAssign a -> expr(a.getExpr(), next);
            case ElementUnfold u -> expr(u.getExpr(), next);
            case ElementTriplesBlock t -> triplePatterns += t.getPattern().size();
            case ElementPathBlock p -> {
                for (TriplePath t : p.getPattern()) {
                    if (t.isTriple()) {
                        triplePatterns++;
                    } else {
                        path(t.getPath(), next);
                        triplePatterns += steps(t.getPath());
                    }
                }
            }
            default -> { } // VALUES: data, no nesting
        }
    }

    private void expr(Expr e, int depth) {
        enter(depth);
        if (e instanceof ExprFunctionOp op && op.getElement() != null) element(op.getElement(), depth + 1);
        if (e instanceof ExprFunction f) {
            for (Expr arg : f.getArgs()) expr(arg, depth + 1);
        } else if (e instanceof ExprAggregator a && a.getAggregator().getExprList() != null) {
            for (Expr arg : a.getAggregator().getExprList()) expr(arg, depth + 1);
        }
    }

    /**
     * The triple patterns ARQ expands a path into before TDB2 orders them: a sequence, an inverse,
     * and a fixed repeat ({@code p{n}}, {@code p{n,n}}) are written out step by step into the basic
     * graph pattern ({@code <p>{20000}}, 20 bytes, is 20,000 triples); any other path is one pattern,
     * evaluated by the path engine. Saturates past the bound, so nested repeats cannot overflow.
     */
    private static long steps(Path p) {
        long ceiling = MAX_TRIPLE_PATTERNS + 1L;
        return switch (p) {
            case P_Seq seq -> Math.min(ceiling, steps(seq.getLeft()) + steps(seq.getRight()));
            case P_Inverse inverse -> steps(inverse.getSubPath());
            case P_FixedLength fixed -> Math.min(ceiling, Math.min(ceiling, fixed.getCount()) * steps(fixed.getSubPath()));
            case P_Mod mod when mod.getMin() == mod.getMax() && mod.getMin() > 0 ->
                    Math.min(ceiling, Math.min(ceiling, mod.getMin()) * steps(mod.getSubPath()));
            default -> 1;
        };
    }

    private void path(Path p, int depth) {
        enter(depth);
        if (p instanceof P_Path1 one) {
            path(one.getSubPath(), depth + 1);
        } else if (p instanceof P_Path2 two) {
            path(two.getLeft(), depth + 1);
            path(two.getRight(), depth + 1);
        }
    }
}
