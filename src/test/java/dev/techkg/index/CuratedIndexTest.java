package dev.techkg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.techkg.curation.Correction;
import dev.techkg.curation.Correction.Kind;
import dev.techkg.curation.Curation;
import dev.techkg.curation.CurationFixture;
import dev.techkg.curation.CurationLog;
import dev.techkg.rdf.TK;
import dev.techkg.store.Tdb2Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph index after a correction, updated from the graphs the correction affects, is the index read from the
 * whole store with that correction: step by step through merges, rejections, retypes, aliases and undos.
 */
class CuratedIndexTest {
    private static final String ID = TK.ENTITY_BASE;
    private static final List<String> ENTITIES = List.of("facebook", "meta-platforms", "nvidia", "jensen-huang", "european-union", "dublin",
            "nutanix");
    @TempDir
    Path temp;
    private int n;

    private Correction correction(Kind kind, String subject, String relation, String object, String from, String into, String entity,
                                  String type, String alias, String undoes) {
        n++;
        return new Correction(String.format("%012x", n), kind, iri(subject), relation == null ? null : TK.NAMESPACE + relation, iri(object), null,
                iri(from), iri(into), iri(entity), type == null ? null : TK.NAMESPACE + type, null, alias, undoes, null, null, "local user",
                String.format("2026-12-05T06:00:%02d.000Z", n));
    }

    private static String iri(String slug) {
        return slug == null ? null : ID + slug;
    }

    /** What the APIs read of an index, as text to compare. */
    private static String view(GraphIndex index) {
        StringBuilder out = new StringBuilder();
        for (String slug : ENTITIES) {
            out.append(slug).append(": ").append(index.entity(ID + slug)).append('\n');
            Set<String> facts = new TreeSet<>();
            index.facts(ID + slug).forEach(f -> facts.add(f + " " + f.statements()));
            out.append("  facts ").append(facts).append('\n');
            Set<String> rejected = new TreeSet<>();
            index.rejectedFacts(ID + slug).forEach(f -> rejected.add(f + " " + f.statements()));
            out.append("  rejected ").append(rejected).append('\n');
        }
        out.append("best ").append(index.bestConnected(10)).append('\n');
        // The facts by first report, curated and as stored (the saved query new-relations reads the latter).
        List<String> curated = new ArrayList<>();
        index.firstReports.forEachBetween(null, null, f -> curated.add(f.firstReported() + " " + f + " " + f.statements()));
        curated.sort(null);
        out.append("first reports ").append(curated).append('\n');
        out.append("first reports as stored ").append(FirstReportsTest.firstReported(index.storedView(), null, null)).append('\n');
        return out.toString();
    }

    @Test
    void an_index_updated_after_each_correction_equals_the_index_read_from_scratch() throws Exception {
        try (Tdb2Store store = Tdb2Store.open(temp.resolve("store"))) {
            store.load(Files.writeString(temp.resolve("two.trig"), CurationFixture.trig()), Lang.TRIG, "urn:example:unused");
            CurationLog log = new CurationLog(store);
            GraphIndex index = GraphIndex.read(store, () -> false);
            List<Correction> made = new ArrayList<>();
            List<Correction> steps = List.of(
                    correction(Kind.MERGE, null, null, null, "facebook", "meta-platforms", null, null, null, null),
                    correction(Kind.REJECT, "european-union", "headquarteredIn", "dublin", null, null, null, null, null, null),
                    correction(Kind.RETYPE, null, null, null, null, null, "nutanix", "Company", null, null),
                    correction(Kind.ALIAS_ADD, null, null, null, null, null, "nvidia", null, "Team Green", null),
                    correction(Kind.ADD, "nutanix", "partnersWith", "nvidia", null, null, null, null, null, null),
                    correction(Kind.ALIAS_REMOVE, null, null, null, null, null, "meta-platforms", null, "Meta", null),
                    correction(Kind.UNDO, null, null, null, null, null, null, null, null, String.format("%012x", 1)),
                    correction(Kind.UNDO, null, null, null, null, null, null, null, null, String.format("%012x", 2)),
                    correction(Kind.UNDO, null, null, null, null, null, null, null, null, String.format("%012x", 7)));
            for (Correction c : steps) {
                Curation before = Curation.of(made);
                made.add(c);
                log.append(c, before.merges(), Curation.of(made).merges());
                index = index.withGraphsFrom(store, Set.of(TK.CURATION_GRAPH));
                assertEquals(view(GraphIndex.read(store, () -> false)), view(index), "after " + c.kind() + " " + c.id());
            }
            // The merge is back after its undo was undone: facebook is no entity of its own.
            assertNull(index.entity(ID + "facebook"));
        }
    }
}
