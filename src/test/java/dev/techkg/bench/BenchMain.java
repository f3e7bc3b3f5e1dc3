package dev.techkg.bench;

/** How every benchmark's main runs its body. */
final class BenchMain {
    private BenchMain() {}

    /** A benchmark body. */
    interface Body {
        void run() throws Exception;
    }

    /**
     * Runs the body and ends the JVM with status 1 on any failure: exec:java would otherwise wait forever for
     * the threads of a server the benchmark started.
     */
    static void run(Body body) {
        try {
            body.run();
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** Removes a benchmark's folder and everything in it (stores and data files of some hundred MB), if it exists. */
    static void deleteFolder(java.nio.file.Path folder) throws java.io.IOException {
        if (!java.nio.file.Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> paths = java.nio.file.Files.walk(folder)) {
            for (java.nio.file.Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(path);
            }
        }
    }
}
