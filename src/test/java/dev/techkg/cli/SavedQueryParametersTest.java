package dev.techkg.cli;

import static dev.techkg.testing.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.app.Config;
import dev.techkg.app.ServerSettings;
import dev.techkg.app.Wiring;
import dev.techkg.testing.Cli;
import dev.techkg.testing.Cli.Result;
import dev.techkg.testing.Http;
import dev.techkg.web.WebServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved-query parameters cannot silently fail: on the command line ({@code query --bind}) and in the API
 * ({@code /api/queries/{name}}) alike, an unknown parameter is an error, names match in any case and by alias,
 * entities are given by name, slug, prefixed name or IRI, relations by local name, tk: name or IRI; a value that
 * matches nothing is an error naming it. No text is analysed here.
 */
class SavedQueryParametersTest {
    private static final String DATA = """
            @prefix tk: <https://w3id.org/techkg/ontology#> .
            @prefix id: <https://w3id.org/techkg/id/> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            <https://w3id.org/techkg/article/00000000000000a1> {
                <https://w3id.org/techkg/article/00000000000000a1> a tk:Article ; dcterms:title "A chip maker buys a software house" .
                id:broadcom a tk:Company ; rdfs:label "Broadcom" ; skos:altLabel "Broadcom Inc." ; tk:acquires id:vmware .
                id:vmware a tk:Company ; rdfs:label "VMware" .
                [] rdf:subject id:broadcom ; rdf:predicate tk:acquires ; rdf:object id:vmware ;
                   tk:evidence "Broadcom completed its takeover of VMware last week." ; tk:confidence 0.9 .
            }
            <https://w3id.org/techkg/article/00000000000000a2> {
                <https://w3id.org/techkg/article/00000000000000a2> a tk:Article ; dcterms:title "Cloud rivals" .
                id:alibaba-group a tk:Company ; rdfs:label "Alibaba Group" ; tk:competesWith id:tencent .
                id:tencent a tk:Company ; rdfs:label "Tencent" .
                [] rdf:subject id:alibaba-group ; rdf:predicate tk:competesWith ; rdf:object id:tencent ;
                   tk:evidence "Alibaba Group fights Tencent for cloud customers." ; tk:confidence 0.8 .
            }
            """;

    @TempDir
    Path temp;

    private Path store;

    @BeforeEach
    void load() throws Exception {
        store = temp.resolve("store");
        Path data = Files.writeString(temp.resolve("data.trig"), DATA);
        assertEquals(0, run("load", "--store", store.toString(), data.toString()).exitCode());
    }

    private static Result run(String... args) {
        return Cli.withoutAnalysis(args);
    }

    /** {@code techkg query --format csv --bind …} with these binds, then the query. */
    private Result query(String savedQuery, String... binds) {
        String[] args = new String[5 + 2 * binds.length];
        args[0] = "query";
        args[1] = "--store";
        args[2] = store.toString();
        args[3] = "--format=csv";
        for (int i = 0; i < binds.length; i++) {
            args[4 + 2 * i] = "--bind";
            args[5 + 2 * i] = binds[i];
        }
        args[args.length - 1] = savedQuery;
        return run(args);
    }

    private String rows(String savedQuery, String... binds) {
        Result result = query(savedQuery, binds);
        assertEquals(0, result.exitCode(), result.err());
        return result.out();
    }

    @Test
    void a_misspelt_parameter_is_a_wrong_command_line_that_names_the_right_one() {
        Result result = query("entity-facts", "nmae=Broadcom");
        assertEquals(Main.EXIT_USAGE, result.exitCode());
        assertTrue(result.err().contains("?nmae") && result.err().contains("did you mean ?name?"), result.err());
        assertEquals("", result.out());

        Result adHoc = run("query", "--store", store.toString(), "--bind", "compnay=id:broadcom",
                "SELECT ?label WHERE { ?company rdfs:label ?label }");
        assertEquals(Main.EXIT_USAGE, adHoc.exitCode());
        assertTrue(adHoc.err().contains("no variable ?compnay") && adHoc.err().contains("?company"), adHoc.err());
    }

    @Test
    void a_name_matches_in_any_case_and_by_alias_and_one_that_matches_nothing_is_an_error() {
        String exact = rows("entity-facts", "name=Broadcom");
        assertTrue(exact.contains("VMware") && !exact.contains("Tencent"), exact);
        assertEquals(exact, rows("entity-facts", "name=broadcom"));
        assertEquals(exact, rows("entity-facts", "name=BROADCOM INC."));
        assertEquals(exact, rows("queries/entity-facts.rq", "name=broadcom"), "the file reads as the saved query does");

        Result unknown = query("entity-facts", "name=Brodcom");
        assertEquals(Main.EXIT_FAILURE, unknown.exitCode());
        assertTrue(unknown.err().contains("No entity is named 'Brodcom'"), unknown.err());
    }

    @Test
    void an_entity_is_given_by_name_slug_prefixed_name_or_iri() {
        String byIri = rows("investments", "investor=<https://w3id.org/techkg/id/broadcom>");
        assertTrue(byIri.contains("VMware"), byIri);
        assertEquals(byIri, rows("investments", "investor=https://w3id.org/techkg/id/broadcom"));
        assertEquals(byIri, rows("investments", "investor=id:broadcom"));
        assertEquals(byIri, rows("investments", "investor=broadcom"));
        assertEquals(byIri, rows("investments", "investor=Broadcom Inc."));

        Result missing = query("investments", "investor=id:brodcom");
        assertEquals(Main.EXIT_FAILURE, missing.exitCode());
        assertTrue(missing.err().contains("No entity <https://w3id.org/techkg/id/brodcom>"), missing.err());
    }

    @Test
    void a_relation_is_given_by_local_name_prefixed_name_or_iri() {
        String byName = rows("investments", "relation=acquires");
        assertTrue(byName.contains("VMware"), byName);
        assertEquals(byName, rows("investments", "relation=tk:acquires"));
        assertEquals(byName, rows("investments", "relation=<https://w3id.org/techkg/ontology#acquires>"));
        assertFalse(rows("investments", "relation=investsIn").contains("VMware"));

        Result unknown = query("investments", "relation=buys");
        assertEquals(Main.EXIT_FAILURE, unknown.exitCode());
        assertTrue(unknown.err().contains("'buys' is no TechKG relation") && unknown.err().contains("acquires"), unknown.err());
    }

    @Test
    void a_date_that_is_no_date_is_an_error() {
        Result result = query("new-relations", "since=2024-13-01");
        assertEquals(Main.EXIT_FAILURE, result.exitCode());
        assertTrue(result.err().contains("'2024-13-01' is no date"), result.err());
    }

    @Test
    void the_help_lists_each_saved_query_with_its_documented_parameters() {
        String help = run("query", "--help").out();
        assertTrue(help.contains("entity-facts: All facts about one entity"), help);
        assertTrue(help.contains("?name (a name or alias, any case; default Alibaba Group)"), help);
        assertTrue(help.contains("?relation (a relation: acquires, tk:acquires or its IRI)"), help);
    }

    @Test
    void the_api_reads_parameters_by_the_same_rules_and_lists_them_for_the_form() throws Exception {
        String expected = rows("investments", "investor=broadcom", "relation=acquires"); // before the server holds the store
        try (Wiring wiring = Wiring.withAnalyzerFactory(new Config(store), () -> {
            throw new IllegalStateException("this test analyses no text");
        })) {
            WebServer server = wiring.webServer(new ServerSettings("127.0.0.1", 0, 30, 1000, null, false, 1, null, true));
            Http http = new Http(server.start());
            ObjectMapper json = new ObjectMapper();

            HttpResponse<String> facts = http.get("/api/queries/investments?investor=broadcom&relation=acquires", "Accept", "text/csv");
            assertEquals(200, facts.statusCode(), facts.body());
            assertEquals(expected, facts.body());
            assertTrue(expected.contains("VMware"), expected);

            HttpResponse<String> misspelt = http.get("/api/queries/entity-facts?nmae=Broadcom");
            assertEquals(400, misspelt.statusCode());
            assertTrue(json.readTree(misspelt.body()).get("detail").asText().contains("did you mean ?name?"), misspelt.body());
            HttpResponse<String> noSuchName = http.get("/api/queries/entity-facts?name=" + encode("Brodcom"));
            assertEquals(400, noSuchName.statusCode());
            assertTrue(json.readTree(noSuchName.body()).get("detail").asText().contains("No entity is named 'Brodcom'"), noSuchName.body());

            JsonNode listed = json.readTree(http.get("/api/queries").body());
            JsonNode entityFacts = null;
            for (JsonNode q : listed) {
                if (q.get("name").asText().equals("entity-facts")) {
                    entityFacts = q;
                }
            }
            assertEquals("name", entityFacts.get("parameters").get(0).get("name").asText());
            assertEquals("name", entityFacts.get("parameters").get(0).get("kind").asText());
            assertEquals("Alibaba Group", entityFacts.get("parameters").get(0).get("defaultValue").asText());
            assertEquals("relation", entityFacts.get("parameters").get(1).get("kind").asText());
        }
    }
}
