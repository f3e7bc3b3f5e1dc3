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
    void export_curated_writes_the_curated_view_and_plain_export_the_raw_graphs() {
        ok("curate", "reject", "european-union", "headquarteredIn", "dublin");
        ok("curate", "merge", "facebook", "meta-platforms");
        ok("curate", "retype", "nutanix", "Company");
        org.apache.jena.sparql.core.DatasetGraph curated = parse(ok("export", "--curated", "--format", "nquads"));
        org.apache.jena.sparql.core.DatasetGraph raw = parse(ok("export", "--format", "nquads"));
        org.apache.jena.graph.Node facebook = iri("https://w3id.org/techkg/id/facebook");
        org.apache.jena.graph.Node meta = iri("https://w3id.org/techkg/id/meta-platforms");
        org.apache.jena.graph.Node any = org.apache.jena.graph.Node.ANY;
        org.apache.jena.graph.Node first = iri(CurationFixture.ARTICLE_1);
        assertTrue(raw.contains(first, facebook, any, any));
        assertFalse(curated.contains(first, facebook, any, any), "facebook is meta-platforms in the curated view");
        assertFalse(curated.contains(first, any, any, facebook));
        // The curation graph keeps the record, and the owl:sameAs of the merge.
        assertTrue(curated.contains(iri("https://w3id.org/techkg/curation"), facebook, org.apache.jena.vocabulary.OWL.sameAs.asNode(), meta));
        assertTrue(curated.contains(any, meta, iri("https://w3id.org/techkg/ontology#partnersWith"), iri("https://w3id.org/techkg/id/nvidia")));
        assertTrue(curated.contains(any, meta, org.apache.jena.vocabulary.SKOS.altLabel.asNode(),
                org.apache.jena.graph.NodeFactory.createLiteralString("Facebook")));
        org.apache.jena.graph.Node hq = iri("https://w3id.org/techkg/ontology#headquarteredIn");
        assertTrue(raw.contains(any, any, hq, any));
        assertFalse(curated.contains(any, any, hq, any), "the rejected fact is left out");
        assertFalse(curated.contains(any, any, org.apache.jena.vocabulary.RDF.object.asNode(), iri("https://w3id.org/techkg/id/dublin")),
                "and so is its reified statement");
        assertTrue(curated.contains(any, iri("https://w3id.org/techkg/id/nutanix"), org.apache.jena.vocabulary.RDF.type.asNode(),
                iri("https://w3id.org/techkg/ontology#Company")));
        assertFalse(curated.contains(any, iri("https://w3id.org/techkg/id/nutanix"), org.apache.jena.vocabulary.RDF.type.asNode(),
                iri("https://w3id.org/techkg/ontology#Person")));
    }

    private static org.apache.jena.graph.Node iri(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }

    private static org.apache.jena.sparql.core.DatasetGraph parse(String nquads) {
        org.apache.jena.sparql.core.DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.fromString(nquads, org.apache.jena.riot.Lang.NQUADS).parse(dsg);
        return dsg;
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
