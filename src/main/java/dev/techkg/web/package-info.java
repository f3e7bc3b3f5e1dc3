/**
 * The HTTP server (Javalin): a read-only SPARQL 1.1 Protocol endpoint, Graph Store Protocol reads,
 * Linked Data for the IRIs the store mints, article upload with background jobs, and the JSON API the
 * web viewer uses. Every route is listed in {@link dev.techkg.web.WebServer}; handlers only do HTTP and
 * call one service; errors are mapped to JSON in one place. Javalin is used only in this package.
 */
package dev.techkg.web;
