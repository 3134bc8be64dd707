package org.dialogue.meetings.web.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The weight of a first visit to one page, as a browser with an empty cache loads it: the page, then every style
 * sheet, script, icon and image its HTML links, then what those style sheets name with {@code url(...)} (the theme's
 * images and fonts), each fetched once, accepting gzip. The bytes counted are the bodies as they came over the wire
 * (java.net.http does not decompress: compressed where the server compressed), without HTTP headers; the
 * uncompressed size is measured by unzipping them.
 *
 * <p>What the style sheets name is counted whether the page uses it or not (a browser fetches an image or a font only
 * for an element that needs it): an upper bound for that part. Of a font's alternative formats only the one a current
 * browser picks is counted (WOFF2, else the first given).
 *
 * <p>For the benchmark and the tests: {@code FirstVisitWeight.measure(baseUrl, "login.xhtml")}, or with the
 * {@code Cookie} header of a signed-in session for a page behind the sign-in.
 */
public final class FirstVisitWeight {

    /** One thing the browser fetched; {@code headers}: all the response's headers. */
    public record Resource(URI uri, Kind kind, URI foundIn, int status, String contentType, String contentEncoding,
            String cacheControl, long wireBytes, long uncompressedBytes, HttpHeaders headers) {

        public boolean compressed() {
            return "gzip".equalsIgnoreCase(contentEncoding);
        }

        /** Text (HTML, CSS, JavaScript, SVG, JSON, XML), which is worth compressing; fonts and images are not. */
        public boolean isText() {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            return type.startsWith("text/") || type.contains("javascript") || type.contains("json")
                    || type.contains("xml");
        }
    }

    /** Where the browser found the address of a resource. */
    public enum Kind {
        PAGE, STYLE_SHEET, SCRIPT, ICON, IMAGE, FROM_STYLE_SHEET
    }

    /** The page and everything it loads, in the order fetched; the page first. */
    public record Weight(URI page, List<Resource> resources) {

        /** Bytes of the bodies as received (compressed where the server compressed). */
        public long wireBytes() {
            return resources.stream().mapToLong(Resource::wireBytes).sum();
        }

        /** Bytes of the bodies once decompressed. */
        public long uncompressedBytes() {
            return resources.stream().mapToLong(Resource::uncompressedBytes).sum();
        }

        public long requests() {
            return resources.size();
        }

        /** A table for a report: one line per resource, then the totals. */
        public String table() {
            StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%10s %10s  %-4s %-16s %s%n",
                    "wire", "unzipped", "gzip", "kind", "address"));
            for (Resource resource : resources) {
                table.append(String.format(Locale.ROOT, "%10d %10d  %-4s %-16s %s%n", resource.wireBytes(),
                        resource.uncompressedBytes(), resource.compressed() ? "yes" : "no", resource.kind(),
                        resource.uri()));
            }
            return table.append(String.format(Locale.ROOT, "%10d %10d  total of %d requests%n", wireBytes(),
                    uncompressedBytes(), requests())).toString();
        }
    }

    private static final Pattern TAG = Pattern.compile("<(link|script|img)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*}", Pattern.CASE_INSENSITIVE);

    /** HTTP/1.1, as browsers speak it without TLS (Java's default h2c upgrade gets uncompressed HTTP/2 replies). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(20)).build();

    private FirstVisitWeight() {
    }

    /** The first visit of {@code pagePath} (relative to {@code baseUrl}, which ends with a slash) by an anonymous user. */
    public static Weight measure(String baseUrl, String pagePath) {
        return measure(baseUrl, pagePath, null);
    }

    /**
     * The first visit of {@code pagePath} (relative to {@code baseUrl}, which ends with a slash), sending
     * {@code cookieHeader} (e.g. a signed-in session's, {@code JSESSIONID=...}; null for none) with every request.
     */
    public static Weight measure(String baseUrl, String pagePath, String cookieHeader) {
        URI pageUri = URI.create(baseUrl).resolve(pagePath);
        List<Resource> resources = new ArrayList<>();
        Fetched page = fetch(pageUri, "text/html,application/xhtml+xml,*/*", cookieHeader);
        resources.add(page.resource(Kind.PAGE, null));

        Map<URI, Kind> linked = linkedBy(new String(page.body(), StandardCharsets.UTF_8), pageUri);
        Set<URI> fetched = new LinkedHashSet<>(List.of(pageUri));
        List<Fetched> styleSheets = new ArrayList<>();
        for (Map.Entry<URI, Kind> link : linked.entrySet()) {
            if (fetched.add(link.getKey())) {
                Fetched resource = fetch(link.getKey(), "*/*", cookieHeader);
                resources.add(resource.resource(link.getValue(), pageUri));
                if (link.getValue() == Kind.STYLE_SHEET) {
                    styleSheets.add(resource);
                }
            }
        }
        // What the style sheets name, fetched by the browser as the page is laid out.
        for (Fetched styleSheet : styleSheets) {
            for (URI named : namedBy(new String(styleSheet.body(), StandardCharsets.UTF_8), styleSheet.uri())) {
                if (fetched.add(named)) {
                    resources.add(fetch(named, "*/*", cookieHeader).resource(Kind.FROM_STYLE_SHEET, styleSheet.uri()));
                }
            }
        }
        return new Weight(pageUri, List.copyOf(resources));
    }

    /** The style sheets, scripts, icons and images the HTML links, by kind, in the order of the page. */
    static Map<URI, Kind> linkedBy(String html, URI pageUri) {
        Map<URI, Kind> linked = new LinkedHashMap<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            String attributes = tag.group(2);
            if (name.equals("script")) {
                attribute(attributes, "src").ifPresent(src -> linked.putIfAbsent(resolve(pageUri, src), Kind.SCRIPT));
            } else if (name.equals("img")) {
                attribute(attributes, "src").filter(src -> !src.startsWith("data:"))
                        .ifPresent(src -> linked.putIfAbsent(resolve(pageUri, src), Kind.IMAGE));
            } else {
                String rel = attribute(attributes, "rel").orElse("").toLowerCase(Locale.ROOT);
                Kind kind = rel.contains("stylesheet") ? Kind.STYLE_SHEET : rel.contains("icon") ? Kind.ICON : null;
                if (kind != null) {
                    attribute(attributes, "href").ifPresent(href -> linked.putIfAbsent(resolve(pageUri, href), kind));
                }
            }
        }
        return linked;
    }

    /**
     * The addresses a style sheet names with {@code url(...)}, resolved against its own address; of each font's
     * alternative formats, only the one a current browser loads.
     */
    static List<URI> namedBy(String css, URI styleSheetUri) {
        Set<URI> named = new LinkedHashSet<>();
        StringBuilder outsideFontFaces = new StringBuilder();
        Matcher fontFace = FONT_FACE.matcher(css);
        while (fontFace.find()) {
            List<String> sources = urls(fontFace.group());
            sources.stream().filter(source -> source.toLowerCase(Locale.ROOT).contains(".woff2")).findFirst()
                    .or(() -> sources.stream().findFirst())
                    .ifPresent(source -> named.add(resolve(styleSheetUri, source)));
            fontFace.appendReplacement(outsideFontFaces, "");
        }
        fontFace.appendTail(outsideFontFaces);
        urls(outsideFontFaces.toString()).forEach(source -> named.add(resolve(styleSheetUri, source)));
        return List.copyOf(named);
    }

    private static List<String> urls(String css) {
        List<String> urls = new ArrayList<>();
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            String address = url.group(2).strip();
            // Inline data and references inside the same document (SVG filters) cost no request.
            if (!address.startsWith("data:") && !address.startsWith("#")) {
                urls.add(address);
            }
        }
        return urls;
    }

    private static Optional<String> attribute(String attributes, String name) {
        Matcher value = Pattern.compile("\\b" + name + "\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE)
                .matcher(attributes);
        return value.find() ? Optional.of(value.group(1).replace("&amp;", "&")) : Optional.empty();
    }

    private static URI resolve(URI base, String address) {
        // Without the fragment: the browser fetches the address once, whatever part of it a reference points at.
        URI resolved = base.resolve(address.strip().replace(" ", "%20"));
        return resolved.getRawFragment() == null ? resolved : URI.create(resolved.toString().split("#", 2)[0]);
    }

    private record Fetched(URI uri, HttpResponse<byte[]> response, byte[] body) {

        Resource resource(Kind kind, URI foundIn) {
            return new Resource(uri, kind, foundIn, response.statusCode(), header("Content-Type"),
                    header("Content-Encoding"), header("Cache-Control"), response.body().length, body.length,
                    response.headers());
        }

        private String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private static Fetched fetch(URI uri, String accept, String cookieHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).header("Accept-Encoding", "gzip");
        if (cookieHeader != null) {
            request.header("Cookie", cookieHeader);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            if ("gzip".equalsIgnoreCase(response.headers().firstValue("Content-Encoding").orElse(""))) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = in.readAllBytes();
                }
            }
            return new Fetched(uri, response, body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot fetch " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching " + uri, e);
        }
    }
}
