package dev.techkg.bench;

import dev.techkg.app.Wiring;
import dev.techkg.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Bulk load rate: {@code techkg load FILE.nq} (the command line, run in this JVM) against Apache Jena's own
 * sequential TDB2 loader, each into a fresh store folder, on the same synthetic N-Quads file. A third contender
 * is {@code techkg load} into a store that already holds one quad, which takes the ordinary write-transaction
 * path (what every load used before). The contenders alternate, in a rotating order, for several rounds; the
 * rate ratio is reported per round and as the median. Each contender first loads a file a fifth the size, untimed,
 * to warm up the JIT.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:java -Dbench.main=dev.techkg.bench.LoadBench -Dbench.quads=1500000 -Dbench.rounds=3}
 */
public final class LoadBench {
    private LoadBench() {}

    public static void main(String[] args) {
        BenchMain.run("techkg-load-bench", LoadBench::run);
    }

    private static void run(Path folder) throws Exception {
        long quads = Long.getLong("bench.quads", 1_500_000);
        int rounds = Integer.getInteger("bench.rounds", 5);
        Path data = folder.resolve("synthetic.nq");
        Path seed = Files.writeString(folder.resolve("seed.nq"), "<urn:x-bench:a> <urn:x-bench:b> \"c\" <urn:x-bench:g> .\n");
        SyntheticGraph.Sample sample = SyntheticGraph.write(data, quads, 42);
        System.out.printf(Locale.ROOT, "file: %d quads, %d articles, %.0f MB%n", sample.quads(), sample.articles(), Files.size(data) / 1e6);

        // Warm-up: each contender once on a smaller file, untimed, so the JIT has compiled the parsers and index code.
        Path warm = folder.resolve("warm-up.nq");
        SyntheticGraph.write(warm, Math.max(10_000, quads / 5), 7);
        techkgLoad(folder.resolve("warm-techkg"), warm);
        jenaSequential(folder.resolve("warm-jena"), warm);
        techkgLoad(folder.resolve("warm-plain"), seed);
        techkgLoad(folder.resolve("warm-plain"), warm);
        for (String store : new String[] {"warm-techkg", "warm-jena", "warm-plain"}) {
            BenchMain.deleteFolder(folder.resolve(store));
        }

        String[] names = {"techkg load (empty store)", "Jena sequential loader", "techkg load (non-empty store)"};
        List<double[]> rates = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double[] rate = new double[3];
            for (int k = 0; k < 3; k++) {
                int contender = (round + k) % 3;
                Path store = folder.resolve("store-" + round + "-" + contender);
                long start;
                long loaded;
                if (contender == 1) {
                    start = System.nanoTime();
                    loaded = jenaSequential(store, data);
                } else {
                    if (contender == 2) {
                        techkgLoad(store, seed);
                    }
                    start = System.nanoTime();
                    loaded = techkgLoad(store, data);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                rate[contender] = loaded / seconds;
                System.out.printf(Locale.ROOT, "round %d  %-30s %9d quads %7.1f s %8.0f quads/s%n", round + 1, names[contender],
                        loaded, seconds, rate[contender]);
                BenchMain.deleteFolder(store);
            }
            rates.add(rate);
            System.out.printf(Locale.ROOT, "round %d  techkg/Jena %.3f   non-empty/Jena %.3f%n", round + 1, rate[0] / rate[1], rate[2] / rate[1]);
        }
        double[] ratio = rates.stream().mapToDouble(r -> r[0] / r[1]).sorted().toArray();
        double[] plain = rates.stream().mapToDouble(r -> r[2] / r[1]).sorted().toArray();
        System.out.printf(Locale.ROOT, "median over %d rounds: techkg load / Jena sequential = %.3f; non-empty store / Jena sequential = %.3f%n",
                rounds, ratio[ratio.length / 2], plain[plain.length / 2]);
    }

    /** {@code techkg load --store STORE FILE}, as the command line runs it; returns the quads it reports. */
    private static long techkgLoad(Path store, Path file) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"load", "--store", store.toString(), file.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), Wiring::create);
        String message = err.toString(StandardCharsets.UTF_8);
        if (exit != 0 || !message.startsWith("Loaded ")) {
            throw new IllegalStateException("techkg load failed (" + exit + "): " + message);
        }
        return Long.parseLong(message.split(" ")[1]);
    }

    /** What {@code tdb2.tdbloader --loader=sequential} does: a fresh store, the sequential loader, the file. */
    private static long jenaSequential(Path store, Path file) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, (format, args) -> {});
        loader.startBulk();
        loader.load(file.toString());
        loader.finishBulk();
        long loaded = loader.countQuads() + loader.countTriples();
        TDBInternal.expel(dsg);
        return loaded;
    }

}
