package dev.techkg.testing;

import dev.techkg.store.Tdb2Store;
import java.nio.file.Path;

/** A second process for tests: opens the store given as argument, says "ready", and holds it until stdin closes. */
public final class HoldStore implements AutoCloseable {
    private final Process process;

    private HoldStore(Process process) {
        this.process = process;
    }

    /** Starts a second JVM that holds the store in the folder, and returns once it holds it. */
    public static HoldStore start(Path folder) throws java.io.IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream())).readLine();
        if (!"ready".equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("the holding process did not start: " + line);
        }
        return new HoldStore(process);
    }

    /** Lets the other process go: it closes the store and ends. */
    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        process.destroyForcibly();
    }

    public static void main(String[] args) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(Path.of(args[0]))) {
            store.graphNames();
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our input
            }
        }
    }
}
