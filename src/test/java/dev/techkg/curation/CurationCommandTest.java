package dev.techkg.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code techkg curate …} on a real TDB2 store loaded from TriG: corrections survive backup, restore and deletes. */
class CurationCommandTest {
    @TempDir
    Path temp;
    Cli cli;

    @BeforeEach
    void load() throws Exception {
        cli = new Cli(null, temp.resolve("store"));
        Cli.Result load = cli.run("load", Files.writeString(temp.resolve("two.trig"), CurationFixture.trig()).toString());
        assertEquals(0, load.exitCode(), load.err());
    }

    private String ok(String... args) {
        Cli.Result r = cli.run(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.err());
        return r.out().strip();
    }

    @Test
    void backup_then_restore_keeps_every_correction_and_the_restored_store_still_applies_them() throws Exception {
        String reject = ok("curate", "reject", "european-union", "headquarteredIn", "dublin", "--note", "The EU sits in Brussels");
        String merge = ok("curate", "merge", "facebook", "meta-platforms");
        String retype = ok("curate", "retype", "nutanix", "Company");
        String alias = ok("curate", "alias", "add", "nvidia", "Team Green");
        String undone = ok("curate", "confirm", "jensen-huang", "tk:leads", "id:nvidia");
        ok("curate", "undo", undone);
        String before = ok("curate", "list");
        assertEquals(6, before.lines().count(), before);

        Path file = temp.resolve("kg.nq.gz");
        ok("backup", "-o", file.toString());
        Cli other = new Cli(null, temp.resolve("other"));
        Cli.Result restore = other.run("restore", file.toString());
        assertEquals(0, restore.exitCode(), restore.err());
        Cli.Result list = other.run("curate", "list");
        assertEquals(before, list.out().strip(), "the same corrections, the same states");
        for (String id : new String[] {reject, merge, retype, alias, undone}) {
            assertTrue(list.out().contains(id), id);
        }
        assertTrue(list.out().contains("undone by"), list.out());
        // Still in force in the restored store: the merge is refused again, the rejection is there already.
        Cli.Result again = other.run("curate", "merge", "facebook", "meta-platforms");
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("'facebook' is merged already"), again.err());
        Cli.Result rejectAgain = other.run("curate", "reject", "european-union", "headquarteredIn", "dublin");
        assertTrue(rejectAgain.err().contains("rejected already by") || rejectAgain.err().contains("is rejected already"), rejectAgain.err());
    }

    @Test
    void deleting_an_article_keeps_the_curation_graph_and_the_shapes_accept_it() {
        ok("curate", "reject", "european-union", "headquarteredIn", "dublin", "--article", "a1a1a1a1a1a1a1a1");
        ok("curate", "add", "nutanix", "partnersWith", "nvidia", "--note", "Both said so at a press event");
        ok("curate", "merge", "facebook", "meta-platforms", "--note", "renamed in 2021");
        Cli.Result validate = cli.run("validate");
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        ok("delete", "b2b2b2b2b2b2b2b2");
        assertEquals(3, ok("curate", "list").lines().count());
        Cli.Result sparql = cli.run("query", "ASK { GRAPH <https://w3id.org/techkg/curation> { "
                + "<https://w3id.org/techkg/id/facebook> <http://www.w3.org/2002/07/owl#sameAs> <https://w3id.org/techkg/id/meta-platforms> } }");
        assertTrue(sparql.out().contains("true"), sparql.out() + sparql.err());
    }

    @Test
    void wrong_corrections_fail_with_a_message_naming_the_value() {
        Cli.Result unknown = cli.run("curate", "reject", "nvidia", "leads", "jensen-huang");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("No article states 'nvidia leads jensen-huang'"), unknown.err());
        Cli.Result type = cli.run("curate", "retype", "nutanix", "Robot");
        assertTrue(type.err().contains("Unknown type 'Robot'"), type.err());
        Cli.Result entity = cli.run("curate", "merge", "Facebook Inc", "meta-platforms");
        assertTrue(entity.err().contains("Bad entity 'Facebook Inc'"), entity.err());
        Cli.Result self = cli.run("curate", "merge", "meta-platforms", "id:meta-platforms");
        assertTrue(self.err().contains("into itself"), self.err());
        Cli.Result note = cli.run("curate", "add", "nutanix", "partnersWith", "nvidia");
        assertTrue(note.err().contains("needs a note"), note.err());
        Cli.Result undo = cli.run("curate", "undo", "0123456789ab");
        assertTrue(undo.err().contains("No correction '0123456789ab'"), undo.err());
        assertFalse(ok("curate", "list").contains("reject"));
    }
}
