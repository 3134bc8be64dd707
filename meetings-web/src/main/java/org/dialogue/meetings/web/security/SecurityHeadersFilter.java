package org.dialogue.meetings.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response of the application: pages, Faces resources, static files, ajax responses and the
 * error pages (hence the ERROR dispatch). They are set before the rest of the chain runs, so they are there however
 * the response ends.
 *
 * <p>The pages' Content-Security-Policy comes from PrimeFaces (its CSP mode in web.xml, with a fresh script nonce per
 * page). Faces resources (scripts, style sheets, fonts, images; no page is rendered for them, even a missing one) get
 * a policy that allows nothing, as none is meant to be opened as a document. Pages get none from here: two policies on
 * one response would both apply. The {@code Server} and {@code X-Powered-By} headers are turned off in Payara's
 * settings (the post-boot command file on Payara Micro, {@code asadmin set} on Payara Server), not here.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Where Faces serves the library and application resources. */
    private static final String RESOURCE_PATH = "/jakarta.faces.resource/";

    private static final String RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The browser uses the declared content type and never guesses one (no script from an uploaded text file).
        response.setHeader("X-Content-Type-Options", "nosniff");
        // No page is shown inside a frame of another site (clickjacking); the CSP's frame-ancestors 'none' says the
        // same to newer browsers.
        response.setHeader("X-Frame-Options", "DENY");
        // Addresses of pages (which carry record ids) are not sent to other sites.
        response.setHeader("Referrer-Policy", "same-origin");
        if (isResource(request)) {
            response.setHeader("Content-Security-Policy", RESOURCE_POLICY);
        }
        chain.doFilter(request, response);
    }

    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + RESOURCE_PATH);
    }
}
