package dev.techkg.bench;

/** How every benchmark's main runs its body. */
final class BenchMain {
    private BenchMain() {}

    /** A benchmark body, working in a temporary folder of its own. */
    interface Body {
        void run(java.nio.file.Path folder) throws Exception;
    }

    /**
     * Runs the body in a fresh temporary folder (prefix {@code folderName}), deletes the folder whether the body
     * succeeded or failed, then ends the JVM, with status 1 on any failure: exec:java would otherwise wait forever
     * for the threads of a server the benchmark started.
     */
    static void run(String folderName, Body body) {
        int status = 0;
        java.nio.file.Path folder = null;
        try {
            folder = java.nio.file.Files.createTempDirectory(folderName);
            body.run(folder);
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        } finally {
            if (folder != null) {
                try {
                    dev.techkg.testing.TempFolders.delete(folder);
                } catch (RuntimeException e) {
                    e.printStackTrace();
                    status = 1;
                }
            }
        }
        System.exit(status);
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
