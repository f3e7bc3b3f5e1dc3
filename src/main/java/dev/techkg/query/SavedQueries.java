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
 * one {@code # param:} line per parameter ({@link Parameter}). This is the one reader of that header: the web
 * form, the CLI help and the API all get it from here. Loaded and parsed once; immutable and thread-safe.
 */
public final class SavedQueries {
    private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern FIELD = Pattern.compile("^\\s*(title|description):\\s*(.*)$");
    /** {@code param: ?var (kind[, default value]) description} */
    private static final Pattern PARAM = Pattern.compile(
            "^\\s*param:\\s*\\?([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*([a-z]+)\\s*(?:,\\s*default\\s+(\"[^\"]*\"|[^)]*?))?\\s*\\)\\s*(.*)$");

    private final Map<String, SavedQuery> byName;

    private SavedQueries(Map<String, SavedQuery> byName) {
        this.byName = byName;
    }

    /**
     * One saved query: its file name without {@code .rq}, its documentation, its documented parameters, its text and
     * all its variables.
     */
    public record SavedQuery(String name, String title, String description, List<Parameter> parameters, String text,
                             List<String> variables) {
        /** The parsed query. */
        public Query parsed() {
            return SparqlService.parse(text);
        }

        /** The documented parameter for this variable (without '?'), if there is one. */
        public Optional<Parameter> parameter(String variable) {
            return parameters.stream().filter(p -> p.variable().equals(variable)).findFirst();
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
                SavedQuery query = of(name, text);
                query.parsed(); // fail at start-up, naming the file, rather than on the first request
                queries.put(name, query);
            }
        } catch (QueryException e) {
            throw new TechKgException("A saved query in " + folder + " does not parse: " + e.getMessage(), e);
        }
        return new SavedQueries(Collections.unmodifiableMap(queries));
    }

    /**
     * A query and the documentation in its header comment; a query without one has its name as title and no
     * parameters.
     *
     * @param name what messages call it (the file name without {@code .rq})
     * @throws QueryException naming the query and the line, for a {@code param:} line that does not read, names an
     *                        unknown kind, repeats a variable or names one the query does not use
     */
    public static SavedQuery of(String name, String text) {
        Map<String, StringBuilder> fields = new LinkedHashMap<>();
        List<String[]> params = new ArrayList<>(); // variable, kind, default; the description is in fields
        StringBuilder current = null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1);
            Matcher field = FIELD.matcher(body);
            Matcher param = PARAM.matcher(body);
            if (field.matches()) {
                current = new StringBuilder(field.group(2).strip());
                fields.put(field.group(1), current);
            } else if (param.matches()) {
                current = new StringBuilder(param.group(4).strip());
                String value = param.group(3) == null ? null : param.group(3).strip().replaceAll("^\"|\"$", "");
                params.add(new String[] {param.group(1), param.group(2), value});
                fields.put("param:" + (params.size() - 1), current);
            } else if (body.strip().startsWith("param:")) {
                throw new QueryException("The header of saved query '" + name + "' has a param line that does not read: '"
                        + line + "'; write it as: # param: ?variable (kind, default value) what it does");
            } else if (current != null && !body.isBlank()) {
                current.append(' ').append(body.strip());
            }
        }
        List<String> variables = new ArrayList<>();
        Matcher variable = VARIABLE.matcher(text.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + "\n" + b));
        while (variable.find()) {
            if (!variables.contains(variable.group(1))) {
                variables.add(variable.group(1));
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            String[] p = params.get(i);
            Parameter.Kind kind;
            try {
                kind = Parameter.Kind.parse(p[1]);
            } catch (IllegalArgumentException e) {
                throw new QueryException("Saved query '" + name + "', parameter ?" + p[0] + ": " + e.getMessage());
            }
            if (!variables.contains(p[0])) {
                throw new QueryException("Saved query '" + name + "' documents a parameter ?" + p[0] + " that the query does not use");
            }
            if (parameters.stream().anyMatch(q -> q.variable().equals(p[0]))) {
                throw new QueryException("Saved query '" + name + "' documents the parameter ?" + p[0] + " twice");
            }
            parameters.add(new Parameter(p[0], kind, p[2], fields.get("param:" + i).toString()));
        }
        return new SavedQuery(name, text(fields, "title", name), text(fields, "description", ""), List.copyOf(parameters),
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
