package dev.techkg.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies test resources into a temporary folder, so tests work on real files they may change. */
public final class TestFiles {
    private TestFiles() {}

    /** Copies the resource folder (e.g. "articles") recursively into the target folder and returns the copy. */
    public static Path copyFolder(String resourceFolder, Path target) {
        try {
            Path source = Path.of(TestFiles.class.getResource("/" + resourceFolder).toURI());
            Path copy = target.resolve(source.getFileName().toString());
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path path : walk.toList()) {
                    Path destination = copy.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(destination);
                    } else {
                        try (InputStream in = Files.newInputStream(path)) {
                            Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
