package org.pactgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.pactgraph.annotate.Annotator;

/**
 * A digest of the extractor's own code: the compiled classes of the extract and annotate
 * packages, by name and bytes, as the running build has them (a folder of classes or the jar),
 * and the fitted resources that decide what is asserted as much as the rules do: the table of
 * rule reliability ({@link RuleReliability#RESOURCE}), the statement classifier
 * ({@link StatementClassifier#RESOURCE}) and the candidate promotion ({@link CandidatePromotion#RESOURCE}). It is part of what a store was built from, so a changed
 * rule or a refitted table or model makes a store out of date and the next load extracts again, instead
 * of serving facts that an older extractor read.
 */
public final class ExtractorCode {
    private static final List<String> PACKAGES = List.of("org/pactgraph/extract/", "org/pactgraph/annotate/");
    /** The fitted resources, after the classes, in this order. */
    private static final List<String> FITTED = List.of(RuleReliability.RESOURCE, StatementClassifier.RESOURCE, CandidatePromotion.RESOURCE);
    private static final String DIGEST = compute();

    private ExtractorCode() {}

    /** The digest, or "unknown" where the classes cannot be read (then only the inputs tell a store's age). */
    public static String digest() {
        return DIGEST;
    }

    /**
     * What, besides its inputs, decides what a load with this linguistic layer asserts: the layer's
     * version, this digest, the reliability mode and the candidate promotion where the layer feeds it
     * (without a layer nothing is promoted, so the setting does not age a store). A store's
     * fingerprint and its document index both start from it.
     */
    public static String settings(Annotator annotator) {
        return annotator.version() + " " + digest() + " reliability " + RuleReliability.mode()
                + (annotator.isNone() ? "" : CandidatePromotion.fingerprint());
    }

    private static String compute() {
        try {
            return of(Path.of(ExtractorCode.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The digest of the classes and the fitted resources under a folder or in a jar, the same for both: packages in one order, classes by name, then the table and the model. */
    static String of(Path root) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(root)) {
                for (String pkg : PACKAGES) {
                    Path dir = root.resolve(pkg);
                    if (!Files.isDirectory(dir)) continue;
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                            add(sha, root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                        }
                    }
                }
                for (String resource : FITTED) {
                    Path fitted = root.resolve(resource);
                    if (Files.isRegularFile(fitted)) add(sha, resource, Files.readAllBytes(fitted));
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    for (String pkg : PACKAGES) {
                        for (JarEntry e : jar.stream().filter(e -> e.getName().startsWith(pkg) && e.getName().endsWith(".class"))
                                .sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
                            try (InputStream in = jar.getInputStream(e)) {
                                add(sha, e.getName(), in.readAllBytes());
                            }
                        }
                    }
                    for (String resource : FITTED) {
                        JarEntry fitted = jar.getJarEntry(resource);
                        if (fitted == null) continue;
                        try (InputStream in = jar.getInputStream(fitted)) {
                            add(sha, resource, in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void add(MessageDigest sha, String name, byte[] bytes) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
    }
}
