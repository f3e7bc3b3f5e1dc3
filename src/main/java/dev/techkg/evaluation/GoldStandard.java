package dev.techkg.evaluation;

import dev.techkg.linking.Names;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gold annotations of a folder: {@code entities.tsv} (article, canonical_name, type, surface_forms)
 * and {@code gold.tsv} (article, subject, relation, object, evidence).
 *
 * @param entities  per article, its gold entities
 * @param relations every gold relation
 */
public record GoldStandard(Map<String, List<GoldEntity>> entities, List<GoldRelation> relations) {

    /** A gold entity: its names normalised for matching. */
    public record GoldEntity(String article, String name, String type, Set<String> normalizedNames) {}

    /** A gold relation. */
    public record GoldRelation(String article, String subject, String relation, String object, String evidence) {}

    /** Reads {@code entities.tsv} and {@code gold.tsv} from the folder; fails naming the file and line of a bad row. */
    public static GoldStandard read(Path folder) {
        Map<String, List<GoldEntity>> entities = new HashMap<>();
        for (String[] row : rows(folder.resolve("entities.tsv"), 4)) {
            Set<String> names = new LinkedHashSet<>();
            names.add(Names.normalize(row[1]));
            for (String form : row[3].split("\\|")) {
                if (!form.isBlank()) {
                    names.add(Names.normalize(form));
                }
            }
            entities.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new GoldEntity(row[0], row[1], row[2], names));
        }
        List<GoldRelation> relations = new ArrayList<>();
        for (String[] row : rows(folder.resolve("gold.tsv"), 4)) {
            relations.add(new GoldRelation(row[0], row[1], row[2], row[3], row.length > 4 ? row[4] : ""));
        }
        return new GoldStandard(entities, relations);
    }

    /** The normalised names of a gold entity of the article (its canonical name and surface forms). */
    public Set<String> namesOf(String article, String canonicalName) {
        for (GoldEntity entity : entities.getOrDefault(article, List.of())) {
            if (entity.name().equals(canonicalName)) {
                return entity.normalizedNames();
            }
        }
        return Set.of(Names.normalize(canonicalName));
    }

    private static List<String[]> rows(Path file, int minColumns) {
        if (!Files.isRegularFile(file)) {
            throw new EvaluationException("Missing gold file " + file + " (a gold folder holds articles/, gold.tsv and entities.tsv)");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvaluationException("Cannot read " + file + ": " + e.getMessage());
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < minColumns) {
                throw new EvaluationException(file + " line " + (i + 1) + ": expected at least " + minColumns
                        + " tab-separated columns, found " + cells.length);
            }
            rows.add(cells);
        }
        return rows;
    }
}
