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
}
