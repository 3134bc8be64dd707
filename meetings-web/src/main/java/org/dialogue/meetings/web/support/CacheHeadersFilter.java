package org.dialogue.meetings.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * How long browsers (and caches on the way) may keep what the application serves without asking again:
 * <ul>
 * <li>A Faces resource whose address carries a version ({@code v=}: ours by {@link ResourceVersion}, PrimeFaces' by
 * its release) never changes under that address: kept for a year and never revalidated. A new release links new
 * addresses.
 * <li>A Faces resource asked for without a version, or with one of ours that is not this server's, may change with
 * the next release: kept, but checked with the server before each use (an unchanged file costs a bodiless 304).
 * <li>The site's icon: a day (its address has no version; a changed icon shows the next day at the latest).
 * </ul>
 * Pages are not covered here: what a signed-in user sees says {@code no-store} (SignInFilter); pages shown before
 * sign-in carry no validator, so nothing keeps them either. The Faces implementation sets its own {@code Cache-Control}
 * on resources (max-age of a week, whatever the address): for resources this filter's value replaces it. An error
 * answer (a missing resource) is never kept. The answers covered here also say {@code Vary: Accept-Encoding}, which
 * the server's compression does not add.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class CacheHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String VERSIONED = "public, max-age=31536000, immutable";
    public static final String UNVERSIONED = "no-cache";
    public static final String ICON = "public, max-age=86400";
    public static final String ERROR = "no-store";

    private static final String CACHE_CONTROL = "Cache-Control";
    private static final String RESOURCE_PATH = "/jakarta.faces.resource/";
    /**
     * PrimeFaces' content made for one request (an image or a document streamed by a bean): it carries PrimeFaces'
     * version too, but is no file of a release and may be confidential; PrimeFaces' own headers are left to it.
     */
    private static final String DYNAMIC_CONTENT = "pfdrid";
    private static final String LIBRARY = "ln";

    @Inject
    private ResourceVersion resourceVersion;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(RESOURCE_PATH) && queryParameter(request, DYNAMIC_CONTENT) == null) {
            chain.doFilter(request, new CacheControlled(response, isVersioned(request) ? VERSIONED : UNVERSIONED));
        } else if (path.equals("/favicon.ico") || path.equals("/favicon.svg")) {
            chain.doFilter(request, new CacheControlled(response, ICON));
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Whether the resource's address carries a version this server serves. A library's resource (PrimeFaces', with
     * {@code ln=}) has its library's version. One of ours must have this server's: while the instances of a cluster
     * are upgraded one by one, a page from an upgraded instance may send the browser to one that is not yet, which
     * must not answer the new address with the old file for a year (nor the other way round).
     */
    private boolean isVersioned(HttpServletRequest request) {
        String version = queryParameter(request, "v");
        if (version == null || version.isBlank()) {
            return false;
        }
        return queryParameter(request, LIBRARY) != null || version.equals(resourceVersion.getVersion());
    }

    /**
     * A parameter of the address, read from the query string itself: asking the request for a parameter would make
     * it decode them before Faces sets their character encoding, and the container then logged a warning on every
     * resource ("Unable to set request character encoding ... parameters have already been read"). The names and
     * values read here are plain ASCII.
     */
    static String queryParameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return equals < 0 ? "" : pair.substring(equals + 1);
            }
        }
        return null;
    }

    /** A response whose Cache-Control is this filter's, except on an error, which is never kept. */
    private static final class CacheControlled extends HttpServletResponseWrapper {

        CacheControlled(HttpServletResponse response, String cacheControl) {
            super(response);
            response.setHeader(CACHE_CONTROL, cacheControl);
            // The server compresses for clients that accept gzip only, and says nothing about it: without this a
            // shared cache could hand the compressed copy to a client that cannot read it.
            response.addHeader("Vary", "Accept-Encoding");
        }

        @Override
        public void setHeader(String name, String value) {
            if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            neverKeptIfError(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            neverKeptIfError(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            neverKeptIfError(status);
            super.sendError(status, message);
        }

        private void neverKeptIfError(int status) {
            if (status >= 400) {
                super.setHeader(CACHE_CONTROL, ERROR);
            }
        }
    }
}
