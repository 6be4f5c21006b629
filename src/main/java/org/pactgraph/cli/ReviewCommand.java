package org.pactgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pactgraph.review.Decision;
import org.pactgraph.review.QueuePage;
import org.pactgraph.review.QueueText;
import org.pactgraph.review.RemoteReview;
import org.pactgraph.review.ReviewQueue;
import org.pactgraph.review.Reviewer;
import org.pactgraph.store.StoreLock;
import org.pactgraph.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pactgraph review list|approve|reject|edit|merge|undo}: the review queue from the command line.
 * On a store no server holds, it opens the store (holding its lock); on a store that
 * {@code serve --auth} serves, it asks that server as a writer ({@code --user}, password on the
 * terminal or standard input), as {@code backup} does.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"The review queue: candidate facts and new entities, and the decisions on them (kept in graph/decisions,",
                "replayed by every load). On a store that 'serve --auth' serves, give --user, a writer of its password file."},
        subcommands = {ReviewCommand.ListQueue.class, ReviewCommand.Approve.class, ReviewCommand.Reject.class,
                ReviewCommand.Edit.class, ReviewCommand.Merge.class, ReviewCommand.Undo.class})
final class ReviewCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where a subcommand works: the store, or the server that serves it. */
    abstract static class OnStore implements Callable<Integer> {
        @Mixin StoreOption store;

        @Option(names = "--user", paramLabel = "NAME",
                description = "Who decides: a writer of the password file of the server serving the store; on a store no server holds, recorded as given (default: the login name).")
        String user;

        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path dir = store.localDir("review", "decisions are kept in the local TDB2 store");
            TdbStore tdb = TdbStore.at(dir);
            Optional<URI> server = ServedStore.of(tdb.dir());
            String out;
            if (server.isPresent()) {
                if (user == null) {
                    throw new org.pactgraph.review.ReviewException("The store " + dir + " is being served at " + server.get() + "; that server keeps the queue",
                            "give --user NAME, a writer of the server's password file (serve --auth)");
                }
                char[] password = PasswordPrompt.read(user, "review");
                try {
                    out = remote(new RemoteReview(server.get(), user, password));
                } finally {
                    Arrays.fill(password, '\0');
                }
            } else {
                try (StoreLock lock = StoreLock.acquire(tdb.dir())) {
                    DatasetGraph dsg = tdb.open();
                    try {
                        out = local(dsg, user != null ? user : System.getProperty("user.name", "unknown"));
                    } finally {
                        TdbStore.close(dsg);
                    }
                }
            }
            spec.commandLine().getOut().print(out);
            spec.commandLine().getOut().flush();
            return 0;
        }

        abstract String local(DatasetGraph dsg, String agent);

        abstract String remote(RemoteReview server);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the candidate facts and new entities waiting for review, with their keys, a page at a time.")
    static final class ListQueue extends OnStore {
        @Option(names = "--limit", paramLabel = "N", defaultValue = "" + QueuePage.DEFAULT_LIMIT,
                description = "Items to show, at most " + QueuePage.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--offset", paramLabel = "K", defaultValue = "0", description = "Items of the queue to skip (default: ${DEFAULT-VALUE}).")
        int offset;

        @Override
        public Integer call() throws IOException {
            try {
                QueuePage.check(offset, limit);
            } catch (org.pactgraph.review.ReviewException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.oneLine());
            }
            return super.call();
        }

        @Override
        String local(DatasetGraph dsg, String agent) {
            return Txn.calculateRead(dsg, () -> QueueText.of(ReviewQueue.page(dsg, offset, limit)));
        }

        @Override
        String remote(RemoteReview server) {
            return server.queueText(offset, limit);
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = {"Undoes a decision: the key approve, reject, edit or merge printed. The decision stays in graph/decisions,",
                    "invalidated by the undo; the item waits for review again, and every later load replays the decisions without it."})
    static final class Undo extends Deciding {
        @Parameters(paramLabel = "KEY", description = "The key the decision printed (Recorded: VERDICT KEY ...).")
        String key;

        @Override
        String local(DatasetGraph dsg, String agent) {
            // An undo brings back what the decision had replaced, which may break a shape as any decision may: checked alike.
            return undone(key, checkedReviewer(dsg).undo(key, agent).size(), agent);
        }

        @Override
        String remote(RemoteReview server) {
            JsonObject o = server.undo(key);
            return undone(o.getString("key"), o.get("undone").getAsArray().size(), o.getString("by"));
        }

        private static String undone(String key, int decisions, String by) {
            return "Undone: " + key + " by " + by + " (" + decisions + (decisions == 1 ? " decision" : " decisions")
                    + " invalidated in graph/decisions; what it decided waits for review again)\n";
        }
    }

    /** A decision that asserts facts (approve, reject, edit, merge, undo): checked against the shapes the load uses before it is recorded. */
    abstract static class Deciding extends OnStore {
        @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "${env:PACTGRAPH_ONTOLOGY:-ontology}",
                description = "The folder of the SHACL shapes (shapes.ttl) the load uses: a decision that would break one is refused"
                        + " (default: ${DEFAULT-VALUE}; env PACTGRAPH_ONTOLOGY).")
        Path ontology;

        /** A reviewer whose decisions are refused when they would break a shape, and reasoned over when not. */
        Reviewer checkedReviewer(DatasetGraph dsg) {
            return new Reviewer(dsg, Clock.systemUTC())
                    .following(new org.pactgraph.load.InferenceAfterReview(ontology.resolve(org.pactgraph.load.InputFiles.SHAPES_FILE)));
        }
    }

    /** A decision on one key. */
    abstract static class OnKey extends Deciding {
        @Parameters(paramLabel = "KEY", description = "The item's key, as 'review list' shows it.")
        String key;

        abstract Map<String, String> form();

        abstract Decision decide(Reviewer reviewer, String agent);

        @Override
        String local(DatasetGraph dsg, String agent) {
            return said(decide(checkedReviewer(dsg), agent));
        }

        @Override
        String remote(RemoteReview server) {
            JsonObject o = server.decide(form());
            return said(o.getString("decision"), o.getString("key"), o.getString("by"));
        }
    }

    static String said(Decision d) {
        return said(d.verdict().word(), d.key(), d.agent());
    }

    static String said(String verdict, String key, String by) {
        return "Recorded: " + verdict + " " + key + " by " + by + " (graph/decisions; every later load replays it)\n";
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Asserts the candidate fact in its document's graph, or confirms the new entity.")
    static final class Approve extends OnKey {
        @Override
        Map<String, String> form() {
            return Map.of("action", "approve", "key", key);
        }

        @Override
        Decision decide(Reviewer reviewer, String agent) {
            return reviewer.approve(key, agent);
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Keeps the fact out of the asserted graphs for good, or removes the new entity.")
    static final class Reject extends OnKey {
        @Override
        Map<String, String> form() {
            return Map.of("action", "reject", "key", key);
        }

        @Override
        Decision decide(Reviewer reviewer, String agent) {
            return reviewer.reject(key, agent);
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Asserts the candidate fact with another subject or object (an IRI /search finds).")
    static final class Edit extends OnKey {
        @Option(names = "--subject", paramLabel = "IRI") String subject;
        @Option(names = "--object", paramLabel = "IRI") String object;

        @Override
        Map<String, String> form() {
            Map<String, String> f = new LinkedHashMap<>(Map.of("action", "edit", "key", key));
            if (subject != null) f.put("subject", subject);
            if (object != null) f.put("object", object);
            return f;
        }

        @Override
        Decision decide(Reviewer reviewer, String agent) {
            return reviewer.edit(key, subject, object, agent);
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Rewrites the resource FROM to INTO in every document graph, now and at every later load.",
                    "Refused, nothing changed, when INTO would then break a shape (a post in two organisations)."})
    static final class Merge extends Deciding {
        @Parameters(index = "0", paramLabel = "FROM") String from;
        @Parameters(index = "1", paramLabel = "INTO") String into;

        @Override
        String local(DatasetGraph dsg, String agent) {
            return said(checkedReviewer(dsg).merge(from, into, agent));
        }

        @Override
        String remote(RemoteReview server) {
            JsonObject o = server.decide(Map.of("action", "merge", "from", from, "into", into));
            return said(o.getString("decision"), o.getString("key"), o.getString("by"));
        }
    }
}
