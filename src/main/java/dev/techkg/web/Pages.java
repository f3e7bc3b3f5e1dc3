package dev.techkg.web;

import dev.techkg.pipeline.JobService;
import dev.techkg.query.ArticleService;
import dev.techkg.query.ArticleService.ArticleDetail;
import dev.techkg.query.ArticleService.ArticleList;
import dev.techkg.query.ArticleService.ArticleSummary;
import dev.techkg.query.ArticleService.ListQuery;
import dev.techkg.query.ArticleService.Fact;
import dev.techkg.query.ArticleService.MentionedEntity;
import dev.techkg.query.EntityService.EntityDetail;
import dev.techkg.query.EntityService.Evidence;
import dev.techkg.query.EntityService.RelationGroup;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML pages: the explorer, SPARQL and upload pages from templates, and the entity and article pages
 * built here. Every string from the store is escaped: labels and evidence come from arbitrary text.
 * Thread-safe.
 */
final class Pages {
    private final PageTemplates templates;

    Pages(PageTemplates templates) {
        this.templates = templates;
    }

    String explorer() {
        return templates.page("explorer", "Explorer", "explorer", null);
    }

    String query() {
        return templates.page("query", "SPARQL", "query", "<link rel=\"stylesheet\" href=\"{{yasgui-css}}\">");
    }

    String upload() {
        return templates.page("upload", "Upload", "upload", null);
    }

    String search() {
        return templates.page("search", "Search", "search", null);
    }

    String review() {
        return templates.page("review", "Review", "review", null);
    }

    String entity(EntityDetail entity) {
        StringBuilder body = new StringBuilder("<main data-entity=\"").append(escape(entity.id())).append("\">\n");
        body.append("<h1>").append(escape(entity.label())).append("</h1>\n<p class=\"muted\">").append(escape(entity.type()))
                .append(" · mentioned in ").append(entity.articles()).append(entity.articles() == 1 ? " article" : " articles");
        if (!entity.aliases().isEmpty()) {
            body.append(" · also named ").append(escape(String.join(", ", entity.aliases())));
        }
        body.append(" · <a href=\"/?center=").append(escape(entity.id())).append("\">show in the explorer</a></p>\n");
        curationForms(body, entity);
        String current = null;
        String[] span = span(entity.relations());
        for (RelationGroup group : entity.relations()) {
            String words = words(group.relation());
            String heading = group.direction().equals("out") ? words : words + " (incoming)";
            if (!heading.equals(current)) {
                if (current != null) {
                    body.append("</ul>\n");
                }
                body.append("<h2 title=\"tk:").append(escape(group.relation())).append("\">").append(escape(heading)).append("</h2>\n<ul>\n");
                current = heading;
            }
            body.append("<li><a href=\"/id/").append(escape(group.other().id())).append("\">").append(escape(group.other().label()))
                    .append("</a> <span class=\"muted\">(").append(group.totalArticles())
                    .append(group.totalArticles() == 1 ? " article" : " articles").append(")</span>");
            if (group.confirmed() != null) {
                body.append(" <span class=\"confirmed\" title=\"correction ").append(escape(group.confirmed().correction())).append("\">✓ confirmed by ")
                        .append(escape(group.confirmed().by())).append(", ").append(escape(group.confirmed().at().substring(0, 10))).append("</span>");
            }
            timeline(body, entity.id(), group, span);
            boolean out = group.direction().equals("out");
            // Filled by entity.js with a note field and Reject / Confirm buttons.
            body.append("<div class=\"fact-slot\" data-subject=\"").append(escape(out ? entity.id() : group.other().id()))
                    .append("\" data-relation=\"").append(escape(group.relation())).append("\" data-object=\"")
                    .append(escape(out ? group.other().id() : entity.id())).append("\"></div>");
            body.append("<ul>");
            for (Evidence evidence : group.evidence()) {
                body.append("<li>“").append(escape(evidence.sentence())).append("” — <a href=\"").append(escape(evidence.article().link()))
                        .append("\">").append(escape(evidence.article().title())).append("</a>, ").append(escape(day(evidence.article().date())))
                        .append(", confidence ").append(evidence.confidence()).append("</li>");
            }
            body.append("</ul></li>\n");
        }
        if (current != null) {
            body.append("</ul>\n");
        }
        if (!entity.rejected().isEmpty()) {
            // Hidden from the graph, shown here struck through so a reader sees what was corrected and why.
            body.append("<h2>Rejected</h2>\n<ul class=\"rejected\">\n");
            for (dev.techkg.query.EntityService.RejectedFact r : entity.rejected()) {
                String words = words(r.relation()) + (r.direction().equals("out") ? "" : " (incoming)");
                body.append("<li><s>").append(escape(words)).append(" <a href=\"/id/").append(escape(r.other().id())).append("\">")
                        .append(escape(r.other().label())).append("</a></s> <span class=\"muted\">rejected")
                        .append(r.article() == null ? "" : " in article " + escape(r.article()));
                if (r.laterArticles() > 0) {
                    body.append("; ").append(r.laterArticles()).append(r.laterArticles() == 1 ? " later article states" : " later articles state")
                            .append(" it");
                }
                body.append(" · ").append(escape(r.by())).append(", ").append(escape(r.at().substring(0, 10)));
                if (r.note() != null) {
                    body.append(" · “").append(escape(r.note())).append("”");
                }
                body.append(" · correction ").append(escape(r.correction())).append("</span> <button type=\"button\" class=\"secondary small ")
                        .append("undo-correction\" data-correction=\"").append(escape(r.correction())).append("\">Undo</button></li>\n");
            }
            body.append("</ul>\n");
        }
        if (entity.totalRelations() > entity.relations().size()) {
            body.append("<p class=\"muted\">The first ").append(entity.relations().size()).append(" of ").append(entity.totalRelations())
                    .append(" relations, each with its newest evidence.</p>\n");
        }
        body.append("</main>\n<script src=\"/static/dom.js\"></script>\n<script src=\"/static/curate.js\"></script>\n")
                .append("<script src=\"/static/entity.js\"></script>\n");
        return templates.render(entity.label(), "", null, body.toString());
    }

    /** The entity page's corrections of the entity itself: merge into another, change the type. */
    private static void curationForms(StringBuilder body, EntityDetail entity) {
        body.append("<details class=\"curation\"><summary>Correct this entity</summary>\n")
                .append("<form id=\"merge-form\"><label for=\"merge-into\">Merge into</label> <input id=\"merge-into\" type=\"text\" ")
                .append("placeholder=\"slug, e.g. meta-platforms\" required> <input id=\"merge-note\" type=\"text\" placeholder=\"Note (optional)\" ")
                .append("aria-label=\"Note\"> <button type=\"submit\" class=\"secondary small\">Merge</button></form>\n")
                .append("<form id=\"type-form\"><label for=\"new-type\">Change type to</label> <select id=\"new-type\">");
        for (String type : List.of("Company", "GovernmentBody", "Person", "Place", "Product")) {
            body.append("<option").append(type.equals(entity.type()) ? " selected" : "").append(">").append(type).append("</option>");
        }
        body.append("</select> <button type=\"submit\" class=\"secondary small\">Change type</button></form>\n")
                .append("<p id=\"curation-status\" role=\"status\"></p><p class=\"muted\">All corrections: <a href=\"/review\">Review</a>.</p>")
                .append("</details>\n");
    }

    /**
     * The article list: a filter form (outlet, publication days), a table whose headers sort it (again: the other
     * way), and links to the pages before and after. Everything from the store is escaped.
     */
    String articles(ArticleList list, ListQuery query) {
        StringBuilder body = new StringBuilder("<main class=\"articles\">\n<h1>Articles</h1>\n");
        body.append("<form class=\"article-filter\" method=\"get\" action=\"/articles\">")
                .append("<input type=\"hidden\" name=\"sort\" value=\"").append(escape(query.sort())).append("\">")
                .append("<input type=\"hidden\" name=\"order\" value=\"").append(query.descending() ? "desc" : "asc").append("\">")
                .append("<label>Source <select name=\"source\" id=\"article-source\"><option value=\"\">all</option>");
        for (String source : list.sources()) {
            body.append("<option value=\"").append(escape(source)).append("\"").append(source.equals(query.source()) ? " selected" : "")
                    .append(">").append(escape(source.equals(ArticleService.UNKNOWN_SOURCE) ? "unknown source" : source)).append("</option>");
        }
        body.append("</select></label> <label>Published from <input type=\"date\" name=\"since\" id=\"article-since\" value=\"")
                .append(query.since() == null ? "" : query.since()).append("\"></label> <label>to <input type=\"date\" name=\"until\" ")
                .append("id=\"article-until\" value=\"").append(query.until() == null ? "" : query.until()).append("\"></label> ")
                .append("<button type=\"submit\">Filter</button></form>\n<p class=\"muted\">")
                .append(list.total()).append(list.total() == 1 ? " article" : " articles");
        if (query.since() != null || query.until() != null) {
            body.append(" published in that period (articles with date unknown are left out)");
        }
        body.append("</p>\n<table class=\"article-list\">\n<thead><tr>");
        String[][] columns = {{"title", "Title"}, {"date", "Published"}, {"source", "Source"}, {"entities", "Entities"}, {"facts", "Facts"},
            {"added", "Added"}};
        for (String[] column : columns) {
            boolean current = column[0].equals(query.sort());
            boolean nextDescending = current ? !query.descending() : !(column[0].equals("title") || column[0].equals("source"));
            body.append("<th").append(current ? " aria-sort=\"" + (query.descending() ? "descending" : "ascending") + "\"" : "").append(">")
                    .append("<a href=\"").append(escape(listUrl(query, column[0], nextDescending, 0))).append("\">").append(column[1])
                    .append(current ? (query.descending() ? " ▼" : " ▲") : "").append("</a></th>");
        }
        body.append("</tr></thead>\n<tbody>\n");
        for (ArticleSummary a : list.items()) {
            body.append("<tr><td><a href=\"").append(escape(a.link())).append("\">").append(escape(a.title())).append("</a></td><td>")
                    .append(escape(day(a.date()))).append("</td><td>").append(escape(a.host() == null ? "unknown source" : a.host()))
                    .append("</td><td>").append(a.entities()).append("</td><td>").append(a.facts()).append("</td><td>")
                    .append(escape(a.created() == null ? "" : a.created().substring(0, Math.min(10, a.created().length())))).append("</td></tr>\n");
        }
        if (list.items().isEmpty()) {
            body.append("<tr><td colspan=\"6\" class=\"muted\">No articles.</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n<nav class=\"pages\" aria-label=\"Pages\">");
        if (list.page() > 0) {
            body.append("<a rel=\"prev\" href=\"").append(escape(listUrl(query, query.sort(), query.descending(), list.page() - 1)))
                    .append("\">← Previous</a> ");
        }
        body.append("<span class=\"muted\">page ").append(list.page() + 1).append(" of ")
                .append(Math.max(1, (list.total() + list.size() - 1) / list.size())).append("</span>");
        if (list.more()) {
            body.append(" <a rel=\"next\" href=\"").append(escape(listUrl(query, query.sort(), query.descending(), list.page() + 1)))
                    .append("\">Next →</a>");
        }
        return templates.render("Articles", "articles", null, body.append("</nav>\n</main>\n").toString());
    }

    /** The list's address with this order and page, its filters kept. */
    private static String listUrl(ListQuery query, String sort, boolean descending, int page) {
        StringBuilder url = new StringBuilder("/articles?sort=").append(sort).append("&order=").append(descending ? "desc" : "asc");
        if (query.source() != null) {
            url.append("&source=").append(URLEncoder.encode(query.source(), StandardCharsets.UTF_8));
        }
        if (query.since() != null) {
            url.append("&since=").append(query.since());
        }
        if (query.until() != null) {
            url.append("&until=").append(query.until());
        }
        if (query.size() != ListQuery.NEWEST.size()) {
            url.append("&size=").append(query.size());
        }
        return url.append(page > 0 ? "&page=" + page : "").toString();
    }

    /** A day as shown: the date, or "date unknown" when there is none. */
    static String day(String date) {
        return date == null ? "date unknown" : date;
    }

    /** The earliest first report and latest last report of the groups, or nulls when none is dated. */
    private static String[] span(List<RelationGroup> groups) {
        String first = null;
        String last = null;
        for (RelationGroup g : groups) {
            first = g.firstReported() != null && (first == null || g.firstReported().compareTo(first) < 0) ? g.firstReported() : first;
            last = g.lastReported() != null && (last == null || g.lastReported().compareTo(last) > 0) ? g.lastReported() : last;
        }
        return new String[] {first, last};
    }

    /**
     * A fact's timeline: a bar from its first to its last report, placed within the span of the page's facts, then
     * the days and counts in words (undated and unknown-source reports named apart).
     */
    private static void timeline(StringBuilder body, String self, RelationGroup group, String[] span) {
        body.append("<div class=\"timeline\">");
        if (group.firstReported() != null && span[0] != null) {
            long from = LocalDate.parse(span[0]).toEpochDay();
            long width = Math.max(1, LocalDate.parse(span[1]).toEpochDay() - from);
            double left = 100.0 * (LocalDate.parse(group.firstReported()).toEpochDay() - from) / width;
            double length = 100.0 * (LocalDate.parse(group.lastReported()).toEpochDay() - LocalDate.parse(group.firstReported()).toEpochDay()) / width;
            body.append(String.format(Locale.ROOT, "<span class=\"timeline-track\" aria-hidden=\"true\"><span class=\"timeline-bar\" "
                    + "style=\"left: %.1f%%; width: %.1f%%\"></span></span>", Math.min(left, 99.0), Math.max(length, 1.0)));
            body.append("<span class=\"timeline-days\">first reported ").append(escape(group.firstReported()));
            if (!group.lastReported().equals(group.firstReported())) {
                body.append(", last ").append(escape(group.lastReported()));
            }
            body.append("</span>");
        } else {
            body.append("<span class=\"timeline-days\">date unknown</span>");
        }
        body.append(" <span class=\"muted\">· ").append(group.articleCount()).append(group.articleCount() == 1 ? " report" : " reports")
                .append(" from ").append(group.sourceCount()).append(group.sourceCount() == 1 ? " source" : " sources");
        if (group.undatedCount() > 0) {
            body.append(", ").append(group.undatedCount()).append(" undated");
        }
        if (group.unknownSourceCount() > 0) {
            body.append(", ").append(group.unknownSourceCount()).append(" of unknown source");
        }
        boolean out = group.direction().equals("out");
        body.append(" · <a href=\"").append(escape("/api/facts?subject=" + (out ? self : group.other().id()) + "&relation=" + group.relation()
                + "&object=" + (out ? group.other().id() : self))).append("\">reports (JSON)</a></span></div>");
    }

    String article(ArticleDetail article) {
        StringBuilder body = new StringBuilder("<main>\n");
        body.append("<h1>").append(escape(article.title())).append("</h1>\n<p class=\"muted\">");
        String source = article.source();
        if (source.startsWith(JobService.SOURCE_PREFIX)) {
            body.append("uploaded: "); // the source the uploader gave, kept apart from articles ingested otherwise
            source = source.substring(JobService.SOURCE_PREFIX.length());
        }
        if (source.matches("(?i)https?://\\S+")) {
            body.append("<a href=\"").append(escape(source)).append("\" rel=\"noopener noreferrer\">").append(escape(source)).append("</a>");
        } else {
            body.append(escape(source));
        }
        body.append(" · ").append(escape(day(article.date())));
        if (article.date() != null && article.dateSource() != null) {
            body.append(" <span title=\"where the publication date was found\">(").append(escape(article.dateSource())).append(")</span>");
        }
        body.append(" · added ").append(escape(article.created())).append("</p>\n");
        body.append("<p><button id=\"delete-article\" class=\"danger\" type=\"button\" data-article=\"").append(escape(article.id()))
                .append("\">Delete this article</button> <span id=\"delete-status\" aria-live=\"polite\"></span></p>\n");
        body.append("<h2>Facts</h2>\n<ul class=\"facts\">\n");
        for (Fact fact : article.facts()) {
            body.append("<li><a href=\"/id/").append(escape(fact.subject().id())).append("\">").append(escape(fact.subject().label()))
                    .append("</a> <span title=\"tk:").append(escape(fact.relation())).append("\">")
                    .append(escape(words(fact.relation()))).append("</span> <a href=\"/id/").append(escape(fact.object().id())).append("\">")
                    .append(escape(fact.object().label())).append("</a><div class=\"muted\">“").append(escape(fact.evidence()))
                    .append("” · confidence ").append(fact.confidence()).append("</div></li>\n");
        }
        if (article.facts().isEmpty()) {
            body.append("<li class=\"muted\">No relations found.</li>\n");
        }
        body.append("</ul>\n<h2>Text</h2>\n<div class=\"article-text\">\n");
        for (String paragraph : article.text().split("\n\n")) {
            body.append("<p>").append(highlight(paragraph, article.entities())).append("</p>\n");
        }
        body.append("</div>\n</main>\n<script src=\"/static/dom.js\"></script>\n<script src=\"/static/article.js\"></script>\n");
        return templates.render(article.title(), "", null, body.toString());
    }

    /** An error page for a person: what went wrong, what to do, and the way back. */
    String error(int status, String error, String text) {
        StringBuilder body = new StringBuilder("<main>\n<h1>").append(escape(error)).append("</h1>\n");
        if (text != null && !text.isBlank()) {
            body.append("<p>").append(escape(text)).append("</p>\n");
        }
        body.append("<p class=\"muted\">Error ").append(status).append(" · <a href=\"/\">Explorer</a> · <a href=\"/query\">SPARQL</a>")
                .append(" · <a href=\"/upload\">Upload</a></p>\n</main>\n");
        return templates.render(error, "", null, body.toString());
    }

    /** The paragraph, escaped, with every name of a mentioned entity marked and linked to the entity. */
    static String highlight(String paragraph, List<MentionedEntity> entities) {
        Map<String, String> slugByName = new LinkedHashMap<>();
        for (MentionedEntity entity : entities) {
            List<String> names = new ArrayList<>(entity.aliases());
            names.add(entity.label());
            for (String name : names) {
                if (name.length() >= 2) {
                    slugByName.putIfAbsent(name, entity.id());
                }
            }
        }
        if (slugByName.isEmpty()) {
            return escape(paragraph);
        }
        List<String> names = new ArrayList<>(slugByName.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String name : names) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
        }
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])").matcher(paragraph);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(escape(paragraph.substring(last, matcher.start())));
            out.append("<mark><a href=\"/id/").append(escape(slugByName.get(matcher.group()))).append("\">")
                    .append(escape(matcher.group())).append("</a></mark>");
            last = matcher.end();
        }
        return out.append(escape(paragraph.substring(last))).toString();
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    /** A relation in words, as the explorer writes it ("competesWith" → "competes with"); pages keep the full name as a tooltip. */
    static String words(String relation) {
        return relation.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

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
