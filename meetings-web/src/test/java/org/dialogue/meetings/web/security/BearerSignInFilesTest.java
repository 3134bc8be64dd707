package org.dialogue.meetings.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which requests outside the API {@link BearerSignIn} signs in: a GET of exactly one of the files the API links to
 * (a meeting's {@code .ics} file, the minutes' PDF, canonical text and signature) that carries
 * {@code Authorization: Bearer}. Without that header, with another scheme or another method, and at any other
 * address (a calendar feed, a page, a look-alike path), the request stays the pages' (FormSignInMechanism).
 */
class BearerSignInFilesTest {

    private static final String BEARER = "Bearer dmt_" + "a".repeat(43);
    private static final List<String> FILES = List.of("/calendar/meetings/12.ics", "/minutes/pdf",
            "/minutes/canonical", "/minutes/signature");

    @Test
    void aGetOfALinkedFileWithABearerTokenIsSignedInByToken() {
        for (String path : FILES) {
            assertThat(BearerSignIn.isFileWithToken(request("GET", path, BEARER))).as(path).isTrue();
            assertThat(BearerSignIn.isFileWithToken(request("GET", path, "bearer x"))).as(path).isTrue();
        }
    }

    @Test
    void withoutABearerTokenOrWithAnotherMethodTheFilesStayThePages() {
        for (String path : FILES) {
            assertThat(BearerSignIn.isFileWithToken(request("GET", path, null))).as(path).isFalse();
            assertThat(BearerSignIn.isFileWithToken(request("GET", path, "Basic YWRtaW46YWRtaW4="))).as(path)
                    .isFalse();
            for (String method : List.of("HEAD", "POST", "PUT", "DELETE")) {
                assertThat(BearerSignIn.isFileWithToken(request(method, path, BEARER))).as(method + " " + path)
                        .isFalse();
            }
        }
    }

    @Test
    void noOtherAddressIsSignedInByTokenOutsideTheApi() {
        for (String path : List.of("/calendar/meetings/abc.ics", "/calendar/meetings/12.ics/x",
                "/calendar/meetings/12", "/calendar/meetings/.ics", "/calendar/feeds/secret.ics", "/minutes/pdfx",
                "/minutes/pdf/", "/minutes/pdf;jsessionid=1", "/minutes/view.xhtml", "/minutes/compare.xhtml",
                "/meetings/view.xhtml", "/admin/users.xhtml", "/", "/x/minutes/pdf")) {
            assertThat(BearerSignIn.isFileWithToken(request("GET", path, BEARER))).as(path).isFalse();
            assertThat(BearerSignIn.isApi(request("GET", path, BEARER))).as(path).isFalse();
        }
    }

    private static HttpServletRequest request(String method, String path, String authorization) {
        return (HttpServletRequest) Proxy.newProxyInstance(BearerSignInFilesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getRequestURI" -> "/meetings" + path;
                    case "getContextPath" -> "/meetings";
                    case "getMethod" -> method;
                    case "getHeader" -> "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                    default -> null;
                });
    }
}
