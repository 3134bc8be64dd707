package org.dialogue.meetings.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.dialogue.meetings.domain.shared.LocalFormats;
import org.dialogue.meetings.web.language.LanguageFilter;

/**
 * Makes and writes problem details in the caller's language (the request's, as {@link LanguageFilter} decides it:
 * the language cookie, else Accept-Language), from the {@code api.problem.*} labels of the pages' bundle.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Problem types are URNs: stable names that point at no server. */
    public static final String TYPE_PREFIX = "urn:dialogue-meetings:problem:";

    /** One JSON-B instance for the application: it is thread-safe, and making one scans for providers. */
    static final Jsonb JSON = JsonbBuilder.create();

    private static final String BUNDLE = "i18n.messages";

    private Problems() {
    }

    /**
     * A problem of the given kind: its type is the name, its title and detail the labels
     * {@code api.problem.<name>.title} and {@code .detail} (with the arguments).
     */
    public static Problem of(HttpServletRequest request, int status, String name, Object... arguments) {
        return of(request, status, name, text(request, "api.problem." + name + ".detail", arguments), List.of());
    }

    /** A problem of the given kind with a detail of its own (a service's message) and the fields at fault. */
    public static Problem of(HttpServletRequest request, int status, String name, String detail,
            List<Problem.FieldError> errors) {
        return new Problem(TYPE_PREFIX + name, text(request, "api.problem." + name + ".title"), status, detail,
                request.getRequestURI(), errors);
    }

    /** A label of the bundle in the request's language. */
    public static String text(HttpServletRequest request, String key, Object... arguments) {
        Locale locale = LanguageFilter.localeOf(request);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, Problems.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern : LocalFormats.message(pattern, locale, arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String json(Problem problem) {
        return JSON.toJson(problem);
    }

    /**
     * Writes a problem as the whole answer, outside JAX-RS (the sign-in mechanism answers before any resource runs),
     * and commits it. Never {@code sendError}: that would hand the answer to the error pages, which are HTML.
     */
    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json(problem));
        response.flushBuffer();
    }
}
