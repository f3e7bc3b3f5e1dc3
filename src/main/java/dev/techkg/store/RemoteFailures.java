package dev.techkg.store;

import dev.techkg.store.RemoteStore.Endpoints;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * Turns what goes wrong in an exchange with a SPARQL server into one line saying what to do: the server cannot
 * be reached, has no such dataset, refuses the login, or answered with an error. A timeout of a query becomes
 * {@link QueryCancelledException}, as for the embedded store. Thread-safe (immutable).
 */
final class RemoteFailures {
    private final URI dataset;
    private final Endpoints endpoints;
    private final Duration connectTimeout;

    RemoteFailures(Endpoints endpoints, Duration connectTimeout) {
        this.dataset = endpoints.query();
        this.endpoints = endpoints;
        this.connectTimeout = connectTimeout;
    }

    /**
     * Runs one exchange with the server, turning an HTTP or I/O failure on the way into a {@link StoreException}
     * (a {@link StoreUnavailableException} when the server is away) or {@link QueryCancelledException}. Other
     * exceptions pass unchanged.
     *
     * @param action what was being done, for the message: read, write, query, update
     */
    <T> T call(String action, Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (QueryExceptionHTTP e) {
            throw failure(action, e.getStatusCode(), e.getCause() instanceof HttpException http ? http.getResponse() : e.getResponseMessage(), e);
        } catch (HttpException e) {
            throw failure(action, e.getStatusCode(), e.getResponse(), e);
        } catch (UncheckedIOException e) {
            throw failure(action, -1, null, e);
        }
    }

    private RuntimeException failure(String action, int status, String body, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return new StoreUnavailableException("The SPARQL store at " + dataset + " did not accept a connection within "
                        + connectTimeout.toSeconds() + " s (is the address in --store right, and the server up?)", e);
            }
            if (cause instanceof HttpTimeoutException) {
                return new QueryCancelledException();
            }
            if (cause instanceof ConnectException) {
                return new StoreUnavailableException("Cannot connect to the SPARQL store at " + dataset
                        + ": connection refused (is the server running, and the host and port in --store right?)", e);
            }
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return new StoreUnavailableException("Cannot connect to the SPARQL store at " + dataset
                        + ": unknown host '" + dataset.getHost() + "' (check --store)", e);
            }
        }
        if (status == 401 || status == 403) {
            return new StoreException("The SPARQL store at " + dataset + " refused the " + action + " (HTTP " + status
                    + (status == 401 ? " Unauthorized" : " Forbidden") + "): set $TECHKG_STORE_USER and $TECHKG_STORE_PASSWORD "
                    + "to an account that may " + action + " this dataset", e);
        }
        if (status == 404 && endpoints.equals(Endpoints.at(dataset))) {
            return new StoreException("No SPARQL dataset at " + dataset + " (HTTP 404): check the dataset name in --store"
                    + " (a Fuseki dataset is http://HOST:3030/NAME)", e);
        }
        if (status == 404) {
            return new StoreException("An endpoint of the SPARQL store answered HTTP 404 to a " + action + ": check --store (" + endpoints.query()
                    + "), $TECHKG_STORE_UPDATE_URL (" + endpoints.update() + ") and $TECHKG_STORE_GSP_URL (" + endpoints.gsp() + ")", e);
        }
        if (status > 0 && status < 500) {
            String detail = firstLine(body);
            return new StoreException("The SPARQL store at " + dataset + " refused a " + action + " (HTTP " + status + ")"
                    + (detail.isEmpty() ? "" : ": " + detail), e);
        }
        if (status > 0) {
            String detail = firstLine(body);
            return new StoreUnavailableException("The SPARQL store at " + dataset + " answered HTTP " + status + " to a " + action
                    + (detail.isEmpty() ? "" : ": " + detail), e);
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        return new StoreUnavailableException("The " + action + " at the SPARQL store " + dataset + " failed: " + reason, e);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
