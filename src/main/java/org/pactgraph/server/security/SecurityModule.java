package org.pactgraph.server.security;

import jakarta.servlet.Filter;
import java.time.Clock;
import java.util.Set;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.apache.jena.atlas.web.AuthScheme;
import org.eclipse.jetty.ee11.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.pactgraph.server.ServerSettings;

/**
 * Security headers on every answer ({@link SecurityHeaders}), and writes for the users of a
 * password file. Without one the server stays read-only. With one it adds {@code /pactgraph/update} (SPARQL Update) and
 * {@code /pactgraph/data} (Graph Store Protocol, read and write), both behind HTTP Basic:
 * no or wrong credentials get 401, a user with the read role 403. Every user may also query
 * without the anonymous row cap (Jetty authenticates credentials sent to the open endpoints
 * too), and wrong credentials are answered 401 wherever they are sent
 * ({@link RefusedCredentials}). Credentials are UTF-8, unknown users cost what wrong passwords
 * cost, and password hashing has a bounded share of the machine and a per-address back-off
 * ({@link ThrottledBasicAuthenticator}). Writes get no CORS headers, and writes sent by a page of another
 * site are refused ({@link CrossSiteWrites}).
 */
public final class SecurityModule implements FusekiModule {
    /** The realm named in the 401 challenge. */
    public static final String REALM = "PactGraph";
    /** The update endpoint's name under the dataset. */
    public static final String UPDATE = "update";
    /** The Graph Store read-write endpoint's name under the dataset. */
    public static final String DATA = "data";

    private final PasswordFile users;
    private final WriteScope scope;
    private final boolean allowService;

    private SecurityModule(PasswordFile users, boolean allowLoad, boolean allowService) {
        this.users = users;
        this.scope = new WriteScope(allowLoad);
        this.allowService = allowService;
    }

    /** The module for these settings: reads the password file now, so that a bad one stops the start. */
    public static SecurityModule of(ServerSettings settings) {
        return new SecurityModule(settings.authFile().map(PasswordFile::read).orElse(null), settings.allowLoad(), settings.allowService());
    }

    /** The filter that refuses writes sent by pages of other sites, for other modules' write endpoints. */
    public static Filter crossSiteWrites() {
        return new CrossSiteWrites();
    }

    /** True when writes are served. */
    public boolean writable() {
        return users != null;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new SecurityHeaders());
        if (users == null) return;
        builder.addFilter("/*", new RefusedCredentials());
        Logins logins = new Logins(users, new PasswordChecks());
        UserStore store = new UserStore();
        users.accounts().forEach(a -> store.addUser(a.name(), logins.credential(a.name()).orElseThrow(), new String[] {a.role().word()}));
        try {
            store.start();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty's user store did not start", e);
        }
        ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(REALM, store, AuthScheme.BASIC);
        security.setAuthenticator(new ThrottledBasicAuthenticator(logins, new LoginThrottle(Clock.systemUTC())));
        for (String path : new String[] {UPDATE, DATA}) {
            builder.addFilter(ServerSettings.DATASET + "/" + path, new CrossSiteWrites());
        }
        builder.addFilter(ServerSettings.DATASET + "/" + DATA, new GraphStoreTargets());
        builder.securityHandler(security);
        builder.registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate, new CheckedUpdate(scope, allowService));
        builder.registerOperation(Operation.GSP_RW, new CheckedGraphStore());
        AuthPolicy writers = user -> users.account(user).map(a -> a.role() == Role.WRITE).orElse(false);
        builder.addEndpoint(ServerSettings.DATASET, UPDATE, Operation.Update, writers);
        builder.addEndpoint(ServerSettings.DATASET, DATA, Operation.GSP_RW, writers);
    }
}
