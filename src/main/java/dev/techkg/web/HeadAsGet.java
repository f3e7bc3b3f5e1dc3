package dev.techkg.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * HEAD answered exactly as GET, without the body: the request goes through every route, guard and error mapping as
 * a GET, and Jetty, which sees the original HEAD, sends the head only (with the Content-Length of the body when it
 * fits in the buffer). Javalin alone answers a HEAD for a GET route with an empty 200 text/plain, without running the
 * handler: a missing entity looked present, and the Content-Type and Vary were wrong. Stateless.
 */
final class HeadAsGet implements Filter {
    private static final String HEAD = HeadAsGet.class.getName() + ".head";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && "HEAD".equals(http.getMethod())) {
            http.setAttribute(HEAD, Boolean.TRUE);
            chain.doFilter(new HttpServletRequestWrapper(http) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            }, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The method the client sent (HEAD for a HEAD handled as GET), for the access log. */
    static String method(HttpServletRequest request) {
        return request.getAttribute(HEAD) != null ? "HEAD" : request.getMethod();
    }
}
