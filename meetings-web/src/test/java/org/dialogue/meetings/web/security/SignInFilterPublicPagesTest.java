package org.dialogue.meetings.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link SignInFilter} lets an anonymous visitor open: the page about the Dialogue, the site's icons and the
 * public signing keys pass straight on without touching the session, as does the OpenAPI document (exactly
 * {@code /openapi}); any other page is answered with the way to the sign-in page.
 */
class SignInFilterPublicPagesTest {

    @Test
    void theAboutPageTheIconsAndThePublicKeysAreOpenToAnonymousVisitorsWithoutASession() throws Exception {
        for (String path : List.of("/about.xhtml", "/favicon.ico", "/favicon.svg", "/signing-keys/current.pem")) {
            Visit visit = anonymous(path);
            assertThat(visit.passedOn).as(path).isTrue();
            assertThat(visit.calls).as(path).doesNotContain("getSession", "sendRedirect");
        }
    }

    @Test
    void livenessAndReadinessAreOpenButNotTheRestOfHealthNorLookAlikeAddresses() throws Exception {
        for (String path : List.of("/health/live", "/health/ready")) {
            Visit visit = anonymous(path);
            assertThat(visit.passedOn).as(path).isTrue();
            assertThat(visit.calls).as(path).doesNotContain("getSession", "sendRedirect");
        }
        for (String path : List.of("/health", "/health/", "/health/started", "/health/readyx", "/health/live/x",
                "/metrics")) {
            Visit visit = anonymous(path);
            assertThat(visit.passedOn).as(path).isFalse();
            assertThat(visit.calls).as(path).contains("sendRedirect");
        }
    }

    @Test
    void theOpenApiDocumentIsOpenWithoutASessionButNothingElseUnderIt() throws Exception {
        Visit document = anonymous("/openapi");
        assertThat(document.passedOn).isTrue();
        assertThat(document.calls).doesNotContain("getSession", "sendRedirect");
        for (String path : List.of("/openapi/ui", "/openapix", "/openapi/")) {
            Visit visit = anonymous(path);
            assertThat(visit.passedOn).as(path).isFalse();
            assertThat(visit.calls).as(path).contains("sendRedirect");
        }
    }

    @Test
    void anotherPageSendsAnAnonymousVisitorToSignIn() throws Exception {
        Visit visit = anonymous("/meetings/list.xhtml");

        assertThat(visit.passedOn).isFalse();
        assertThat(visit.calls).contains("sendRedirect").doesNotContain("getSession");
    }

    private static final ClassLoader LOADER = SignInFilterPublicPagesTest.class.getClassLoader();

    private record Visit(boolean passedOn, List<String> calls) {
    }

    /** A GET from someone not signed in, through the filter; records what the filter asked of the request. */
    private static Visit anonymous(String path) throws Exception {
        List<String> calls = new ArrayList<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(LOADER,
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    return switch (method.getName()) {
                        case "getRequestURI" -> "/meetings" + path;
                        case "getContextPath" -> "/meetings";
                        case "getMethod" -> "GET";
                        case "getRequestURL" -> new StringBuffer("http://localhost:8080/meetings" + path);
                        case "isRequestedSessionIdValid", "isAsyncSupported", "isSecure" -> false;
                        default -> null;
                    };
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(LOADER,
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    return method.getReturnType() == boolean.class ? false : null;
                });
        boolean[] passedOn = {false};
        FilterChain chain = (req, res) -> passedOn[0] = true;
        new SignInFilter().doFilter(request, response, chain);
        return new Visit(passedOn[0], calls);
    }
}
