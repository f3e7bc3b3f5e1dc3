package dev.techkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a realistic synthetic TechKG dataset as N-Quads: entities of the five types with power-law
 * degrees (a few hubs, a long tail), facts of the 11 relations spread over article graphs, each fact with
 * its reified statement and evidence, as ingest would store them. Deterministic for a seed.
 */
final class SyntheticGraph {
    static final String TK = "https://w3id.org/techkg/ontology#";
    static final String ID = "https://w3id.org/techkg/id/";
    static final String ARTICLE = "https://w3id.org/techkg/article/";
    private static final String[] RELATIONS = {"competesWith", "partnersWith", "regulates", "investsIn", "acquires",
            "subsidiaryOf", "supplies", "foundedBy", "leads", "headquarteredIn", "develops"};
    private static final String[] TYPES = {"Company", "Company", "Company", "Product", "Person", "Place", "GovernmentBody"};
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private SyntheticGraph() {}

    /** Writes about {@code quads} quads; returns the IRI of the best-connected entity. */
    static String write(Path file, long quads, long seed) throws IOException {
        Random random = new Random(seed);
        int entities = (int) Math.max(100, quads / 60);
        long written = 0;
        int article = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < quads) {
                String graph = "<" + ARTICLE + String.format("%016x", article++) + ">";
                line(out, graph, graph, RDF + "type", "<" + TK + "Article>");
                line(out, graph, graph, "http://purl.org/dc/terms/title", "\"Synthetic article " + article + "\"");
                line(out, graph, graph, "http://purl.org/dc/terms/source", "\"synthetic:" + article + "\"");
                line(out, graph, graph, "http://purl.org/dc/terms/created", "\"2025-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>");
                written += 4;
                for (int f = 0; f < 8; f++) {
                    int s = zipf(random, entities);
                    int o = zipf(random, entities);
                    if (s == o) {
                        continue;
                    }
                    String relation = TK + RELATIONS[random.nextInt(RELATIONS.length)];
                    String subject = "<" + ID + "e" + s + ">";
                    String object = "<" + ID + "e" + o + ">";
                    for (int e : new int[] {s, o}) {
                        String node = "<" + ID + "e" + e + ">";
                        line(out, graph, graph, "https://schema.org/mentions", node);
                        line(out, graph, node, RDF + "type", "<" + TK + TYPES[e % TYPES.length] + ">");
                        line(out, graph, node, "http://www.w3.org/2000/01/rdf-schema#label", "\"Entity " + e + "\"");
                    }
                    out.write(subject + " <" + relation + "> " + object + " " + graph + " .\n");
                    String st = "_:s" + article + "x" + f;
                    line(out, graph, st, RDF + "type", "<" + RDF + "Statement>");
                    line(out, graph, st, RDF + "subject", subject);
                    line(out, graph, st, RDF + "predicate", "<" + relation + ">");
                    line(out, graph, st, RDF + "object", object);
                    line(out, graph, st, TK + "evidence", "\"Entity " + s + " and entity " + o + " appear in one sentence.\"");
                    line(out, graph, st, TK + "confidence", "\"0.8\"^^<http://www.w3.org/2001/XMLSchema#decimal>");
                    line(out, graph, st, TK + "rule", "\"synthetic\"");
                    line(out, graph, st, "http://www.w3.org/ns/prov#wasDerivedFrom", graph);
                    written += 6 + 1 + 8;
                }
            }
        }
        return ID + "e0";
    }

    private static void line(BufferedWriter out, String graph, String subject, String predicate, String object) throws IOException {
        String s = subject.startsWith("<") || subject.startsWith("_:") ? subject : "<" + subject + ">";
        out.write(s + " <" + predicate + "> " + object + " " + graph + " .\n");
    }

    /** Entity index with a power-law distribution: index 0 is the biggest hub. */
    private static int zipf(Random random, int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(Math.pow(n, u) - 1));
    }
}
