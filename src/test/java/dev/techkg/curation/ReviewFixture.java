package dev.techkg.curation;

/**
 * Three articles as TriG, in the shape ingest writes them, made to raise each kind of review flag once: Orbitline is
 * based in Lisbon (March 3) and in Porto (March 20); Lisa Tran and Omar Diaz are each called its CEO that month (Ana
 * Ruiz, its chair, is not a CEO and raises nothing); Orbitline acquires Quillfeather, which a later article calls
 * independent; Orbitline partners with Brightwave, which a later sentence denies; and "Orbitline Robotics" may be
 * Orbitline.
 */
public final class ReviewFixture {
    public static final String ARTICLE_1 = "https://w3id.org/techkg/article/c3c3c3c3c3c3c3c3";
    public static final String ARTICLE_2 = "https://w3id.org/techkg/article/d4d4d4d4d4d4d4d4";
    public static final String ARTICLE_3 = "https://w3id.org/techkg/article/e5e5e5e5e5e5e5e5";

    private ReviewFixture() {}

    /** The TriG of the three articles. */
    public static String trig() {
        return PREFIXES + article1() + article2() + article3();
    }

    /** The TriG of the first article alone, as a re-ingest would write it again. */
    public static String firstArticle() {
        return PREFIXES + article1();
    }

    private static final String PREFIXES = """
            @prefix tk: <https://w3id.org/techkg/ontology#> .
            @prefix id: <https://w3id.org/techkg/id/> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix schema: <https://schema.org/> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    private static String statement(String s, String p, String o, String evidence, String article) {
        return "  [] a rdf:Statement ; rdf:subject id:%s ; rdf:predicate tk:%s ; rdf:object id:%s ; tk:evidence \"%s\" ; tk:confidence 0.8 ; tk:rule \"r\" ; prov:wasDerivedFrom <%s> .\n"
                .formatted(s, p, o, evidence, article);
    }

    private static String article1() {
        String a = ARTICLE_1;
        return "<" + a + "> {\n"
                + "  <" + a + "> a tk:Article ; dcterms:title \"Orbitline buys a drone maker\" ; dcterms:source \"https://news.example.org/orbit-1\" ;\n"
                + "    dcterms:date \"2025-03-03\"^^xsd:date ; tk:dateSource \"given\" ; dcterms:created \"2025-03-04T09:00:00Z\"^^xsd:dateTime ;\n"
                + "    tk:text \"Lisbon-based Orbitline acquires Quillfeather. Lisa Tran, the chief executive of Orbitline, called it a fit. "
                + "Ana Ruiz, who chairs Orbitline, agreed. Orbitline partners with Brightwave.\" ;\n"
                + "    schema:mentions id:orbitline , id:lisbon , id:quillfeather , id:lisa-tran , id:ana-ruiz , id:brightwave .\n"
                + "  id:orbitline a tk:Company ; rdfs:label \"Orbitline\" .\n"
                + "  id:quillfeather a tk:Company ; rdfs:label \"Quillfeather\" .\n"
                + "  id:brightwave a tk:Company ; rdfs:label \"Brightwave\" .\n"
                + "  id:lisbon a tk:Place ; rdfs:label \"Lisbon\" .\n"
                + "  id:lisa-tran a tk:Person ; rdfs:label \"Lisa Tran\" .\n"
                + "  id:ana-ruiz a tk:Person ; rdfs:label \"Ana Ruiz\" .\n"
                + "  id:orbitline tk:headquarteredIn id:lisbon ; tk:acquires id:quillfeather ; tk:partnersWith id:brightwave .\n"
                + "  id:lisa-tran tk:leads id:orbitline . id:ana-ruiz tk:leads id:orbitline .\n"
                + statement("orbitline", "headquarteredIn", "lisbon", "Lisbon-based Orbitline acquires Quillfeather.", a)
                + statement("orbitline", "acquires", "quillfeather", "Lisbon-based Orbitline acquires Quillfeather.", a)
                + statement("lisa-tran", "leads", "orbitline", "Lisa Tran, the chief executive of Orbitline, called it a fit.", a)
                + statement("ana-ruiz", "leads", "orbitline", "Ana Ruiz, who chairs Orbitline, agreed.", a)
                + statement("orbitline", "partnersWith", "brightwave", "Orbitline partners with Brightwave.", a)
                + "}\n";
    }

    private static String article2() {
        String a = ARTICLE_2;
        return "<" + a + "> {\n"
                + "  <" + a + "> a tk:Article ; dcterms:title \"A new chief at Orbitline\" ; dcterms:source \"https://news.example.org/orbit-2\" ;\n"
                + "    dcterms:date \"2025-03-20\"^^xsd:date ; tk:dateSource \"given\" ; dcterms:created \"2025-03-21T09:00:00Z\"^^xsd:dateTime ;\n"
                + "    tk:text \"Omar Diaz, CEO of Orbitline, spoke in Porto. Orbitline is headquartered in Porto. "
                + "Brightwave is not partnering with Orbitline, a spokesperson said.\" ;\n"
                + "    schema:mentions id:orbitline , id:porto , id:omar-diaz , id:brightwave .\n"
                + "  id:orbitline a tk:Company ; rdfs:label \"Orbitline\" .\n"
                + "  id:brightwave a tk:Company ; rdfs:label \"Brightwave\" .\n"
                + "  id:porto a tk:Place ; rdfs:label \"Porto\" .\n"
                + "  id:omar-diaz a tk:Person ; rdfs:label \"Omar Diaz\" .\n"
                + "  id:orbitline tk:headquarteredIn id:porto . id:omar-diaz tk:leads id:orbitline .\n"
                + statement("orbitline", "headquarteredIn", "porto", "Orbitline is headquartered in Porto.", a)
                + statement("omar-diaz", "leads", "orbitline", "Omar Diaz, CEO of Orbitline, spoke in Porto.", a)
                + "}\n";
    }

    private static String article3() {
        String a = ARTICLE_3;
        return "<" + a + "> {\n"
                + "  <" + a + "> a tk:Article ; dcterms:title \"Drones without a parent\" ; dcterms:source \"https://news.example.org/orbit-3\" ;\n"
                + "    dcterms:date \"2025-04-02\"^^xsd:date ; tk:dateSource \"given\" ; dcterms:created \"2025-04-03T09:00:00Z\"^^xsd:dateTime ;\n"
                + "    tk:text \"Quillfeather remains an independent company after the talks ended. Orbitline Robotics develops Skylark.\" ;\n"
                + "    schema:mentions id:quillfeather , id:orbitline-robotics , id:skylark .\n"
                + "  id:quillfeather a tk:Company ; rdfs:label \"Quillfeather\" .\n"
                + "  id:orbitline-robotics a tk:Company ; rdfs:label \"Orbitline Robotics\" .\n"
                + "  id:skylark a tk:Product ; rdfs:label \"Skylark\" .\n"
                + "  id:orbitline-robotics tk:develops id:skylark .\n"
                + statement("orbitline-robotics", "develops", "skylark", "Orbitline Robotics develops Skylark.", a)
                + "}\n";
    }
}
