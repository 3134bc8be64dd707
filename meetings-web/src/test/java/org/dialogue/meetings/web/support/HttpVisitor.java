package org.dialogue.meetings.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the application without a browser (java.net.http), for what the tests must see at the HTTP level:
 * status codes, redirects, cookies and bodies. It follows no redirect by itself and keeps the session cookie as a
 * browser would, from the {@code Set-Cookie} headers it receives; a test may also set it or send any other.
 *
 * <p>Form posts carry what the page's form would: its hidden fields, the view state, and PrimeFaces' CSP nonce when
 * the page has one (with {@code primefaces.CSP} on, PrimeFaces refuses a post without it).
 */
public final class HttpVisitor {

    public static final String SESSION_COOKIE = "JSESSIONID";
    public static final String SESSION_VERSION_COOKIE = "JSESSIONIDVERSION";
    public static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String NONCE = "primefaces.nonce";

    private static final Pattern NONCE_SCRIPT = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE_INPUT = Pattern.compile(
            "<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** One answer of the server. */
    public record Answer(URI uri, int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        public List<String> setCookies() {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        /** Where a redirect leads, resolved against the request's address. */
        public URI location() {
            return uri.resolve(header("Location").orElseThrow(() -> new AssertionError(
                    "No redirect (" + status + ") from " + uri)));
        }

        /** The text of the page's first {@code h1}, or empty. */
        public String heading() {
            Matcher h1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL).matcher(body);
            return h1.find() ? unescape(h1.group(1).replaceAll("<[^>]+>", "").strip()) : "";
        }

        /** The texts of the error messages shown (next to fields and at the top of forms). */
        public List<String> errorMessages() {
            Matcher messages = Pattern.compile(
                    "class=\"ui-messages?-error-(?:summary|detail)\"[^>]*>([^<]*)<").matcher(body);
            return messages.results().map(m -> unescape(m.group(1))).filter(t -> !t.isBlank()).distinct().toList();
        }

        /** The hidden fields of one form, with the values the page gave them. */
        public Map<String, String> hiddenFields(String formId) {
            Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\".*?</form>", Pattern.DOTALL)
                    .matcher(body);
            if (!form.find()) {
                throw new AssertionError("No form " + formId + " on " + uri + " (" + status + ", \"" + heading()
                        + "\", " + header("Location").orElse("no redirect") + ")");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = Pattern.compile("<input([^>]*)>").matcher(form.group());
            while (input.find()) {
                String attributes = input.group(1);
                if (attributes.contains("type=\"hidden\"")) {
                    attribute(attributes, "name").ifPresent(name -> fields.put(name,
                            attribute(attributes, "value").map(HttpVisitor::unescape).orElse("")));
                }
            }
            return fields;
        }

        public Optional<String> viewState() {
            Matcher matcher = VIEW_STATE_INPUT.matcher(body);
            return matcher.find() ? Optional.of(unescape(matcher.group(1))) : Optional.empty();
        }

        /** PrimeFaces' CSP nonce of the page, when CSP is on. */
        public Optional<String> nonce() {
            Matcher matcher = NONCE_SCRIPT.matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }

        private static Optional<String> attribute(String attributes, String name) {
            Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
            return value.find() ? Optional.of(value.group(1)) : Optional.empty();
        }
    }

    private final HttpClient client;
    private final URI base;
    private String sessionId;
    /**
     * The session's version, which Payara sets beside the id when sessions are kept in its data grid (a cluster):
     * without it an instance does not take the session up. Kept and sent as a browser would.
     */
    private String sessionVersion;

    /** {@code baseUrl}: the application's address, ending with a slash. */
    public HttpVisitor(String baseUrl) {
        this(baseUrl, HttpClient.Version.HTTP_2);
    }

    /**
     * With the protocol given: {@code HTTP_1_1} speaks as browsers do without TLS; Java's default, HTTP/2, first asks
     * the server to upgrade the connection (h2c), which no browser does.
     */
    public HttpVisitor(String baseUrl, HttpClient.Version version) {
        this.base = URI.create(baseUrl);
        this.client = HttpClient.newBuilder().version(version).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    public URI base() {
        return base;
    }

    /** The session id the visitor sends (the last one the server set), or null. */
    public String sessionId() {
        return sessionId;
    }

    /** The session's version cookie the visitor sends (see {@link #withSession}), or null. */
    public String sessionVersion() {
        return sessionVersion;
    }

    /** The session's cookies as a {@code Cookie} header sends them (its id and, when set, its version). */
    public String cookieHeader() {
        return SESSION_COOKIE + "=" + sessionId
                + (sessionVersion == null ? "" : "; " + SESSION_VERSION_COOKIE + "=" + sessionVersion);
    }

    /** Sends this session's id and version from now on, as a browser holding both cookies would. */
    public HttpVisitor withSession(String id, String version) {
        this.sessionId = id;
        this.sessionVersion = version;
        return this;
    }

    /** Sends this session id from now on (null: none), as a browser with that cookie would. */
    public HttpVisitor withSessionId(String id) {
        this.sessionId = id;
        this.sessionVersion = null;
        return this;
    }

    /** GET of a path relative to the application (no leading slash), or of an absolute address. */
    public Answer get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** A form post with exactly these fields, in this order. */
    public Answer post(String path, Map<String, String> fields) {
        return post(path, fields, Map.of());
    }

    public Answer post(String path, Map<String, String> fields, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        headers.forEach(request::header);
        return send(request);
    }

    /** Follows a redirect answer with a GET, as a browser would. */
    public Answer follow(Answer redirect) {
        return get(redirect.location().toString());
    }

    /**
     * Submits a form of a page just fetched, as its button would without Ajax: the form's hidden fields (with the
     * view state), the nonce if any, the given fields, and the button. {@code fields} may hold a {@code null} value
     * to leave a field out, {@link #VIEW_STATE} included.
     */
    public Answer submit(Answer page, String formId, String buttonId, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>(page.hiddenFields(formId));
        page.nonce().ifPresent(nonce -> body.put(NONCE, nonce));
        body.put(formId + ":" + buttonId, formId + ":" + buttonId);
        fields.forEach((name, value) -> {
            if (value == null) {
                body.remove(name);
            } else {
                body.put(name, value);
            }
        });
        return post(page.uri().toString(), body);
    }

    /** Signs in through the sign-in form, as its button would; {@code continueTo} may be empty. */
    public Answer signIn(String username, String password, String continueTo) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:continueTo", continueTo);
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put(VIEW_STATE, "stateless");
        // The sign-in page keeps no state, so PrimeFaces (with CSP on) only checks that a nonce has the right form.
        form.put(NONCE, Base64.getEncoder().encodeToString(UUID.randomUUID().toString()
                .getBytes(StandardCharsets.UTF_8)));
        form.put("loginForm:signIn", "");
        return post("login.xhtml", form);
    }

    public Answer signIn(String username, String password) {
        return signIn(username, password, "");
    }

    private URI resolve(String path) {
        return base.resolve(path);
    }

    private Answer send(HttpRequest.Builder request) {
        if (sessionId != null) {
            request.header("Cookie", cookieHeader());
        }
        request.timeout(Duration.ofSeconds(60));
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(built.uri(), response.statusCode(), response.headers().map(),
                    response.body());
            answer.setCookies().stream().filter(c -> c.startsWith(SESSION_COOKIE + "=")).findFirst()
                    .ifPresent(cookie -> {
                        String value = cookie.substring(SESSION_COOKIE.length() + 1).split(";", 2)[0];
                        sessionId = value.isEmpty() || cookie.toLowerCase().contains("max-age=0") ? null : value;
                    });
            answer.setCookies().stream().filter(c -> c.startsWith(SESSION_VERSION_COOKIE + "=")).findFirst()
                    .ifPresent(cookie -> {
                        String value = cookie.substring(SESSION_VERSION_COOKIE.length() + 1).split(";", 2)[0];
                        sessionVersion = value.isEmpty() || cookie.toLowerCase().contains("max-age=0") ? null : value;
                    });
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#039;", "'").replace("&amp;", "&");
    }
}
