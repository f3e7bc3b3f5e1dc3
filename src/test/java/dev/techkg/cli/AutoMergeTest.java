package dev.techkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.Cli;
import dev.techkg.testing.SharedAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-article merging through the real {@code ingest}: names that differ only by spacing merge automatically, as
 * a correction in the log that a person can undo (and that is then not made again); less certain pairs only become
 * suggestions in the review queue.
 */
@ExtendWith(SharedAnalyzer.class)
class AutoMergeTest {
    @TempDir
    Path temp;

    @Test
    void names_that_differ_only_by_spacing_merge_automatically_and_an_undo_stays_undone(TextAnalyzer analyzer) throws Exception {
        Cli cli = new Cli(analyzer, temp.resolve("store"));
        Path a = Files.writeString(temp.resolve("a.txt"), "TITLE: One\nDATE: 2025-05-02\n\n"
                + "The startup Corvid Labs signed a supply deal with Samsung. Corvid Labs CEO Mara Velt said the chips ship in June.\n");
        Path b = Files.writeString(temp.resolve("b.txt"), "TITLE: Two\nDATE: 2025-05-09\n\nThe startup CorvidLabs partners with Intel.\n");
        Cli.Result first = cli.run("ingest", a.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertFalse(first.err().contains("Merged"), first.err());
        Cli.Result second = cli.run("ingest", b.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().contains("Merged corvidlabs into corvid-labs"), second.err());

        Cli.Result list = cli.run("curate", "list");
        String merge = list.out().lines().filter(l -> l.contains("\tmerge\t")).findFirst().orElseThrow(() -> new AssertionError(list.out()));
        assertTrue(merge.contains("corvidlabs into corvid-labs\tautomatic merge\t"), merge);
        assertTrue(merge.contains("'CorvidLabs' and 'Corvid Labs' differ only by spaces, punctuation or legal form"), merge);
        Cli.Result raw = cli.run("query", "--format", "tsv", "SELECT ?o WHERE { id:corvidlabs tk:partnersWith ?o }");
        assertTrue(raw.out().contains("/id/intel>"), "the raw graph keeps what the article said: " + raw.out());
        Cli.Result curated = cli.run("export", "--curated", "--format", "ntriples");
        assertTrue(curated.out().contains("<https://w3id.org/techkg/id/corvid-labs> <https://w3id.org/techkg/ontology#partnersWith> "
                + "<https://w3id.org/techkg/id/intel>"), "the curated view has one node with both articles' facts");

        String id = merge.split("\t")[0];
        assertEquals(0, cli.run("curate", "undo", id).exitCode());
        Path c = Files.writeString(temp.resolve("c.txt"), "TITLE: Three\nDATE: 2025-05-19\n\nThe startup CorvidLabs competes with Nvidia.\n");
        Cli.Result third = cli.run("ingest", c.toString());
        assertEquals(0, third.exitCode(), third.err());
        assertFalse(third.err().contains("Merged"), "a person undid that merge: it is not made again: " + third.err());
        Cli.Result flags = cli.run("curate", "flags");
        // Now a suggestion for a person (kept: CorvidLabs, which two articles name now).
        assertTrue(flags.out().contains("Corvid Labs may be CorvidLabs: the same name but for spaces and punctuation"), flags.out());
    }
}
