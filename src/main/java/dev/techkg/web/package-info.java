/**
 * The HTTP server (Javalin): a read-only SPARQL 1.1 Protocol endpoint, Graph Store Protocol reads,
 * Linked Data for the IRIs the store mints, article upload with background jobs, and the JSON API the
 * web viewer uses. Every route is listed in {@link dev.techkg.web.WebServer}; handlers read and check the request,
 * call one service (never the store) and write the answer; typed exceptions are mapped to JSON errors in one place,
 * and one check guards Bearer tokens. Javalin is used only in this package.
 */
package dev.techkg.web;
