package dev.techkg.query;

import dev.techkg.curation.Correction;
import dev.techkg.curation.Curation;
import dev.techkg.curation.CurationLog;
import dev.techkg.curation.CurationException;
import dev.techkg.index.GraphIndex;
import dev.techkg.index.GraphIndexCache;
import dev.techkg.linking.Names;
import dev.techkg.rdf.IriMinter;
import dev.techkg.store.GraphStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Merges, across articles, entities of one type whose names differ only by spaces, punctuation, case or legal form
 * ("Open AI" and "OpenAI"; "AT&amp;T" and "AT and T"): the same {@link Names#variantKey}. Linking gives names that differ
 * by legal form or punctuation one IRI already ("Toralis Inc." and "Toralis"; "Toralis-Labs" and "Toralis Labs"), and
 * known aliases and former names the gazetteer's; spacing is what is left. Each merge is an ordinary merge correction
 * attributed to {@link #BY}, with a note naming both names: in the log, undoable, and never made again for two entities
 * a merge of which is in the log already (so a person's split or undo stays). Less certain pairs are only suggested
 * ({@link ReviewQueue#MERGE_SUGGESTION}). Thread-safe: one run at a time.
 */
public final class AutoMerge {
    /** Who automatic merges are attributed to. */
    public static final String BY = "automatic merge";
    private final GraphIndexCache index;
    private final CurationService curation;
    /** Variant keys by label, as a server runs this after every article: the keys of names seen before are not made again. */
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    public AutoMerge(GraphIndexCache index, CurationService curation) {
        this.index = index;
        this.curation = curation;
    }

    /** Makes the merges the current graph calls for; returns them (none when there is nothing to merge). */
    public synchronized List<Correction> run() {
        GraphIndex graph = index.index();
        Map<String, List<GraphIndex.Entity>> byKey = new HashMap<>();
        graph.forEachEntity(e -> {
            String key = keys.computeIfAbsent(e.label(), Names::variantKey);
            if (!key.isEmpty() && !graph.curation().isMergedAway(e.iri())) {
                byKey.computeIfAbsent(e.types().get(0) + " " + key, k -> new ArrayList<>()).add(e);
            }
        });
        // Into the entity most articles mention (ties: the IRI), so the node people know keeps its address.
        Comparator<GraphIndex.Entity> keep = Comparator.comparingInt((GraphIndex.Entity e) -> -e.articles()).thenComparing(GraphIndex.Entity::iri);
        List<Correction> made = new ArrayList<>();
        byKey.values().stream().filter(group -> group.size() > 1).sorted(Comparator.comparing(group -> group.get(0).iri())).forEach(group -> {
            group.sort(keep);
            GraphIndex.Entity into = group.get(0);
            for (GraphIndex.Entity from : group.subList(1, group.size())) {
                if (mergedBefore(graph.curation(), from.iri(), into.iri())) {
                    continue;
                }
                try {
                    made.add(curation.submit(CurationService.Request.merge(IriMinter.slugOf(from.iri()), IriMinter.slugOf(into.iri()),
                            "'" + from.label() + "' and '" + into.label() + "' differ only by spaces, punctuation or legal form"), BY));
                } catch (CurationException e) {
                    // A person corrected one of the two in between (merged or split it): theirs stands.
                }
            }
        });
        return made;
    }

    /**
     * Whether a run may merge anything: two entities of one class with the same variant key that the curation does not
     * make one and no merge in the log joined (a split or undone one keeps them apart). One scan of the labels, for the
     * command line, whose {@link #run} would first read the whole graph index.
     */
    public static boolean due(GraphStore store) {
        Curation curation = Curation.of(new CurationLog(store).read());
        Map<String, List<String>> byKey = new HashMap<>();
        for (Map<String, String> row : store.query(StoredQueries.load("same-name-candidates.rq"), null, b -> b, Rows::select)) {
            String key = Names.variantKey(row.get("label"));
            List<String> iris = byKey.computeIfAbsent(row.get("type") + " " + key, k -> new ArrayList<>());
            if (!key.isEmpty() && !iris.contains(row.get("e"))) {
                iris.add(row.get("e"));
            }
        }
        for (List<String> iris : byKey.values()) {
            for (int i = 0; i < iris.size(); i++) {
                for (int j = i + 1; j < iris.size(); j++) {
                    String a = iris.get(i);
                    String b = iris.get(j);
                    if (!curation.canonical(a).equals(curation.canonical(b)) && !mergedBefore(curation, a, b)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the log has a merge of the two, either way, in force or not. */
    private static boolean mergedBefore(Curation curation, String a, String b) {
        for (Correction c : curation.log()) {
            if (c.kind() == Correction.Kind.MERGE && ((c.from().equals(a) && c.into().equals(b)) || (c.from().equals(b) && c.into().equals(a)))) {
                return true;
            }
        }
        return false;
    }
}
