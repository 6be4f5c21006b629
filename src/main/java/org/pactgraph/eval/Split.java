package org.pactgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of texts scored together: its gold standards and the folders its texts are in. The
 * invented corpus is the one the rules were written on; the real texts by other publishers
 * come in a development split (rules may be tuned on it), a calibration split (no rule is
 * written from it; only each rule's reliability is fitted on it) and a test split (never looked
 * at while rules are written or fitted, only scored).
 */
public record Split(String name, Path gold, List<Path> documents) {
    public Split {
        documents = List.copyOf(documents);
    }

    /** The names {@code --split} takes, "all" being every split whose gold folder exists. */
    public static final List<String> NAMES = List.of("invented", "dev", "calibration", "test", "all");

    /**
     * The splits of a name: the invented corpus (gold under {@code extract/gold}, texts in the
     * data folder and {@code extract/corpus}) or a real split under {@code real}
     * ({@code real/gold-dev} against {@code real/dev}, and so for calibration and test). For "all", the splits
     * whose gold folder is missing are left out; a split asked for by name must exist.
     */
    public static List<Split> named(String name, Path extractResources, Path data) {
        Path real = extractResources.resolve("real");
        Split invented = new Split("invented", extractResources.resolve("gold"), List.of(data, extractResources.resolve("corpus")));
        Split dev = new Split("dev", real.resolve("gold-dev"), List.of(real.resolve("dev")));
        Split calibration = new Split("calibration", real.resolve("gold-calibration"), List.of(real.resolve("calibration")));
        Split test = new Split("test", real.resolve("gold-test"), List.of(real.resolve("test")));
        List<Split> chosen = switch (name) {
            case "invented" -> List.of(invented);
            case "dev" -> List.of(dev);
            case "calibration" -> List.of(calibration);
            case "test" -> List.of(test);
            case "all" -> List.of(invented, dev, calibration, test);
            default -> throw new EvaluationException("No split '" + name + "'; expected one of " + NAMES, "give --split " + String.join("|", NAMES));
        };
        if (!name.equals("all")) return chosen;
        List<Split> present = new ArrayList<>();
        chosen.stream().filter(s -> Files.isDirectory(s.gold())).forEach(present::add);
        return present;
    }
}
