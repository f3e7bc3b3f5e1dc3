package dev.techkg.web;

import dev.techkg.query.ArticleService.ArticleDetail;
import dev.techkg.query.ArticleService.Fact;
import dev.techkg.query.EntityService.EntityDetail;
import dev.techkg.query.EntityService.Evidence;
import dev.techkg.query.EntityService.RelationGroup;

/**
 * Plain HTML pages for the Linked Data IRIs, readable without scripts. Every string from the store is
 * escaped: labels and evidence come from arbitrary text.
 */
final class Pages {
    private Pages() {}

    static String entity(EntityDetail entity) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(entity.label())).append("</h1>\n<p>").append(escape(entity.type()))
                .append(" · mentioned in ").append(entity.articles()).append(entity.articles() == 1 ? " article" : " articles");
        if (!entity.aliases().isEmpty()) {
            body.append(" · also named ").append(escape(String.join(", ", entity.aliases())));
        }
        body.append("</p>\n");
        String current = null;
        for (RelationGroup group : entity.relations()) {
            String heading = group.direction().equals("out") ? group.relation() : "← " + group.relation();
            if (!heading.equals(current)) {
                if (current != null) {
                    body.append("</ul>\n");
                }
                body.append("<h2>").append(escape(heading)).append("</h2>\n<ul>\n");
                current = heading;
            }
            body.append("<li><a href=\"/id/").append(escape(group.other().id())).append("\">").append(escape(group.other().label()))
                    .append("</a> (").append(group.articles().size()).append(group.articles().size() == 1 ? " article" : " articles").append(")<ul>");
            for (Evidence evidence : group.evidence()) {
                body.append("<li>“").append(escape(evidence.sentence())).append("” — <a href=\"").append(escape(evidence.article().link()))
                        .append("\">").append(escape(evidence.article().title())).append("</a>, ").append(escape(evidence.article().date()))
                        .append(", confidence ").append(evidence.confidence()).append("</li>");
            }
            body.append("</ul></li>\n");
        }
        if (current != null) {
            body.append("</ul>\n");
        }
        return page(entity.label(), body.toString());
    }

    static String home(java.util.List<dev.techkg.query.GraphService.GraphNode> top) {
        StringBuilder body = new StringBuilder("<h1>TechKG</h1>\n<p>A knowledge graph of tech-industry news.</p>\n<ul>\n"
                + "<li><a href=\"/sparql?query=SELECT%20*%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20LIMIT%2010\">/sparql</a>: SPARQL 1.1 endpoint</li>\n"
                + "<li><a href=\"/api/queries\">/api/queries</a>: saved queries</li>\n"
                + "<li><a href=\"/api/articles\">/api/articles</a>: articles (POST to upload)</li>\n"
                + "<li><a href=\"/api/graph\">/api/graph</a>: the best-connected entities as a graph</li>\n"
                + "<li><a href=\"/health\">/health</a></li>\n</ul>\n<h2>Best-connected entities</h2>\n<ul>\n");
        for (dev.techkg.query.GraphService.GraphNode node : top) {
            body.append("<li><a href=\"/id/").append(escape(node.id())).append("\">").append(escape(node.label())).append("</a> (")
                    .append(escape(node.type())).append(")</li>\n");
        }
        return page("TechKG", body.append("</ul>\n").toString());
    }

    static String article(ArticleDetail article) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(article.title())).append("</h1>\n<p>");
        String source = article.source();
        if (source.matches("(?i)https?://\\S+")) {
            body.append("<a href=\"").append(escape(source)).append("\" rel=\"noopener noreferrer\">").append(escape(source)).append("</a>");
        } else {
            body.append(escape(source));
        }
        if (article.date() != null) {
            body.append(" · ").append(escape(article.date()));
        }
        body.append("</p>\n<h2>Facts</h2>\n<ul>\n");
        for (Fact fact : article.facts()) {
            body.append("<li><a href=\"/id/").append(escape(fact.subject().id())).append("\">").append(escape(fact.subject().label()))
                    .append("</a> ").append(escape(fact.relation())).append(" <a href=\"/id/").append(escape(fact.object().id())).append("\">")
                    .append(escape(fact.object().label())).append("</a> — “").append(escape(fact.evidence())).append("”</li>\n");
        }
        body.append("</ul>\n<h2>Text</h2>\n");
        for (String paragraph : article.text().split("\n\n")) {
            body.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return page(article.title(), body.toString());
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · TechKG</title></head>\n<body>\n" + body + "</body></html>\n";
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
