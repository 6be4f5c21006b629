package org.pactgraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pactgraph.cli.Main;

/**
 * One JVM that runs the README's {@code ./pactgraph} commands one after another, for
 * {@link ReadmeExamplesTest}: starting a JVM for each of some thirty commands took most of that
 * test's time. The examples' launcher script keeps its standard input in a file of a folder of
 * its own and sends the folder, its working folder, its {@code PACTGRAPH_*} environment and the
 * command here over loopback; the command runs with that input, writes its output and errors to
 * files in the folder, which the script prints once the answer, the exit code, has come. (A
 * command cannot take over the script's own streams: those Java gives a child process cannot be
 * opened again through {@code /proc/PID/fd}.) The answer is {@code fallback} instead (the script
 * then starts a JVM of its own) when the command would not run here as it runs in a JVM of its
 * own: another folder or environment, or {@code --verbose}, which sets the logging level once
 * per JVM. The examples do not mix a command's output and errors in one stream, so printing one
 * after the other changes nothing they show.
 *
 * <p>Usage: {@code CommandHost TOKEN}, started in the examples' folder; prints its port on its
 * first line, takes only requests that begin with the token, and ends when its standard input
 * closes.
 */
public final class CommandHost {
    private CommandHost() {}

    private static volatile int ran;
    private static volatile int sentBack;

    public static void main(String[] args) throws IOException {
        String token = args[0];
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        Thread.ofPlatform().daemon().start(() -> {
            try {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the test is gone either way
            }
            err.println("CommandHost: ran " + ran + " commands, sent " + sentBack + " back to run in JVMs of their own");
            System.exit(0);
        });
        try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            out.println(server.getLocalPort());
            out.flush();
            while (true) {
                try (Socket s = server.accept()) {
                    String answer = answer(s.getInputStream(), token, out.charset());
                    s.getOutputStream().write((answer + "\n").getBytes(StandardCharsets.US_ASCII));
                } catch (IOException | RuntimeException e) {
                    err.println("CommandHost: " + e);
                } finally {
                    System.setOut(out);
                    System.setErr(err);
                    System.setIn(in);
                }
            }
        }
    }

    private static String answer(InputStream request, String token, Charset charset) throws IOException {
        if (!token.equals(field(request))) return "refused";
        Path io = Path.of(field(request));
        String folder = field(request);
        String environment = field(request);
        int count = Integer.parseInt(field(request));
        List<String> args = new ArrayList<>();
        for (int i = 0; i < count; i++) args.add(field(request));
        if (!Path.of(folder).toRealPath().equals(Path.of("").toRealPath()) || !environment.equals(pactgraphEnvironment())
                || args.contains("--verbose")) {
            sentBack++;
            return "fallback";
        }
        ran++;
        try (InputStream stdin = Files.newInputStream(io.resolve("in"));
                PrintStream stdout = new PrintStream(Files.newOutputStream(io.resolve("out")), true, charset);
                PrintStream stderr = new PrintStream(Files.newOutputStream(io.resolve("err")), true, charset)) {
            System.setIn(stdin);
            System.setOut(stdout);
            System.setErr(stderr);
            int code = Main.commandLine().execute(args.toArray(String[]::new));
            stdout.flush();
            stderr.flush();
            return "exit:" + code;
        }
    }

    /** The PACTGRAPH_* variables as "NAME=value" lines in name order, as the launcher sends them. */
    private static String pactgraphEnvironment() {
        Map<String, String> sorted = new TreeMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("PACTGRAPH_")) sorted.put(k, v);
        });
        return String.join("\n", sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** The next NUL-terminated field of the request. */
    private static String field(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != 0; c = in.read()) {
            if (c < 0) throw new IOException("the request ended early");
            b.write(c);
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
