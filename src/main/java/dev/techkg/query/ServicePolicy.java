package dev.techkg.query;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterCommonParent;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Which SPARQL {@code SERVICE} calls a query may make: by default none, so that a query cannot make the server
 * send requests (to its own network, to the cloud's metadata address, to anyone). With allowed URL prefixes, a
 * call to a URL under one of them is made by this class, not by Jena's default HTTP executor: the URL's host must
 * pass the same address rules as the article fetcher ({@link AddressPolicy}); the connection goes to the
 * addresses checked; redirects are not followed; the whole exchange must end before the query's own deadline;
 * the answer is read up to {@link #MAX_ANSWER_BYTES} and never logged. Immutable and thread-safe.
 *
 * <p>Queries are checked twice: {@link #check} refuses, before anything runs, a query whose SERVICE is not
 * allowed (also inside EXISTS and sub-queries); {@link #configure} gives each execution a context of its own
 * ({@code ARQ.httpServiceAllowed} and a service executor registry, never Jena's global ones), so that a SERVICE
 * IRI bound at run time meets the same rule.
 */
public final class ServicePolicy {
    /** The most bytes read from one SERVICE answer. */
    public static final int MAX_ANSWER_BYTES = 5 * 1024 * 1024;

    /**
     * The address rules a SERVICE URL must pass (in the server: the article fetcher's).
     */
    @FunctionalInterface
    public interface AddressPolicy {
        /**
         * The addresses a connection to this URL may use.
         *
         * @throws RuntimeException whose message says why the URL is refused
         */
        List<InetAddress> addresses(String url);
    }

    private final List<String> allowedPrefixes;
    private final AddressPolicy addresses;

    private ServicePolicy(List<String> allowedPrefixes, AddressPolicy addresses) {
        this.allowedPrefixes = List.copyOf(allowedPrefixes);
        this.addresses = addresses;
    }

    /** No SERVICE call at all. */
    public static ServicePolicy none() {
        return new ServicePolicy(List.of(), url -> {
            throw new IllegalStateException("SERVICE is not allowed");
        });
    }

    /**
     * SERVICE calls to URLs under these prefixes (each an absolute http or https URL), through the address rules.
     *
     * @throws IllegalArgumentException naming a prefix that is not an http(s) URL with a host
     */
    public static ServicePolicy allowing(List<String> prefixes, AddressPolicy addresses) {
        for (String prefix : prefixes) {
            URI uri;
            try {
                uri = URI.create(prefix);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--allow-service '" + prefix + "' is not a URL");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
                throw new IllegalArgumentException("--allow-service '" + prefix + "' must be an http or https URL with a host and "
                        + "no user name, such as https://query.wikidata.org/sparql");
            }
        }
        return new ServicePolicy(prefixes, addresses);
    }

    /** Whether a SERVICE call to this URL is allowed by the prefixes (the address rules are checked when it is made). */
    public boolean allows(String url) {
        for (String prefix : allowedPrefixes) {
            if (url.startsWith(prefix) && (prefix.endsWith("/") || url.length() == prefix.length()
                    || "/?#".indexOf(url.charAt(prefix.length())) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses a query that has a SERVICE this policy does not allow, anywhere in it.
     *
     * @throws QueryLimitException of kind {@link QueryLimitException.Kind#SERVICE_REFUSED}, naming the endpoint
     */
    public void check(Query query) {
        check(Algebra.compile(query));
    }

    /**
     * Refuses an update that would fetch anything: LOAD, or a SERVICE this policy does not allow in a WHERE clause.
     * (Updates run with Jena's default settings, so this check is their only guard.)
     *
     * @throws QueryLimitException of kind {@link QueryLimitException.Kind#SERVICE_REFUSED}
     */
    public void check(org.apache.jena.update.UpdateRequest request) {
        for (org.apache.jena.update.Update update : request.getOperations()) {
            if (update instanceof org.apache.jena.sparql.modify.request.UpdateLoad load) {
                throw new QueryLimitException(QueryLimitException.Kind.SERVICE_REFUSED, "LOAD <" + load.getSource()
                        + "> refused: this server makes no outbound requests for updates; load files with 'techkg load'");
            }
            if (update instanceof org.apache.jena.sparql.modify.request.UpdateModify modify && modify.getWherePattern() != null) {
                check(Algebra.compile(modify.getWherePattern()));
            }
        }
    }

    private void check(Op op) {
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                Node endpoint = service.getService();
                if (endpoint.isURI() && !allows(endpoint.getURI()) || !endpoint.isURI() && allowedPrefixes.isEmpty()) {
                    throw refused(endpoint.isURI() ? "<" + endpoint.getURI() + ">" : endpoint.toString());
                }
            }
        });
    }

    private QueryLimitException refused(String endpoint) {
        return new QueryLimitException(QueryLimitException.Kind.SERVICE_REFUSED, allowedPrefixes.isEmpty()
                ? "SERVICE " + endpoint + " refused: no outbound requests are made for queries (SPARQL SERVICE is off; "
                        + "named endpoints can be allowed with --allow-service URL-PREFIX)"
                : "SERVICE " + endpoint + " refused: only endpoints under " + String.join(", ", allowedPrefixes) + " are allowed");
    }

    /**
     * Gives one execution its own SERVICE settings: off, or this policy's executor bounded by the deadline.
     *
     * @param deadlineNanos {@link System#nanoTime()} by which every call must be over, or 0 for no deadline
     */
    public QueryExecBuilder configure(QueryExecBuilder builder, long deadlineNanos) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(new Executor(deadlineNanos));
        builder.set(ARQ.httpServiceAllowed, !allowedPrefixes.isEmpty());
        builder.set(ARQConstants.registryServiceExecutors, registry);
        return builder;
    }

    private static QueryTimeoutException outOfTime(String url, Throwable cause) {
        return new QueryTimeoutException("SERVICE <" + url + "> gave no answer within the query's time limit, and the query was stopped",
                cause);
    }

    /** Makes the allowed calls of one execution; refuses the others. */
    private final class Executor implements ServiceExecutor {
        private final long deadlineNanos;

        Executor(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding, ExecutionContext execCxt) {
            Node endpoint = opExecute.getService();
            if (!endpoint.isURI() || !allows(endpoint.getURI())) {
                throw refused(endpoint.isURI() ? "<" + endpoint.getURI() + ">" : endpoint.toString());
            }
            String url = endpoint.getURI();
            try {
                RowSet rows = call(url, OpAsQuery.asQuery(org.apache.jena.sparql.engine.Rename.reverseVarRename(opExecute.getSubOp(), true)));
                return new QueryIterCommonParent(QueryIterPlainWrapper.create(rows, execCxt), binding, execCxt);
            } catch (QueryLimitException | QueryTimeoutException e) {
                throw e;
            } catch (RuntimeException e) {
                if (opExecute.getSilent()) {
                    return QueryIterSingleton.create(binding, execCxt);
                }
                throw new QueryException("SERVICE <" + url + "> failed: " + e.getMessage());
            }
        }

        private RowSet call(String url, Query remote) {
            List<InetAddress> allowed;
            try {
                allowed = addresses.addresses(url);
            } catch (RuntimeException e) {
                throw new QueryLimitException(QueryLimitException.Kind.SERVICE_REFUSED, "SERVICE <" + url + "> refused: " + e.getMessage());
            }
            long remainingMillis = deadlineNanos == 0 ? TimeUnit.SECONDS.toMillis(30)
                    : TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
            if (remainingMillis <= 0) {
                throw outOfTime(url, null);
            }
            String target = url + (url.contains("?") ? "&" : "?") + "query=" + URLEncoder.encode(remote.serialize(), StandardCharsets.UTF_8);
            HttpClient client = new HttpClient();
            client.setFollowRedirects(false);
            client.setConnectTimeout(remainingMillis);
            client.setSocketAddressResolver((host, port, context, promise) ->
                    promise.succeeded(allowed.stream().map(a -> new InetSocketAddress(a, port)).toList()));
            try {
                client.start();
                var request = client.newRequest(target).timeout(remainingMillis, TimeUnit.MILLISECONDS)
                        .headers(h -> h.put(HttpHeader.ACCEPT, "application/sparql-results+json")
                                .put(HttpHeader.USER_AGENT, "TechKG/0.1 (+https://w3id.org/techkg)"));
                ContentResponse response = new CompletableResponseListener(request, MAX_ANSWER_BYTES).send()
                        .get(remainingMillis + 1000, TimeUnit.MILLISECONDS);
                if (response.getStatus() != 200) {
                    // The body is not read into the message: an answer is never logged or shown.
                    throw new QueryException("the endpoint answered " + response.getStatus());
                }
                return ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                        .readRowSet(new ByteArrayInputStream(response.getContent())).materialize();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TimeoutException timeout) {
                    throw outOfTime(url, timeout);
                }
                String reason = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                throw new QueryException(reason.toLowerCase(Locale.ROOT).contains("capacity")
                        ? "the answer is larger than " + MAX_ANSWER_BYTES + " bytes" : "the request failed (" + reason + ")");
            } catch (TimeoutException e) {
                throw outOfTime(url, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QueryException("interrupted");
            } catch (QueryException e) {
                throw e;
            } catch (Exception e) {
                throw new QueryException("the answer could not be read (" + e.getClass().getSimpleName() + ")");
            } finally {
                try {
                    client.stop();
                } catch (Exception e) {
                    // nothing left to release
                }
            }
        }
    }
}
