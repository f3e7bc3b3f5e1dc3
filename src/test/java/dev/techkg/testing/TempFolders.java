package dev.techkg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deletes the temporary folders that tests make outside JUnit's {@code @TempDir}. */
public final class TempFolders {
    private TempFolders() {}

    /**
     * Deletes the folder and everything in it, if it exists. The helper processes of a program that has just been
     * ended may still write a last file, so a folder that refills while it is deleted is tried again for five
     * seconds before the failure is thrown.
     */
    public static void delete(Path folder) {
        for (int attempt = 1; ; attempt++) {
            try {
                deleteOnce(folder);
                return;
            } catch (DirectoryNotEmptyException e) {
                if (attempt == 50) {
                    throw new UncheckedIOException("Cannot delete " + folder + ": it keeps filling", e);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException("Interrupted while deleting " + folder, e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete " + folder, e);
            }
        }
    }

    private static void deleteOnce(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList(); // children before their folder
        } catch (NoSuchFileException gone) {
            return;
        } catch (UncheckedIOException e) {
            // A file went away during the walk; the next attempt walks what is left.
            throw new DirectoryNotEmptyException(folder + " (changed while listed: " + e.getCause() + ")");
        }
        for (Path path : paths) {
            try {
                Files.delete(path);
            } catch (NoSuchFileException gone) {
                // deleted by its owner meanwhile: fine
            }
        }
    }
}
