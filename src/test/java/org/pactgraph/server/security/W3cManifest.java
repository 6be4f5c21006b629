package org.pactgraph.server.security;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;

/**
 * The tests of a W3C SPARQL 1.1 protocol manifest (HTTP in RDF: {@code ht:}, {@code cnt:},
 * {@code mf:}), read into plain records: each test is a list of requests, each request with the
 * answer it expects.
 */
final class W3cManifest {
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String HTS = "http://www.w3.org/2011/http-statusCodes#";
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";

    /** A graph to load before the test: the file and the graph's IRI. */
    record GraphData(Path file, String graph) {}

    /** What an answer must be; a status matches when it equals one of {@code statuses} or falls in one of {@code classes} (2 for 2xx). */
    record Expected(Set<Integer> statuses, Set<Integer> classes, Optional<Boolean> bool, Optional<String> format,
                    Map<String, String> headers, Optional<String> turtle, Optional<String> location) {
        boolean accepts(int status) {
            return statuses.contains(status) || classes.contains(status / 100);
        }
    }

    /** One request as the manifest gives it; the path starts with {@code /sparql/} or {@code /gsp}. */
    record Request(String method, String path, Map<String, String> headers, Optional<String> body, Charset charset, Expected expected) {}

    /** One test: its local name, its title, the graphs it needs and its requests in order. */
    record Test(String id, String name, List<GraphData> data, List<Request> requests) {
        @Override
        public String toString() {
            return id;
        }
    }

    private W3cManifest() {}

    /** The manifest's tests in the order of its {@code mf:entries}. */
    static List<Test> read(Path manifest) {
        Model m = RDFDataMgr.loadModel(manifest.toUri().toString());
        Resource root = m.listSubjectsWithProperty(p(m, MF, "entries")).next();
        List<Test> out = new ArrayList<>();
        for (RDFNode entry : root.getPropertyResourceValue(p(m, MF, "entries")).as(RDFList.class).asJavaList()) {
            out.add(test(m, entry.asResource(), manifest.getParent()));
        }
        return out;
    }

    private static Test test(Model m, Resource t, Path folder) {
        List<GraphData> data = new ArrayList<>();
        t.listProperties(p(m, UT, "graphData")).forEachRemaining(s -> {
            Resource d = s.getResource();
            String file = d.getPropertyResourceValue(p(m, UT, "graph")).getURI();
            data.add(new GraphData(folder.resolve(file.substring(file.lastIndexOf('/') + 1)), d.getProperty(RDFS.label).getString()));
        });
        Resource action = t.getPropertyResourceValue(p(m, MF, "action"));
        List<Request> requests = new ArrayList<>();
        for (RDFNode r : action.getPropertyResourceValue(p(m, HT, "requests")).as(RDFList.class).asJavaList()) {
            requests.add(request(m, r.asResource()));
        }
        return new Test(t.getLocalName(), t.getProperty(p(m, MF, "name")).getString(), data, requests);
    }

    private static Request request(Model m, Resource r) {
        Resource body = r.getPropertyResourceValue(p(m, HT, "body"));
        Optional<String> text = Optional.ofNullable(body).map(b -> b.getProperty(p(m, CNT, "chars")).getString());
        Charset charset = Optional.ofNullable(body).map(b -> b.getProperty(p(m, CNT, "characterEncoding")))
                .map(s -> Charset.forName(s.getString())).orElse(java.nio.charset.StandardCharsets.UTF_8);
        return new Request(r.getProperty(p(m, HT, "methodName")).getString(), r.getProperty(p(m, HT, "absolutePath")).getString(),
                headers(m, r), text, charset, expected(m, r.getPropertyResourceValue(p(m, HT, "resp"))));
    }

    private static Expected expected(Model m, Resource resp) {
        Set<Integer> statuses = new TreeSet<>();
        Set<Integer> classes = new TreeSet<>();
        resp.listProperties(p(m, MF, "expectedStatus")).forEachRemaining(s -> {
            String name = s.getResource().getURI().substring(HTS.length());
            if (name.matches("StatusCode[1-5]xx")) {
                classes.add(name.charAt("StatusCode".length()) - '0');
            } else {
                statuses.add(code(name));
            }
        });
        Resource body = resp.getPropertyResourceValue(p(m, HT, "body"));
        return new Expected(statuses, classes, literal(m, resp, "expectedBoolean").map(Boolean::parseBoolean),
                literal(m, resp, "expectedFormat"), headers(m, resp),
                Optional.ofNullable(body).map(b -> b.getProperty(p(m, CNT, "chars")).getString()), literal(m, resp, "expectedLocation"));
    }

    /** The status codes the manifests name (RFC 9110's reason phrases without spaces). */
    private static int code(String name) {
        return switch (name) {
            case "OK" -> 200;
            case "Created" -> 201;
            case "NoContent" -> 204;
            case "BadRequest" -> 400;
            case "NotFound" -> 404;
            case "MethodNotAllowed" -> 405;
            case "UnsupportedMediaType" -> 415;
            default -> throw new IllegalArgumentException("The manifest names the status hts:" + name + ", which this reader does not know");
        };
    }

    private static Optional<String> literal(Model m, Resource r, String name) {
        return Optional.ofNullable(r.getProperty(p(m, MF, name))).map(Statement::getString);
    }

    private static Map<String, String> headers(Model m, Resource r) {
        Map<String, String> out = new LinkedHashMap<>();
        Resource list = r.getPropertyResourceValue(p(m, HT, "headers"));
        if (list == null) return out;
        for (RDFNode h : list.as(RDFList.class).asJavaList()) {
            out.put(h.asResource().getProperty(p(m, HT, "fieldName")).getString().toLowerCase(java.util.Locale.ROOT),
                    h.asResource().getProperty(p(m, HT, "fieldValue")).getString());
        }
        return out;
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns + local);
    }
}
