package dev.techkg.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code techkg curate flags} and {@code dismiss} on a real TDB2 store: each rule flags its case with both pieces of
 * evidence, a correction resolves a flag, and a dismissal lasts through re-ingest, backup and restore.
 */
class ReviewQueueCommandTest {
    @TempDir
    Path temp;
    Cli cli;

    @BeforeEach
    void load() throws Exception {
        cli = new Cli(null, temp.resolve("store"));
        Cli.Result load = cli.run("load", Files.writeString(temp.resolve("three.trig"), ReviewFixture.trig()).toString());
        assertEquals(0, load.exitCode(), load.err());
    }

    private String ok(String... args) {
        Cli.Result r = cli.run(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.err());
        return r.out().strip();
    }

    /** The flag lines (not their evidence lines) of {@code curate flags}. */
    private static List<String> flags(String out) {
        return out.lines().filter(l -> !l.startsWith("\t") && !l.isBlank()).toList();
    }

    private static String idOf(List<String> flags, String kind) {
        return flags.stream().filter(l -> l.split("\t")[1].equals(kind)).findFirst().orElseThrow(() -> new AssertionError(kind + " in " + flags))
                .split("\t")[0];
    }

    @Test
    void each_rule_flags_its_case_once_with_both_pieces_of_evidence() {
        String out = ok("curate", "flags");
        List<String> flags = flags(out);
        assertEquals(List.of("acquired-then-independent", "fact-and-negation", "merge-suggestion", "two-ceos", "two-headquarters"),
                flags.stream().map(l -> l.split("\t")[1]).sorted().toList(), out);
        assertTrue(out.contains("Orbitline: headquartered in Lisbon and in Porto (articles of 2025-03)"), out);
        assertTrue(out.contains("orbitline headquarteredIn lisbon: \"Lisbon-based Orbitline acquires Quillfeather.\" (article c3c3c3c3c3c3c3c3, 2025-03-03)"), out);
        assertTrue(out.contains("orbitline headquarteredIn porto: \"Orbitline is headquartered in Porto.\" (article d4d4d4d4d4d4d4d4, 2025-03-20)"), out);
        assertTrue(out.contains("Orbitline: two CEOs, Lisa Tran and Omar Diaz"), out);
        assertFalse(out.contains("Ana Ruiz"), "a chair beside a CEO is no clash: " + out);
        assertTrue(out.contains("Quillfeather: acquired by Orbitline (2025-03-03), later said to be independent (2025-04-02)"), out);
        assertTrue(out.contains("\"Quillfeather remains an independent company after the talks ended.\" (article e5e5e5e5e5e5e5e5, 2025-04-02)"), out);
        assertTrue(out.contains("Orbitline partnersWith Brightwave, and a sentence says it is not so"), out);
        assertTrue(out.contains("\"Brightwave is not partnering with Orbitline, a spokesperson said.\" (article d4d4d4d4d4d4d4d4, 2025-03-20)"), out);
        assertTrue(out.contains("Orbitline Robotics may be Orbitline: one name is the other plus one word"), out);
        assertEquals(out, ok("curate", "flags"), "the same flags, the same ids, when asked again");
    }

    @Test
    void rejecting_one_of_the_facts_or_merging_resolves_a_flag_and_undo_brings_it_back() {
        String reject = ok("curate", "reject", "orbitline", "headquarteredIn", "porto", "--note", "Porto is a sales office");
        List<String> after = flags(ok("curate", "flags"));
        assertTrue(after.stream().noneMatch(l -> l.contains("two-headquarters")), after.toString());
        ok("curate", "merge", "orbitline-robotics", "orbitline");
        after = flags(ok("curate", "flags"));
        assertTrue(after.stream().noneMatch(l -> l.contains("merge-suggestion")), after.toString());
        ok("curate", "undo", reject);
        assertTrue(flags(ok("curate", "flags")).stream().anyMatch(l -> l.contains("two-headquarters")));
    }

    @Test
    void a_dismissal_lasts_through_reingest_backup_and_restore_and_undo_brings_the_flag_back() throws Exception {
        String flag = idOf(flags(ok("curate", "flags")), "two-ceos");
        String dismissal = ok("curate", "dismiss", flag, "--note", "Diaz replaced Tran mid-month");
        assertFalse(ok("curate", "flags").contains(flag));
        assertTrue(ok("curate", "list").contains("dismiss\tflag " + flag), ok("curate", "list"));

        // Re-ingest: the article graph deleted and written again, as a second ingest of the article does.
        ok("delete", "c3c3c3c3c3c3c3c3");
        assertFalse(ok("curate", "flags").contains("two-ceos"), "Lisa Tran's article is gone");
        ok("load", Files.writeString(temp.resolve("first.trig"), ReviewFixture.firstArticle()).toString());
        String again = ok("curate", "flags");
        assertTrue(again.contains("two-headquarters"), again);
        assertFalse(again.contains(flag), "still dismissed after re-ingest: " + again);

        Path file = temp.resolve("kg.nq.gz");
        ok("backup", "-o", file.toString());
        Cli other = new Cli(null, temp.resolve("other"));
        assertEquals(0, other.run("restore", file.toString()).exitCode());
        Cli.Result restored = other.run("curate", "flags");
        assertEquals(again, restored.out().strip(), "the restored store has the same open flags");
        Cli.Result twice = other.run("curate", "dismiss", flag);
        assertEquals(1, twice.exitCode());
        assertTrue(twice.err().contains("Flag " + flag + " is dismissed already"), twice.err());

        ok("curate", "undo", dismissal);
        assertTrue(ok("curate", "flags").contains(flag), "the flag is back once its dismissal is undone");
    }

    @Test
    void a_city_and_its_country_named_together_are_no_second_headquarters() throws Exception {
        String article = "https://w3id.org/techkg/article/f6f6f6f6f6f6f6f6";
        String trig = """
                @prefix tk: <https://w3id.org/techkg/ontology#> .
                @prefix id: <https://w3id.org/techkg/id/> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix schema: <https://schema.org/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%1$s> {
                  <%1$s> a tk:Article ; dcterms:title "Lens makers" ; dcterms:date "2025-03-10"^^xsd:date ;
                      tk:text "Veltrix, based in Eindhoven, Netherlands, makes lenses." ; schema:mentions id:veltrix , id:eindhoven , id:netherlands .
                  id:veltrix a tk:Company ; rdfs:label "Veltrix" .
                  id:eindhoven a tk:Place ; rdfs:label "Eindhoven" .
                  id:netherlands a tk:Place ; rdfs:label "Netherlands" .
                  id:veltrix tk:headquarteredIn id:eindhoven , id:netherlands .
                  [] a rdf:Statement ; rdf:subject id:veltrix ; rdf:predicate tk:headquarteredIn ; rdf:object id:eindhoven ;
                     tk:evidence "Veltrix, based in Eindhoven, Netherlands, makes lenses." ; tk:confidence 0.8 ; tk:rule "r" ; prov:wasDerivedFrom <%1$s> .
                  [] a rdf:Statement ; rdf:subject id:veltrix ; rdf:predicate tk:headquarteredIn ; rdf:object id:netherlands ;
                     tk:evidence "Veltrix, based in Eindhoven, Netherlands, makes lenses." ; tk:confidence 0.8 ; tk:rule "r" ; prov:wasDerivedFrom <%1$s> .
                }
                """.formatted(article);
        ok("load", Files.writeString(temp.resolve("veltrix.trig"), trig).toString());
        String out = ok("curate", "flags");
        assertFalse(out.contains("Veltrix"), out);
        assertTrue(out.contains("Orbitline: headquartered in Lisbon and in Porto"), "two articles still clash: " + out);
    }

    @Test
    void dismissing_a_flag_that_is_not_there_names_the_value_and_what_to_do() {
        Cli.Result bad = cli.run("curate", "dismiss", "not-a-flag");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("Bad flag id 'not-a-flag'") && bad.err().contains("12 hex digits"), bad.err());
        Cli.Result missing = cli.run("curate", "dismiss", "0123456789ab");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("No flag '0123456789ab' in the review queue"), missing.err());
    }

    @Test
    void the_shapes_accept_a_dismissal() {
        ok("curate", "dismiss", idOf(flags(ok("curate", "flags")), "merge-suggestion"), "--note", "a separate unit");
        Cli.Result validate = cli.run("validate");
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
    }
}
