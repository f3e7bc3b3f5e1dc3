package dev.techkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.Cli;
import dev.techkg.testing.SharedAnalyzer;
import dev.techkg.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, on a real TDB2 store in a temporary folder, with real articles. */
@ExtendWith(SharedAnalyzer.class)
class CliEndToEndTest {
    private static final String PREFIXES = "PREFIX tk: <https://w3id.org/techkg/ontology#> ";

    @TempDir
    Path temp;
    Path articles;
    Cli cli;

    @BeforeEach
    void setUp(TextAnalyzer analyzer) {
        articles = TestFiles.copyFolder("articles", temp);
        cli = new Cli(analyzer, temp.resolve("store"));
    }

    @Test
    void ingest_stores_every_article_and_queries_see_all_of_them_as_one_default_graph() {
        Cli.Result ingest = cli.run("ingest", articles.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertTrue(ingest.err().contains("2 added, 0 replaced, 0 unchanged, 0 failed"), ingest.err());

        List<String> articleTitles = column(cli.run("query", "--format", "json",
                PREFIXES + "SELECT ?title WHERE { ?a a tk:Article ; <http://purl.org/dc/terms/title> ?title } ORDER BY ?title"), "title");
        assertEquals(List.of("Microsoft deepens its bet on OpenAI", "US rules squeeze Nvidia's China business"), articleTitles);

        // No GRAPH clause: facts of both articles come from the union default graph.
        List<String> facts = column(cli.run("query", "--format", "json", PREFIXES
                + "SELECT ?fact WHERE { ?s ?p ?o . ?s <http://www.w3.org/2000/01/rdf-schema#label> ?sl . "
                + "?o <http://www.w3.org/2000/01/rdf-schema#label> ?ol . FILTER(STRSTARTS(STR(?p), STR(tk:))) "
                + "BIND(CONCAT(?sl, ' ', STRAFTER(STR(?p), '#'), ' ', ?ol) AS ?fact) }"), "fact");
        assertTrue(facts.contains("Jensen Huang leads Nvidia"), facts.toString());
        assertTrue(facts.contains("Microsoft investsIn OpenAI"), facts.toString());
        assertTrue(facts.contains("OpenAI develops ChatGPT"), facts.toString());
        assertTrue(facts.contains("Google subsidiaryOf Alphabet"), facts.toString());
    }

    @Test
    void every_fact_carries_its_evidence_sentence_confidence_rule_and_article() {
        cli.run("ingest", articles.toString());
        Cli.Result result = cli.run("query", "--format", "json", PREFIXES
                + "SELECT ?evidence ?confidence ?rule ?article WHERE { GRAPH ?g { ?st a rdf:Statement ; rdf:subject id:jensen-huang ; "
                + "rdf:predicate tk:leads ; rdf:object id:nvidia ; tk:evidence ?evidence ; tk:confidence ?confidence ; "
                + "tk:rule ?rule ; prov:wasDerivedFrom ?article } FILTER(?article = ?g) }");
        assertEquals(List.of("Nvidia CEO Jensen Huang said the company would keep selling chips in China."), column(result, "evidence"));
        assertEquals(List.of("leads.org-title-person"), column(result, "rule"));
    }

    @Test
    void reingesting_unchanged_articles_changes_nothing() throws Exception {
        cli.run("ingest", articles.toString());
        DatasetGraph before = export("trig");
        Cli.Result again = cli.run("ingest", articles.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("0 added, 0 replaced, 2 unchanged, 0 failed"), again.err());
        assertTrue(IsoMatcher.isomorphic(before, export("trig")), "the store changed on re-ingest");
    }

    @Test
    void a_changed_file_replaces_the_graph_of_its_source() throws Exception {
        cli.run("ingest", articles.toString());
        Path file = articles.resolve("nvidia-export-rules.txt");
        Files.writeString(file, Files.readString(file) + "\nAMD CEO Lisa Su said demand for AI chips was strong.\n");
        Cli.Result again = cli.run("ingest", file.toString());
        assertTrue(again.err().contains("0 added, 1 replaced, 0 unchanged"), again.err());
        List<String> sources = column(cli.run("query", "--format", "json",
                PREFIXES + "SELECT ?source WHERE { ?a a tk:Article ; dcterms:source ?source }"), "source");
        assertEquals(2, sources.size(), "one graph per source: " + sources);
        assertEquals(List.of("true"), column(cli.run("query", "--format", "json",
                "SELECT (EXISTS { id:lisa-su tk:leads id:advanced-micro-devices } AS ?found) WHERE {}"), "found"));
    }

    @Test
    void delete_by_source_leaves_no_triple_of_that_article() {
        cli.run("ingest", articles.toString());
        String source = articles.resolve("nvidia-export-rules.txt").toString();
        String iri = column(cli.run("query", "--format", "json", "--bind", "source=" + source,
                "SELECT ?a WHERE { ?a dcterms:source ?source }"), "a").get(0);

        Cli.Result deleted = cli.run("delete", source);
        assertEquals(0, deleted.exitCode(), deleted.err());
        assertTrue(deleted.err().contains("Deleted 1 article"), deleted.err());
        assertEquals(List.of("0"), column(cli.run("query", "--format", "json", "--bind", "a=<" + iri + ">",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g = ?a || ?s = ?a || ?o = ?a) }"), "n"));
        assertEquals(List.of("false"), column(cli.run("query", "--format", "json",
                "SELECT (EXISTS { id:jensen-huang ?p ?o } AS ?left) WHERE {}"), "left"));

        Cli.Result missing = cli.run("delete", source);
        assertEquals(Main.EXIT_FAILURE, missing.exitCode());
        assertTrue(missing.err().startsWith("techkg: error: No article with IRI, id or source"), missing.err());
    }

    @Test
    void delete_finds_a_file_whose_source_header_names_a_url_by_its_path_and_an_article_by_its_short_id() throws Exception {
        Path panels = Files.writeString(temp.resolve("panels.txt"), "SOURCE: https://news.example.org/panel-plant\n\n"
                + "Brightline Solar CEO Maria Ortiz said the company would build a panel plant in Ohio.\n");
        Cli.Result ingest = cli.run("ingest", panels.toString(), articles.resolve("nvidia-export-rules.txt").toString());
        assertEquals(0, ingest.exitCode(), ingest.err());

        Cli.Result byPath = cli.run("delete", panels.toString());
        assertEquals(0, byPath.exitCode(), byPath.err());
        assertTrue(byPath.err().contains("Deleted 1 article"), byPath.err());

        String iri = column(cli.run("query", "--format", "json", PREFIXES + "SELECT ?a WHERE { ?a a tk:Article }"), "a").get(0);
        Cli.Result byId = cli.run("delete", iri.substring(iri.lastIndexOf('/') + 1));
        assertEquals(0, byId.exitCode(), byId.err());
        assertEquals(List.of("0"), column(cli.run("query", "--format", "json",
                PREFIXES + "SELECT (COUNT(?a) AS ?n) WHERE { ?a a tk:Article }"), "n"));
    }

    @Test
    void unreadable_files_are_reported_by_name_and_the_others_still_load() throws Exception {
        Path mixed = Files.createDirectories(temp.resolve("mixed"));
        Files.writeString(mixed.resolve("good.txt"), "Alibaba Group owns Alibaba Cloud. Hangzhou-based Alibaba sells cloud services.");
        Files.write(mixed.resolve("empty.txt"), new byte[0]);
        Files.write(mixed.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.write(mixed.resolve("latin1.txt"), "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(mixed.resolve("blank.txt"), "  \n\n \t\n");

        Cli.Result result = cli.run("ingest", mixed.toString());
        assertEquals(Main.EXIT_FAILURE, result.exitCode());
        assertTrue(result.err().contains("failed: " + mixed.resolve("empty.txt") + ": the file is empty"), result.err());
        assertTrue(result.err().contains("failed: " + mixed.resolve("image.html") + ": looks like a binary file"), result.err());
        assertTrue(result.err().contains("failed: " + mixed.resolve("latin1.txt") + ": not valid UTF-8"), result.err());
        assertTrue(result.err().contains("failed: " + mixed.resolve("blank.txt") + ": the file holds only white space"), result.err());
        assertTrue(result.err().contains("1 added, 0 replaced, 0 unchanged, 4 failed"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertEquals(List.of("true"), column(cli.run("query", "--format", "json",
                "SELECT (EXISTS { id:alibaba-cloud tk:subsidiaryOf id:alibaba-group } AS ?found) WHERE {}"), "found"));
    }

    @Test
    void export_and_load_round_trip_to_an_isomorphic_dataset() throws Exception {
        cli.run("ingest", articles.toString());
        Path file = temp.resolve("kg.trig");
        Cli.Result export = cli.run("export", "--format", "trig", "-o", file.toString());
        assertEquals(0, export.exitCode(), export.err());

        Cli other = new Cli(null, temp.resolve("other-store"));
        Cli.Result load = other.run("load", file.toString());
        assertEquals(0, load.exitCode(), load.err());
        DatasetGraph original = RDFDataMgr.loadDatasetGraph(file.toString());
        Path reExported = temp.resolve("again.nq");
        other.run("export", "--format", "nquads", "-o", reExported.toString());
        assertTrue(IsoMatcher.isomorphic(original, RDFDataMgr.loadDatasetGraph(reExported.toString())));
    }

    @Test
    void load_puts_turtle_triples_into_the_named_graph_and_refuses_a_broken_file_whole() throws Exception {
        Path turtle = temp.resolve("extra.ttl");
        Files.writeString(turtle, "@prefix tk: <https://w3id.org/techkg/ontology#> .\n"
                + "<https://w3id.org/techkg/id/arm> a tk:Company ; <http://www.w3.org/2000/01/rdf-schema#label> \"Arm\" .\n");
        Cli.Result load = cli.run("load", "--graph", "urn:example:extra", turtle.toString());
        assertEquals(0, load.exitCode(), load.err());
        assertEquals(List.of("urn:example:extra"), column(cli.run("query", "--format", "json",
                "SELECT ?g WHERE { GRAPH ?g { id:arm a tk:Company } }"), "g"));

        Path broken = temp.resolve("broken.ttl");
        Files.writeString(broken, "<urn:example:a> <urn:example:b> <urn:example:c> .\n<urn:example:d> <urn:example:e> \"unterminated .\n");
        Cli.Result failed = cli.run("load", "--graph", "urn:example:broken", broken.toString());
        assertEquals(Main.EXIT_FAILURE, failed.exitCode());
        assertTrue(failed.err().contains("Cannot load " + broken), failed.err());
        assertEquals(List.of("false"), column(cli.run("query", "--format", "json",
                "SELECT (EXISTS { GRAPH <urn:example:broken> { ?s ?p ?o } } AS ?any) WHERE {}"), "any"));
    }

    @Test
    void validate_passes_on_ingested_data_and_reports_a_broken_graph() throws Exception {
        cli.run("ingest", articles.toString());
        Cli.Result ok = cli.run("validate");
        assertEquals(0, ok.exitCode(), ok.out());
        assertTrue(ok.out().contains("2 of 2 graphs conform."), ok.out());

        Path bad = temp.resolve("bad.trig");
        Files.writeString(bad, "<https://w3id.org/techkg/article/00000000000000ff> {\n"
                + "  <https://w3id.org/techkg/article/00000000000000ff> a <https://w3id.org/techkg/ontology#Article> .\n}\n");
        cli.run("load", bad.toString());
        Cli.Result failed = cli.run("validate");
        assertEquals(Main.EXIT_FAILURE, failed.exitCode());
        assertTrue(failed.out().contains("2 of 3 graphs conform"), failed.out());
        assertTrue(failed.out().contains("An article has exactly one title."), failed.out());
    }

    @Test
    void the_demo_articles_give_one_node_per_company_and_conform_to_the_shapes() {
        Cli.Result ingest = cli.run("ingest", Path.of("src", "demo", "articles").toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertEquals(0, cli.run("validate").exitCode());
        java.util.Map<String, java.util.Set<String>> nodesByName = new java.util.HashMap<>();
        for (QuerySolution row : rows(cli.run("query", "--format", "json",
                "SELECT ?e ?name WHERE { ?e a tk:Company { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } }"))) {
            nodesByName.computeIfAbsent(dev.techkg.linking.Names.normalize(row.getLiteral("name").getLexicalForm()),
                    k -> new java.util.TreeSet<>()).add(row.getResource("e").getURI());
        }
        assertTrue(nodesByName.size() > 20, nodesByName.keySet().toString());
        nodesByName.forEach((name, ids) -> assertEquals(1, ids.size(), "one company node for '" + name + "': " + ids));
    }

    @Test
    void query_writes_each_standard_format() {
        cli.run("ingest", articles.toString());
        String select = "SELECT ?name WHERE { ?c a tk:Company ; rdfs:label ?name } ORDER BY ?name LIMIT 2";
        assertTrue(cli.run("query", "--format", "csv", select).out().startsWith("name\r\n"));
        assertTrue(cli.run("query", "--format", "tsv", select).out().startsWith("?name\n"));
        assertTrue(cli.run("query", "--format", "xml", select).out().contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">"));
        assertTrue(cli.run("query", "--format", "table", select).out().contains("| name"));

        Cli.Result construct = cli.run("query", "--format", "turtle", "CONSTRUCT { ?s tk:leads ?o } WHERE { ?s tk:leads ?o }");
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(construct.out().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        assertTrue(model.size() >= 2, construct.out());

        Cli.Result wrong = cli.run("query", "--format", "turtle", select);
        assertEquals(Main.EXIT_FAILURE, wrong.exitCode());
        assertTrue(wrong.err().contains("a SELECT query gives table, json, csv, tsv or xml"), wrong.err());
    }

    @Test
    void query_runs_a_saved_query_file_from_queries_folder() {
        cli.run("ingest", articles.toString());
        Cli.Result result = cli.run("query", "--format", "json", "queries/articles.rq");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(2, rows(result).size());
    }

    @Test
    void the_saved_article_list_shows_date_unknown_for_an_article_without_a_publication_date() {
        cli.run("ingest", articles.toString());
        Map<String, String> dateOf = new java.util.HashMap<>();
        for (QuerySolution row : rows(cli.run("query", "--format", "json", "queries/articles.rq"))) {
            dateOf.put(row.getLiteral("title").getLexicalForm(), row.getLiteral("date").getLexicalForm()
                    + (row.contains("dateSource") ? " " + row.getLiteral("dateSource").getLexicalForm() : ""));
        }
        assertEquals(Map.of("Microsoft deepens its bet on OpenAI", "2023-01-23 html-meta",
                "US rules squeeze Nvidia's China business", "date unknown unknown"), dateOf);
    }

    @Test
    void every_saved_query_parses_and_runs_and_parameters_bind_by_name() throws Exception {
        cli.run("ingest", articles.toString());
        try (var files = Files.list(Path.of("queries"))) {
            for (Path query : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                Cli.Result result = cli.run("query", "--format", "json", query.toString());
                assertEquals(0, result.exitCode(), query + ": " + result.err());
            }
        }
        List<String> others = column(cli.run("query", "--format", "json", "--bind", "name=Jensen Huang",
                "queries/entity-facts.rq"), "otherLabel");
        assertEquals(List.of("Nvidia"), others);
    }

    @Test
    void a_query_that_does_not_parse_gives_one_line_with_the_position() {
        Cli.Result result = cli.run("query", "SELECT ?x WHERE { ?x ?p }");
        assertEquals(Main.EXIT_FAILURE, result.exitCode());
        assertTrue(result.err().startsWith("techkg: error: The query does not parse:"), result.err());
        assertTrue(result.err().contains("line 1, column"), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }

    @Test
    void commands_that_do_not_analyse_text_never_load_the_nlp_models() {
        Cli.Result query = new Cli(null, temp.resolve("store")).runRaw(java.util.Map.of(),
                "query", "--store", temp.resolve("store").toString(), "--format", "json", "ASK {}");
        assertEquals(0, query.exitCode(), query.err());
        // The Cli above passes a null analyzer: any attempt to analyse would have failed. The real
        // wiring is lazy too: a factory that fails proves nothing asks for the models.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (String[] args : List.of(new String[] {"query", "ASK {}"}, new String[] {"export"}, new String[] {"validate"})) {
            String[] withStore = new String[args.length + 2];
            System.arraycopy(args, 0, withStore, 0, args.length);
            withStore[args.length] = "--store";
            withStore[args.length + 1] = temp.resolve("store").toString();
            int code = Main.run(withStore, new java.io.PrintStream(out), new java.io.PrintStream(out), java.util.Map.of(),
                    config -> dev.techkg.app.Wiring.withAnalyzerFactory(config, () -> {
                        throw new AssertionError("the NLP models were loaded by " + args[0]);
                    }));
            assertEquals(0, code, args[0] + ": " + out);
        }
    }

    @Test
    void the_store_folder_comes_from_the_environment_when_not_given() {
        Path fromEnv = temp.resolve("env-store");
        Cli.Result result = new Cli(null, fromEnv).runRaw(java.util.Map.of("TECHKG_STORE", fromEnv.toString()),
                "query", "--format", "json", "ASK {}");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.isDirectory(fromEnv), "store created at $TECHKG_STORE");
    }

    @Test
    void every_command_has_help() {
        for (String command : List.of("ingest", "query", "export", "load", "delete", "validate", "eval", "serve", "backup", "restore")) {
            Cli.Result help = cli.runRaw(java.util.Map.of(), command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().contains("--store"), command + ": " + help.out());
        }
        Cli.Result none = cli.runRaw(java.util.Map.of());
        assertEquals(Main.EXIT_USAGE, none.exitCode());
        assertTrue(none.err().contains("Missing command"), none.err());
    }

    @Test
    void eval_scores_a_gold_folder_per_relation_and_overall() {
        Path gold = TestFiles.copyFolder("gold", temp);
        Cli.Result result = cli.run("eval", "--gold", gold.toString(), "--json");
        assertEquals(0, result.exitCode(), result.err());
        org.apache.jena.atlas.json.JsonObject json = org.apache.jena.atlas.json.JSON.parse(result.out());
        org.apache.jena.atlas.json.JsonObject micro = json.get("micro").getAsObject();
        assertEquals(6, micro.get("gold").getAsNumber().value().intValue());
        assertEquals(5, micro.get("found").getAsNumber().value().intValue());
        assertEquals(1.0, micro.get("precision").getAsNumber().value().doubleValue(), 1e-9);
        assertEquals(5.0 / 6, micro.get("recall").getAsNumber().value().doubleValue(), 1e-4);
        assertEquals(1.0, json.get("entities").getAsObject().get("recall").getAsNumber().value().doubleValue(), 1e-9);
        assertEquals("VMware", json.get("falseNegatives").getAsArray().get(0).getAsObject().get("subject").getAsString().value());
        org.apache.jena.atlas.json.JsonObject acquisitionRule = json.get("rules").getAsArray().stream()
                .map(org.apache.jena.atlas.json.JsonValue::getAsObject)
                .filter(r -> r.get("rule").getAsString().value().equals("verb-object/acquires")).findFirst().orElseThrow();
        assertEquals(1, acquisitionRule.get("correct").getAsNumber().value().intValue());
        assertEquals(0.86, acquisitionRule.get("meanConfidence").getAsNumber().value().doubleValue(), 1e-9);

        Cli.Result verbose = cli.run("eval", "--gold", gold.toString(), "--verbose");
        assertTrue(verbose.out().contains("VMware subsidiaryOf Broadcom"), verbose.out());
        assertTrue(verbose.out().matches("(?s).*verb-object/acquires +1 +1 +1\\.000 +0\\.860.*"), verbose.out());
        assertTrue(verbose.out().contains("relations: precision 1.000, recall 0.833, F1 0.909"), verbose.out());
    }

    private DatasetGraph export(String format) throws Exception {
        Path file = Files.createTempFile(temp, "export", "." + format);
        cli.run("export", "--format", format, "-o", file.toString());
        return RDFDataMgr.loadDatasetGraph(file.toString());
    }

    private static List<QuerySolution> rows(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.err());
        ResultSet results = ResultSetFactory.fromJSON(new ByteArrayInputStream(result.out().getBytes(StandardCharsets.UTF_8)));
        List<QuerySolution> rows = new ArrayList<>();
        results.forEachRemaining(rows::add);
        return rows;
    }

    private static List<String> column(Cli.Result result, String variable) {
        return rows(result).stream().map(row -> {
            var node = row.get(variable);
            return node.isResource() ? node.asResource().getURI() : node.asLiteral().getLexicalForm();
        }).toList();
    }
}
