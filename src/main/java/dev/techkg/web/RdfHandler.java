package dev.techkg.web;

import dev.techkg.query.ArticleService;
import dev.techkg.query.EntityService;
import org.apache.jena.query.Query;
import dev.techkg.query.SparqlService;
import dev.techkg.query.Terms;
import dev.techkg.query.ExportService;
import dev.techkg.rdf.IriMinter;
import dev.techkg.rdf.Vocab;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * RDF by HTTP: Graph Store Protocol reads ({@code /rdf?graph=} or {@code ?default}) and Linked Data
 * for the IRIs the store mints ({@code /id/{slug}}, {@code /article/{id}}), with content negotiation;
 * a browser asking for HTML gets a readable page.
 */
final class RdfHandler {
    private static final String HTML = "text/html";

    private final EntityService entities;
    private final ArticleService articles;
    private final ExportService export;
    private final SparqlService sparql;
    private final Pages pages;
    private final dev.techkg.query.CurationService curation;

    RdfHandler(EntityService entities, ArticleService articles, ExportService export, SparqlService sparql, Pages pages,
               dev.techkg.query.CurationService curation) {
        this.curation = curation;
        this.entities = entities;
        this.articles = articles;
        this.export = export;
        this.sparql = sparql;
        this.pages = pages;
    }

    /** GET /rdf?graph=IRI or /rdf?default */
    void graphStore(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        boolean wantsDefault = params.containsKey("default");
        List<String> graph = params.getOrDefault("graph", List.of());
        if (wantsDefault == !graph.isEmpty() || graph.size() > 1) {
            throw HttpError.badRequest("Give either ?graph=<IRI> or ?default", "The default graph is the union of all article graphs");
        }
        String mediaType = negotiate(ctx, rdfOffers());
        String iri = wantsDefault ? null : Terms.iri(graph.get(0)).getURI();
        if (iri != null && !export.containsGraph(iri)) {
            throw HttpError.notFound("No graph <" + iri + "> in the store", "List the article graphs with GET /api/articles");
        }
        // A query like any other: the same place in line, time limit and triple cap as /sparql, streamed out.
        Query query = SparqlService.graphQuery(iri);
        query.setPrefixMapping(Vocab.prefixes());
        AnswerResponse.send(ctx, sparql, query, null, Map.of(), mediaType);
    }

    /** GET / : the explorer; a {@code ?center=} that names no entity gets a page that says so instead. */
    void explorer(Context ctx) {
        String center = ctx.queryParam("center");
        if (center != null && !center.isBlank()
                && !(center.matches("[a-z0-9]+(-[a-z0-9]+)*") && entities.entity(center).isPresent())) {
            throw HttpError.notFound("No entity '" + center + "' in the graph", "Search entities with GET /api/entities?q=…")
                    .forPeople("The link names an entity the graph does not have. Open the explorer and search for it by name.");
        }
        ctx.contentType("text/html; charset=utf-8").result(pages.explorer());
    }

    /** GET /id/{slug} */
    void entity(Context ctx) {
        String slug = ctx.pathParam("slug");
        var merged = slug.matches("[a-z0-9]+(-[a-z0-9]+)*") ? curation.mergedInto(slug) : java.util.Optional.<String>empty();
        if (merged.isPresent()) {
            ctx.redirect("/id/" + merged.get(), io.javalin.http.HttpStatus.PERMANENT_REDIRECT);
            return;
        }
        String mediaType = negotiate(ctx, pageOrRdfOffers());
        if (mediaType.equals(HTML)) {
            EntityService.EntityDetail entity = entities.entity(slug).orElseThrow(() -> unknownEntity(slug));
            ctx.contentType("text/html; charset=utf-8").result(pages.entity(entity));
            return;
        }
        Graph graph = entities.rdf(slug);
        if (graph.isEmpty()) {
            throw unknownEntity(slug);
        }
        writeRdf(ctx, graph, mediaType);
    }

    /** GET /article/{id} */
    void article(Context ctx) {
        String id = ctx.pathParam("id");
        String mediaType = negotiate(ctx, pageOrRdfOffers());
        if (mediaType.equals(HTML)) {
            ArticleService.ArticleDetail article = articles.article(id).orElseThrow(() -> unknownArticle(id));
            ctx.contentType("text/html; charset=utf-8").result(pages.article(article));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!export.writeArticle(id, SparqlService.GRAPH_TYPES.get(mediaType), out)) {
            throw unknownArticle(id);
        }
        ctx.contentType(mediaType + "; charset=utf-8").result(out.toByteArray());
    }

    private static HttpError unknownEntity(String slug) {
        return HttpError.notFound("No entity " + IriMinter.entityIri(slug), "Search entities with GET /api/entities?q=…")
                .forPeople("The graph has no entity at this address. Open the explorer and search for it by name.");
    }

    private static HttpError unknownArticle(String id) {
        return HttpError.notFound("No article " + IriMinter.articleIri(id), "List articles with GET /api/articles")
                .forPeople("The store has no article at this address; it may have been deleted.");
    }

    /** Turtle first (for clients that accept anything), then HTML for browsers, then the other RDF types. */
    private static List<String> pageOrRdfOffers() {
        List<String> offers = new ArrayList<>(rdfOffers());
        offers.add(1, HTML);
        return offers;
    }

    private static List<String> rdfOffers() {
        return List.copyOf(SparqlService.GRAPH_TYPES.keySet());
    }

    private static String negotiate(Context ctx, List<String> offers) {
        MediaTypes.vary(ctx.res(), "Accept");
        return MediaTypes.choose(ctx.header("Accept"), offers).orElseThrow(() -> new HttpError(406,
                "None of the accepted media types can be produced here", "Available: " + String.join(", ", offers)));
    }

    /** Writes the graph, with the TechKG prefixes, in this media type of {@link SparqlService#GRAPH_TYPES}. */
    static void writeRdf(Context ctx, Graph graph, String mediaType) {
        Lang lang = SparqlService.GRAPH_TYPES.get(mediaType);
        graph.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (RDFLanguages.isQuads(lang)) {
            RDFWriter.source(DatasetGraphFactory.wrap(graph)).lang(lang).output(out);
        } else {
            RDFWriter.source(graph).lang(lang).output(out);
        }
        ctx.contentType(mediaType + "; charset=utf-8").result(out.toByteArray());
    }
}
