package dev.techkg.web;

import dev.techkg.Resources;
import dev.techkg.TechKgException;
import dev.techkg.query.SparqlService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The HTML pages: one layout with the site navigation, page bodies from {@code pages/*.html} beside this
 * class, and the paths of the front-end libraries, whose versions are read from their WebJars (the
 * versions are recorded in pom.xml only). Loaded once; immutable and thread-safe.
 */
final class PageTemplates {
    private static final String[] PAGES = {"explorer", "query", "upload", "review", "search"};
    /** The sections of the main navigation: the template pages and the article list, built in {@link Pages}. */
    private static final String[] NAV = {"explorer", "search", "query", "upload", "articles", "review"};
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{\\{[a-z-]+}}");

    private final String layout;
    private final Map<String, String> bodies;
    private final Map<String, String> assets;

    private PageTemplates(String layout, Map<String, String> bodies, Map<String, String> assets) {
        this.layout = layout;
        this.bodies = bodies;
        this.assets = assets;
    }

    static PageTemplates load() {
        Map<String, String> bodies = new java.util.HashMap<>();
        for (String page : PAGES) {
            bodies.put(page, resource("pages/" + page + ".html"));
        }
        return new PageTemplates(resource("pages/layout.html"), Map.copyOf(bodies), Map.of(
                "{{cytoscape}}", "/webjars/cytoscape/" + webjarVersion("cytoscape") + "/dist/cytoscape.min.js",
                "{{layout-base}}", "/webjars/layout-base/" + webjarVersion("layout-base") + "/layout-base.js",
                "{{cose-base}}", "/webjars/cose-base/" + webjarVersion("cose-base") + "/cose-base.js",
                "{{cytoscape-fcose}}", "/webjars/cytoscape-fcose/" + webjarVersion("cytoscape-fcose") + "/cytoscape-fcose.js",
                "{{yasgui}}", "/webjars/zazuko__yasgui/" + webjarVersion("zazuko__yasgui") + "/build/yasgui.min.js",
                "{{yasgui-css}}", "/webjars/zazuko__yasgui/" + webjarVersion("zazuko__yasgui") + "/build/yasgui.min.css",
                "{{prefixes}}", Pages.escape(prefixLines())));
    }

    /** The PREFIX lines of the preset prefixes ({@link SparqlService#PRESET_PREFIXES}), which the SPARQL page starts with. */
    private static String prefixLines() {
        StringBuilder lines = new StringBuilder();
        new java.util.TreeMap<>(SparqlService.PRESET_PREFIXES.getNsPrefixMap())
                .forEach((prefix, namespace) -> lines.append("PREFIX ").append(prefix).append(": <").append(namespace).append(">\n"));
        return lines.toString();
    }

    /** A page from a body template of {@code pages/} (read once, at load). */
    String page(String name, String title, String nav, String head) {
        String body = bodies.get(name);
        if (body == null) {
            throw new IllegalArgumentException("No page template '" + name + "'");
        }
        return render(title, nav, head == null ? null : expand(head, assets), expand(body, assets));
    }

    /**
     * A page around a body built in code (already escaped). Only the layout is scanned for placeholders, in
     * one pass: a {@code {{…}}} inside the title or the body (text from articles) stays as it is.
     */
    String render(String title, String nav, String head, String body) {
        Map<String, String> values = new java.util.HashMap<>(assets);
        values.put("{{title}}", Pages.escape(title));
        values.put("{{head}}", head == null ? "" : head);
        values.put("{{body}}", body);
        for (String section : NAV) {
            values.put("{{nav-" + section + "}}", section.equals(nav) ? "aria-current=\"page\"" : "");
        }
        return expand(layout, values);
    }

    /** The template with each known placeholder replaced by its value, in one pass; unknown ones stay. */
    static String expand(String template, Map<String, String> values) {
        java.util.regex.Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 1024);
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(), matcher.group());
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    private static String resource(String name) {
        return Resources.text(PageTemplates.class, name);
    }

    private static String webjarVersion(String artifact) {
        String path = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = PageTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new TechKgException("The WebJar " + artifact + " is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new TechKgException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
