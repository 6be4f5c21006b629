package org.pactgraph.server.reconcile;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import java.util.List;

/**
 * The reconciliation API's JSON Schemas (version 0.2, src/test/resources/reconcile/schemas-0.2,
 * see SOURCE.md there), read from the class path under their published IRIs so that their
 * references to each other ({@code type.json}) resolve without the network.
 */
final class SpecSchemas {
    private static final String PUBLISHED = "https://reconciliation-api.github.io/specs/0.2/schemas/";
    /**
     * The schemas declare {@code "$schema": "http://json-schema.org/schema#"}, "the latest
     * draft", which the community group's own test (ajv-cli 3) reads as draft 7: so here too.
     */
    private static final Dialect LATEST = Dialect.builder("http://json-schema.org/schema#", Dialects.getDraft7()).build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialects(List.of(Dialects.getDraft7(), LATEST),
            b -> b.defaultDialectId("http://json-schema.org/draft-07/schema#")
                    .schemaIdResolvers(r -> r.mapPrefix(PUBLISHED, "classpath:reconcile/schemas-0.2/")));

    private SpecSchemas() {}

    /** The errors of the JSON text against the named schema (file name without {@code .json}); empty when valid. */
    static List<String> errors(String schema, String json) {
        Schema s = REGISTRY.getSchema(SchemaLocation.of(PUBLISHED + schema + ".json"));
        List<Error> errors = s.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
