/**
 * The HTTP server (Javalin): a read-only SPARQL 1.1 Protocol endpoint with its service description, Graph Store Protocol reads,
 * Linked Data for the IRIs the store mints, article upload with background jobs, and the JSON API the
 * web viewer and its search page use. Every route is listed in {@link dev.techkg.web.WebServer}; handlers read and check the request,
 * call one service (never the store) and write the answer; typed exceptions are mapped in one place to JSON errors,
 * or to an HTML page for a browser, and one check guards Bearer tokens. Content negotiation falls back as Fuseki's
 * does ({@link dev.techkg.web.AnswerNegotiation}); HEAD runs the GET route without the body; every request gets an
 * access-log line. Javalin is used only in this package.
 */
package dev.techkg.web;
