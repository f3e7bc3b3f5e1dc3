package dev.techkg.bench;

import dev.techkg.rdf.IriMinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a realistic synthetic TechKG dataset as N-Quads, in the shapes {@code GraphMapper} gives a real
 * ingest: one named graph per article with its description ({@code tk:Article}, title, source, date for most,
 * created, text, {@code schema:mentions}), each mentioned entity's type, label and some aliases
 * ({@code skos:altLabel}), and each fact as a plain triple plus a reified {@code rdf:Statement} with evidence,
 * confidence, rule and {@code prov:wasDerivedFrom}. Entities of the five types have pronounceable unique names
 * (so prefix searches match few of them, as real names do) and power-law degrees within their type: a few hubs,
 * a long tail. The 11 relations join the types their ontology domain and range allow. Deterministic for a seed.
 */
public final class SyntheticGraph {
    static final String TK = "https://w3id.org/techkg/ontology#";
    static final String ID = "https://w3id.org/techkg/id/";
    static final String ARTICLE = "https://w3id.org/techkg/article/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String DCT = "http://purl.org/dc/terms/";

    /** Entity types with their share of entities (Company most common, as in the news). */
    private static final String[] TYPES = {"Company", "Company", "Company", "Company", "Product", "Product", "Person", "Person",
            "Place", "GovernmentBody"};
    /** Relation, subject type, object type, and weight (how often a fact is of this relation). */
    private static final Object[][] RELATIONS = {
            {"competesWith", "Company", "Company", 5}, {"partnersWith", "Company", "Company", 5},
            {"regulates", "GovernmentBody", "Company", 2}, {"investsIn", "Company", "Company", 3},
            {"acquires", "Company", "Company", 2}, {"subsidiaryOf", "Company", "Company", 1},
            {"supplies", "Company", "Company", 2}, {"foundedBy", "Company", "Person", 1},
            {"leads", "Person", "Company", 3}, {"headquarteredIn", "Company", "Place", 2},
            {"develops", "Company", "Product", 4}};
    private static final String[] CONFIDENCES = {"0.6", "0.7", "0.75", "0.8", "0.85", "0.9", "0.95"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ten", "vo", "zu", "bel", "cor", "dan", "fi", "gor",
            "hal", "in", "jor", "kel", "lum", "mar", "nor", "os", "pra", "quin", "ros", "sel", "tor", "ul", "ven", "wex", "yar", "zen"};
    private static final String[] COMPANY_SUFFIX = {"", " Systems", " Labs", " Group", " Technologies", " Semiconductor", " Cloud"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 3 * 365;

    /** An entity of the synthetic graph. */
    record Entity(int index, String type, String name, List<String> aliases) {
        String iri() {
            return ID + IriMinter.slug(name);
        }

        String slug() {
            return IriMinter.slug(name);
        }
    }

    /**
     * What was written, with realistic parameter values for queries: the biggest hubs, a mid-degree company (at 2 % of the
     * mentioned companies ranked by degree) and a tail company (the least connected one mentioned), and one
     * stored investment fact.
     */
    record Sample(long quads, int articles, int entities, Entity hubCompany, Entity hubRegulator, Entity hubPerson,
                  Entity midCompany, Entity tailCompany, String[] investment, String firstArticle, LocalDate lastDay) {}

    private SyntheticGraph() {}

    /**
     * Writes the synthetic graph to a file, for benchmarks outside this JVM ({@code bench/peak-rss.sh}):
     * {@code -Dbench.quads=N -Dbench.out=FILE.nq}.
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(System.getProperty("bench.out", "synthetic.nq"));
        Sample sample = write(out, Long.getLong("bench.quads", 1_000_000), 42);
        System.out.printf(Locale.ROOT, "wrote %d quads (%d articles, %d entities) to %s; biggest hub: %s (\"%s\"), "
                        + "mid-degree company: \"%s\", an investment: %s%n", sample.quads(), sample.articles(), sample.entities(), out,
                sample.hubCompany().slug(), sample.hubCompany().name(), sample.midCompany().name(), String.join(" ", sample.investment()));
        System.exit(0);
    }

    /** Writes about {@code quads} quads (whole articles, so a few more). */
    static Sample write(Path file, long quads, long seed) throws IOException {
        Random random = new Random(seed);
        int entityCount = (int) Math.max(200, quads / 60);
        Map<String, List<Entity>> byType = new LinkedHashMap<>();
        for (int i = 0; i < entityCount; i++) {
            String type = TYPES[i % TYPES.length];
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(entity(i, type));
        }
        int totalWeight = 0;
        for (Object[] relation : RELATIONS) {
            totalWeight += (Integer) relation[3];
        }
        long written = 0;
        int articles = 0;
        String[] investment = null;
        String firstArticle = null;
        LocalDate lastDay = FIRST_DAY;
        java.util.TreeSet<Integer> mentionedCompanies = new java.util.TreeSet<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < quads) {
                String graph = "<" + ARTICLE + String.format(Locale.ROOT, "%016x", 0x5ee0000000000000L + articles) + ">";
                if (firstArticle == null) {
                    firstArticle = graph.substring(1, graph.length() - 1);
                }
                LocalDate day = FIRST_DAY.plusDays((long) articles * DAYS / Math.max(1, quads / 67));
                lastDay = day;
                // Facts first, so the article mentions exactly the entities its facts need (and one or two more).
                List<Object[]> facts = new ArrayList<>();
                Map<Integer, Entity> mentioned = new LinkedHashMap<>();
                int factCount = 2 + random.nextInt(5);
                for (int f = 0; f < factCount; f++) {
                    Object[] relation = pick(random, totalWeight);
                    Entity s = zipf(random, byType.get((String) relation[1]));
                    Entity o = zipf(random, byType.get((String) relation[2]));
                    if (s == o) {
                        continue;
                    }
                    mentioned.put(s.index(), s);
                    mentioned.put(o.index(), o);
                    facts.add(new Object[] {s, relation[0], o});
                }
                if (facts.isEmpty()) {
                    continue; // every pick joined an entity to itself (hubs are picked often): draw the article again
                }
                for (int extra = random.nextInt(3); extra > 0; extra--) {
                    Entity e = zipf(random, byType.get(TYPES[random.nextInt(TYPES.length)]));
                    mentioned.put(e.index(), e);
                }
                StringBuilder text = new StringBuilder();
                for (Object[] fact : facts) {
                    text.append(sentence((Entity) fact[0], (String) fact[1], (Entity) fact[2])).append(' ');
                }
                articles++;
                line(out, graph, graph, RDF + "type", "<" + TK + "Article>");
                line(out, graph, graph, DCT + "title", literal("Report " + articles + ": " + ((Entity) facts.get(0)[0]).name() + " news"));
                line(out, graph, graph, DCT + "source", literal("https://news.example.org/story/" + articles));
                if (articles % 5 != 0) {
                    line(out, graph, graph, DCT + "date", "\"" + day + "\"^^<" + XSD + "date>");
                }
                line(out, graph, graph, DCT + "created", "\"" + day.plusDays(1) + "T08:00:00Z\"^^<" + XSD + "dateTime>");
                line(out, graph, graph, TK + "text", literal(text.toString().strip()));
                written += articles % 5 != 0 ? 6 : 5;
                for (Entity e : mentioned.values()) {
                    if (e.type().equals("Company")) {
                        mentionedCompanies.add(e.index());
                    }
                    String node = "<" + e.iri() + ">";
                    line(out, graph, graph, "https://schema.org/mentions", node);
                    line(out, graph, node, RDF + "type", "<" + TK + e.type() + ">");
                    line(out, graph, node, "http://www.w3.org/2000/01/rdf-schema#label", literal(e.name()));
                    written += 3;
                    // An article uses an entity's alias now and then, as the news does.
                    for (String alias : e.aliases()) {
                        if (random.nextInt(3) == 0) {
                            line(out, graph, node, "http://www.w3.org/2004/02/skos/core#altLabel", literal(alias));
                            written++;
                        }
                    }
                }
                int st = 0;
                for (Object[] fact : facts) {
                    Entity s = (Entity) fact[0];
                    Entity o = (Entity) fact[2];
                    String relation = "<" + TK + fact[1] + ">";
                    out.write("<" + s.iri() + "> " + relation + " <" + o.iri() + "> " + graph + " .\n");
                    String node = "_:a" + articles + "s" + st++;
                    line(out, graph, node, RDF + "type", "<" + RDF + "Statement>");
                    line(out, graph, node, RDF + "subject", "<" + s.iri() + ">");
                    line(out, graph, node, RDF + "predicate", relation);
                    line(out, graph, node, RDF + "object", "<" + o.iri() + ">");
                    line(out, graph, node, TK + "evidence", literal(sentence(s, (String) fact[1], o)));
                    line(out, graph, node, TK + "confidence", "\"" + CONFIDENCES[random.nextInt(CONFIDENCES.length)] + "\"^^<" + XSD + "decimal>");
                    line(out, graph, node, TK + "rule", literal(fact[1] + ".synthetic-" + (1 + random.nextInt(4))));
                    line(out, graph, node, "http://www.w3.org/ns/prov#wasDerivedFrom", graph);
                    written += 9;
                    if (investment == null && fact[1].equals("investsIn") && s.index() < 40) {
                        investment = new String[] {s.name(), "investsIn", o.name()};
                    }
                }
            }
        }
        List<Entity> companies = byType.get("Company");
        List<Integer> ranked = List.copyOf(mentionedCompanies);
        int mid = ranked.get(ranked.size() / 50);
        int tail = ranked.get(ranked.size() - 1);
        return new Sample(written, articles, entityCount, companies.get(0), byType.get("GovernmentBody").get(0),
                byType.get("Person").get(0), entity(mid, "Company"), entity(tail, "Company"), investment, firstArticle,
                lastDay);
    }

    /** A deterministic, unique, pronounceable name for entity {@code index} of the type, with its aliases. */
    static Entity entity(int index, String type) {
        StringBuilder word = new StringBuilder();
        int n = index + SYLLABLES.length; // at least two syllables
        while (n > 0) {
            word.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        }
        String base = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        return switch (type) {
            case "Company" -> {
                String name = base + COMPANY_SUFFIX[index % COMPANY_SUFFIX.length];
                yield new Entity(index, type, name, name.equals(base) ? List.of() : List.of(base));
            }
            case "Person" -> new Entity(index, type, "Ada " + base, List.of(base));
            case "Place" -> new Entity(index, type, "Port " + base, List.of());
            case "GovernmentBody" -> new Entity(index, type, base + " Trade Commission", List.of(base.toUpperCase(Locale.ROOT) + "TC"));
            default -> new Entity(index, type, base + " " + (1 + index % 9), List.of());
        };
    }

    private static String sentence(Entity s, String relation, Entity o) {
        return s.name() + " " + relation.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT) + " " + o.name() + ", the report said.";
    }

    private static Object[] pick(Random random, int totalWeight) {
        int r = random.nextInt(totalWeight);
        for (Object[] relation : RELATIONS) {
            r -= (Integer) relation[3];
            if (r < 0) {
                return relation;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void line(BufferedWriter out, String graph, String subject, String predicate, String object) throws IOException {
        String s = subject.startsWith("<") || subject.startsWith("_:") ? subject : "<" + subject + ">";
        out.write(s + " <" + predicate + "> " + object + " " + graph + " .\n");
    }

    /** An entity of the list with a power-law distribution: the first is the biggest hub. */
    private static Entity zipf(Random random, List<Entity> entities) {
        int n = entities.size();
        double u = random.nextDouble();
        return entities.get((int) Math.min(n - 1, Math.floor(Math.pow(n + 1, u) - 1)));
    }
}
