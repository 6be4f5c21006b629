package org.pactgraph.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.pactgraph.PactGraphException;
import org.pactgraph.reason.InconsistencyException;
import org.pactgraph.validate.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code pactgraph} command. Subcommands parse their options, call one stage and print;
 * errors from the stages come out as one line saying what, where and what to do (exit 1), bad
 * usage as picocli's message (exit 2), stack traces only with --verbose.
 */
@Command(name = "pactgraph",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "A knowledge graph of research partnerships between governments, universities and companies.",
        subcommands = {LoadCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class, ExtractCommand.class,
                EvalCommand.class, BenchCommand.class, PasswdCommand.class, GenerateCommand.class,
                CheckCommand.class, ExplainCommand.class, BackupCommand.class, RestoreCommand.class, DiagramCommand.class, ReviewCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show progress details and stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--verbose")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for main and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || (parsed.subcommand() != null && anyVerbose(parsed));
        if (e instanceof ValidationException v) {
            err.println("pactgraph: " + v.report());
            err.println("pactgraph: " + v.hint());
        } else if (e instanceof InconsistencyException c) {
            err.println("pactgraph: " + c.report());
            err.println("pactgraph: " + c.hint());
        } else if (e instanceof PactGraphException p) {
            err.println("pactgraph: " + p.oneLine());
        } else {
            err.println("pactgraph: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (verbose ? "" : " - run again with --verbose to see where"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    private static boolean anyVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }
}
