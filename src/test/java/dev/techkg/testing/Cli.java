package dev.techkg.testing;

import dev.techkg.app.Wiring;
import dev.techkg.cli.Main;
import dev.techkg.nlp.TextAnalyzer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the real {@code techkg} command line in-process on a given store, with the shared analyzer. */
public final class Cli {
    private final TextAnalyzer analyzer;
    private final Path store;

    public Cli(TextAnalyzer analyzer, Path store) {
        this.analyzer = analyzer;
        this.store = store;
    }

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {}

    /** Runs {@code techkg <args> --store <store>} (the store option goes after the subcommand). */
    public Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty() && !all.get(0).startsWith("-")) {
            all.add(1, "--store");
            all.add(2, store.toString());
        }
        return runRaw(Map.of(), all.toArray(String[]::new));
    }

    /** Runs exactly these arguments with this environment. */
    public Result runRaw(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e, environment, config -> Wiring.withAnalyzer(config, analyzer));
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs exactly these arguments for a test that analyses no text: asking for the language models fails it. */
    public static Result withoutAnalysis(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e, Map.of(), config -> Wiring.withAnalyzerFactory(config, () -> {
                throw new IllegalStateException("this test analyses no text");
            }));
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
