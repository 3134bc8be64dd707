package org.dialogue.meetings.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * What every response says about itself at the HTTP level, on the WAR as built, on Payara Micro with the run
 * command's settings: the security headers, the pages' Content-Security-Policy with its script nonce, no header
 * naming the server, compression, and error pages that give nothing away.
 */
@ApplicationTest
class SecurityHeadersIT {

    private static final Pattern SCRIPT_NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern INLINE_HANDLER = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STACK_FRAME = Pattern.compile("at [\\w.$]+\\([\\w]+\\.java:\\d+\\)");
    private static final Pattern FACES_SCRIPT = Pattern.compile("src=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+)\"");
    private static final Pattern FACES_STYLE_SHEET =
            Pattern.compile("href=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+\\.css[^\"]*)\"");

    /** HTTP/1.1, as browsers speak it without TLS (Java's default h2c upgrade gets uncompressed HTTP/2 replies). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @ApplicationAddress
    private String base;

    @Test
    void aPageCarriesTheHeadersAndAPolicyWhoseNonceItsScriptsUse() throws Exception {
        Reply page = anonymousPage();

        assertThat(page.status()).isEqualTo(200);
        assertSecurityHeaders(page);
        String nonce = assertPagePolicy(page);
        assertCompressed(page);
        assertThat(page.header("Content-Type")).startsWith("text/html");

        // Every script the page carries has the policy's nonce, and no inline event handler is left in the markup
        // (PrimeFaces moves them into nonced scripts), so the page works without 'unsafe-inline'.
        Matcher scripts = SCRIPT_TAG.matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group()).as("script tag").contains("nonce=\"" + nonce + "\"");
            count++;
        }
        assertThat(count).as("scripts on the page").isPositive();
        assertThat(INLINE_HANDLER.matcher(page.body()).find()).as("inline event handler").isFalse();
    }

    @Test
    void aFacesResourceCarriesTheHeadersAndIsCompressed() throws Exception {
        String html = anonymousPage().body();
        for (Pattern resource : new Pattern[] {FACES_SCRIPT, FACES_STYLE_SHEET}) {
            Matcher found = resource.matcher(html);
            assertThat(found.find()).as("a resource matching %s on the page", resource).isTrue();

            Reply reply = get(found.group(1).replace("&amp;", "&"));

            assertThat(reply.status()).as(reply.uri()).isEqualTo(200);
            assertSecurityHeaders(reply);
            assertThat(reply.header("Content-Security-Policy")).as(reply.uri())
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertCompressed(reply);
        }
    }

    @Test
    void anUnknownAddressGetsTheNotFoundPageWithTheHeadersAndNothingTechnical() throws Exception {
        // Anonymous requests elsewhere go to the sign-in page first (whether the address exists or not, so nothing is
        // revealed): the not-found page is reached, anonymously, under the public folders.
        assertThat(get("no-such-page-" + UUID.randomUUID() + ".xhtml").status()).isEqualTo(302);
        for (String path : new String[] {"errors/no-such-page-" + UUID.randomUUID() + ".xhtml",
                "resources/no-such-folder/secret.txt"}) {
            Reply reply = get(path);

            assertThat(reply.status()).as(path).isEqualTo(404);
            assertSecurityHeaders(reply);
            assertPagePolicy(reply);
            assertCompressed(reply);
            // No stack trace, exception message, server name or version, or SQL. (The page does name one exception
            // class: PrimeFaces' settings script maps ViewExpiredException to the session-expired page.)
            assertThat(reply.body()).as(path).contains("Page not found")
                    .doesNotContainPattern(STACK_FRAME)
                    .doesNotContain("Exception:", "Caused by", "Payara", "GlassFish", "Grizzly", "Mojarra", "6.2025",
                            "SQL", "SELECT ");
        }
    }

    /** The sign-in page where the application has one, else the home page (a build without sign-in). */
    private Reply anonymousPage() throws IOException, InterruptedException {
        Reply signIn = get("login.xhtml");
        return signIn.status() == 404 ? get("") : signIn;
    }

    private static void assertSecurityHeaders(Reply reply) {
        assertThat(reply.header("X-Content-Type-Options")).as(reply.uri()).isEqualTo("nosniff");
        assertThat(reply.header("X-Frame-Options")).as(reply.uri()).isEqualTo("DENY");
        assertThat(reply.header("Referrer-Policy")).as(reply.uri()).isEqualTo("same-origin");
        assertThat(reply.response().headers().allValues("X-Frame-Options")).as(reply.uri()).hasSize(1);
        assertThat(reply.response().headers().firstValue("Server")).as("Server header of " + reply.uri()).isEmpty();
        assertThat(reply.response().headers().firstValue("X-Powered-By")).as("X-Powered-By of " + reply.uri())
                .isEmpty();
    }

    /** The page's one policy: a script nonce and no 'unsafe-inline' for scripts, no framing. Returns the nonce. */
    private static String assertPagePolicy(Reply reply) {
        assertThat(reply.response().headers().allValues("Content-Security-Policy")).as(reply.uri()).hasSize(1);
        String policy = reply.header("Content-Security-Policy");
        assertThat(policy).as(reply.uri()).contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'");
        String scriptSource = policy.substring(policy.indexOf("script-src"));
        assertThat(scriptSource).as(reply.uri()).doesNotContain("'unsafe-inline'", "'unsafe-eval'");
        Matcher nonce = SCRIPT_NONCE.matcher(policy);
        assertThat(nonce.find()).as("script nonce in %s", policy).isTrue();
        return nonce.group(1);
    }

    private static void assertCompressed(Reply reply) {
        assertThat(reply.header("Content-Encoding")).as("Content-Encoding of " + reply.uri()).isEqualTo("gzip");
    }

    /** A GET as a browser sends it, accepting gzip; the body is decompressed. */
    private Reply get(String path) throws IOException, InterruptedException {
        URI uri = URI.create(base).resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/xhtml+xml,*/*").header("Accept-Encoding", "gzip").build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        if ("gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new Reply(uri.toString(), response, new String(body, StandardCharsets.UTF_8));
    }

    private record Reply(String uri, HttpResponse<byte[]> response, String body) {

        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
