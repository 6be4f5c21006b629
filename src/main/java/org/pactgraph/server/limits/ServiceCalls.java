package org.pactgraph.server.limits;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Refuses, with 403 before anything runs, a query or update that calls another endpoint with
 * {@code SERVICE} on a server that does not allow it. ARQ's own switch
 * ({@code httpServiceAllowed}, set by {@link LimitsModule}) stays as the backstop, but answers a
 * query 422 and an update 400, with a message about ARQ rather than about this server: the query
 * and update endpoints answer the same refusal alike.
 */
public final class ServiceCalls {
    private ServiceCalls() {}

    /** Answers 403 (through Fuseki's {@link ServletOps}) when the query calls another endpoint. */
    static void refuseIn(Query query) {
        refuse("query", endpointsIn(Algebra.compile(query)));
    }

    /** Answers 403 (through Fuseki's {@link ServletOps}) when a {@code WHERE} clause of the update calls another endpoint. */
    public static void refuseIn(UpdateRequest request) {
        List<String> endpoints = new ArrayList<>();
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateModify m && m.getWherePattern() != null) endpoints.addAll(endpointsIn(Algebra.compile(m.getWherePattern())));
        }
        refuse("update", endpoints);
    }

    /** The endpoints an algebra expression calls, including inside {@code EXISTS}; a variable as itself. */
    private static List<String> endpointsIn(Op op) {
        List<String> urls = new ArrayList<>();
        OpVisitorBase services = new OpVisitorBase() {
            @Override
            public void visit(OpService s) {
                urls.add(s.getService().isURI() ? s.getService().getURI() : s.getService().toString());
            }
        };
        Walker.walk(op, services, new ExprVisitorBase() {});
        return urls;
    }

    private static void refuse(String request, List<String> endpoints) {
        if (!endpoints.isEmpty()) {
            ServletOps.errorForbidden("SERVICE is disabled on this server: it does not call other endpoints (the " + request + " asks for "
                    + String.join(", ", endpoints) + "). Query that endpoint directly, or start the server with --allow-service");
        }
    }
}
