package dev.techkg.query;

import dev.techkg.TechKgException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;

/**
 * The saved queries of {@code queries/*.rq}, shipped in the jar: each file's header comment gives its
 * title ({@code # title:}), description ({@code # description:}, continued on indented comment lines) and
 * parameters ({@code # parameters:}). Loaded and parsed once; immutable and thread-safe.
 */
public final class SavedQueries {
    private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");

    private final Map<String, SavedQuery> byName;

    private SavedQueries(Map<String, SavedQuery> byName) {
        this.byName = byName;
    }

    /** One saved query: its file name without {@code .rq}, its documentation, its text and its variables. */
    public record SavedQuery(String name, String title, String description, String parameters, String text, List<String> variables) {
        /** The parsed query. */
        public Query parsed() {
            return SparqlService.parse(text);
        }
    }

    /** The queries shipped on the class path under {@code queries/}. */
    public static SavedQueries loadDefault() {
        URL folder = SavedQueries.class.getResource("/queries");
        if (folder == null) {
            return new SavedQueries(Map.of());
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return load(jar.provider().getPath(uri));
                }
            }
            return load(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new TechKgException("Cannot read the saved queries: " + e.getMessage(), e);
        }
    }

    /** The queries in a folder. */
    public static SavedQueries load(Path folder) throws IOException {
        Map<String, SavedQuery> queries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                String text = Files.readString(file, StandardCharsets.UTF_8);
                SavedQuery query = parseHeader(name, text);
                query.parsed(); // fail at start-up, naming the file, rather than on the first request
                queries.put(name, query);
            }
        } catch (QueryException e) {
            throw new TechKgException("A saved query in " + folder + " does not parse: " + e.getMessage(), e);
        }
        return new SavedQueries(Collections.unmodifiableMap(queries));
    }

    static SavedQuery parseHeader(String name, String text) {
        Map<String, StringBuilder> fields = new LinkedHashMap<>();
        String current = null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1);
            Matcher field = Pattern.compile("^\\s*(title|description|parameters):\\s*(.*)$").matcher(body);
            if (field.matches()) {
                current = field.group(1);
                fields.put(current, new StringBuilder(field.group(2).strip()));
            } else if (current != null && !body.isBlank()) {
                fields.get(current).append(' ').append(body.strip());
            }
        }
        List<String> variables = new ArrayList<>();
        Matcher variable = VARIABLE.matcher(text.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + "\n" + b));
        while (variable.find()) {
            if (!variables.contains(variable.group(1))) {
                variables.add(variable.group(1));
            }
        }
        return new SavedQuery(name, text(fields, "title", name), text(fields, "description", ""), text(fields, "parameters", ""),
                text, List.copyOf(variables));
    }

    private static String text(Map<String, StringBuilder> fields, String key, String fallback) {
        StringBuilder value = fields.get(key);
        return value == null ? fallback : value.toString();
    }

    /** All saved queries, by name order. */
    public List<SavedQuery> all() {
        return List.copyOf(byName.values());
    }

    /** The saved query with this name (file name without {@code .rq}). */
    public Optional<SavedQuery> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
