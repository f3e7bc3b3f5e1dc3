package dev.techkg.web;

import dev.techkg.query.AnswerFormat;
import dev.techkg.query.IndexedQueries;
import dev.techkg.query.SparqlService;
import io.javalin.http.Context;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;
import org.eclipse.jetty.io.QuietException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A query answer streamed into the HTTP response: the head (200, Content-Type, the truncation headers) is set
 * when the service opens the target, once the query has given its first row; the body goes out as the rows
 * come, through Jetty's output buffer, gzip-compressed when the client asks for it.
 *
 * <p>A failure before the head (a bad query, a timeout before the first row) has written nothing and becomes
 * the usual JSON error. A failure after it (a timeout between rows, a broken connection):
 * <ul>
 *   <li>while nothing has left the server (Jetty has not committed the response) the partial body is dropped
 *       and the failure still becomes the JSON error with its status;</li>
 *   <li>once bytes are on the wire the status can no longer change, so the response is aborted: the
 *       connection closes without the body's last chunk, which HTTP clients report as an error, rather than
 *       ending a well-formed answer that silently lacks rows. (Fuseki appends a text note to the body instead,
 *       which a CSV or TSV reader would take for a row.)</li>
 * </ul>
 * The response is written through the servlet's own stream, not Javalin's, so that Javalin, which has no way
 * to abort, does not end a cut-off body after the handler returns; {@link #ABORT_FILTER} does the abort then.
 */
final class AnswerResponse implements SparqlService.Target {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerResponse.class);
    private static final String TRUNCATED = "TechKG-Result-Truncated";
    private static final String LIMIT = "TechKG-Result-Limit";
    private static final String CUT_OFF = AnswerResponse.class.getName() + ".cutOff";

    /**
     * Rethrows, after the handler, the failure of an answer already on the wire: a servlet that throws after the
     * response was committed makes the container abort it.
     */
    static final Filter ABORT_FILTER = (request, response, chain) -> {
        chain.doFilter(request, response);
        if (request.getAttribute(CUT_OFF) instanceof AnswerCutOff cutOff) {
            throw cutOff;
        }
    };

    private final Context ctx;
    private final boolean gzip;
    private GZIPOutputStream compressed;
    private boolean opened;

    private AnswerResponse(Context ctx) {
        this.ctx = ctx;
        this.gzip = MediaTypes.acceptsGzip(ctx.header("Accept-Encoding"));
    }

    /** Runs the query with its answer going to the response (see the class comment for failures). */
    static void send(Context ctx, SparqlService sparql, Query query, DatasetDescription dataset, Map<String, Node> bindings,
                     String mediaType) {
        send(ctx, sparql, query, dataset, bindings, AnswerFormat.of(mediaType, SparqlService.offers(query).get(mediaType)));
    }

    /** As above, in this format (one for the query's form). */
    static void send(Context ctx, SparqlService sparql, Query query, DatasetDescription dataset, Map<String, Node> bindings,
                     AnswerFormat format) {
        AnswerResponse response = new AnswerResponse(ctx);
        try {
            sparql.execute(query, dataset, bindings, format, response);
            if (response.compressed != null) {
                response.compressed.finish();
            }
        } catch (IOException e) {
            response.failed(new UncheckedIOException(e));
        } catch (RuntimeException e) {
            response.failed(e);
        }
    }

    /** Rows answered from the graph index, written as the query's own answer would be (failures as in {@link #send}). */
    static void send(Context ctx, SparqlService sparql, Query query, IndexedQueries.Answer rows, AnswerFormat format) {
        AnswerResponse response = new AnswerResponse(ctx);
        try {
            sparql.write(query, rows, format, response);
            if (response.compressed != null) {
                response.compressed.finish();
            }
        } catch (IOException e) {
            response.failed(new UncheckedIOException(e));
        } catch (RuntimeException e) {
            response.failed(e);
        }
    }

    @Override
    public OutputStream open(SparqlService.Answer answer) throws IOException {
        opened = true;
        HttpServletResponse response = ctx.res();
        if (answer.truncated()) {
            response.setHeader(TRUNCATED, "true");
            response.setHeader(LIMIT, Long.toString(answer.limit()));
        }
        MediaTypes.vary(response, "Accept", "Accept-Encoding");
        response.setContentType(answer.mediaType() + "; charset=utf-8");
        OutputStream body = new Unflushed(response.getOutputStream());
        if (!gzip) {
            return body;
        }
        response.setHeader("Content-Encoding", "gzip");
        compressed = new GZIPOutputStream(body, 8192);
        return compressed;
    }

    /**
     * Jetty's stream without the writers' flushes: Jetty sends its buffer when it is full and at the end, so an
     * answer that fits in it goes out in one write with a Content-Length instead of as chunks.
     */
    private static final class Unflushed extends FilterOutputStream {
        Unflushed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            // Left to Jetty.
        }
    }

    private void failed(RuntimeException e) {
        if (!opened) {
            throw e;
        }
        HttpServletResponse response = ctx.res();
        if (!response.isCommitted()) {
            response.resetBuffer();
            for (String header : new String[] {TRUNCATED, LIMIT, "Content-Encoding"}) {
                response.setHeader(header, null);
            }
            throw e;
        }
        LOG.info("{} {} from {}: the answer was cut off after its first bytes: {}", ctx.method(), ctx.path(), ctx.ip(), e.toString());
        ctx.req().setAttribute(CUT_OFF, new AnswerCutOff(e));
    }

    /** The failure of an answer already on the wire; quiet, as it was logged here (Jetty would log it again). */
    private static final class AnswerCutOff extends IOException implements QuietException {
        AnswerCutOff(Throwable cause) {
            super("The answer was cut off: " + cause.getMessage(), cause);
        }
    }
}
