package org.dialogue.meetings.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of the API's lists: blank means "not given" (null); a value that cannot be used adds its
 * field and what is wrong with it, in the caller's language, to {@code errors} (answered together as 400).
 */
final class Parameters {

    private Parameters() {
    }

    static Long id(HttpServletRequest request, String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(field, Problems.text(request, "api.parameter.id")));
        return null;
    }

    static LocalDate date(HttpServletRequest request, String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, Problems.text(request, "api.parameter.date")));
            return null;
        }
    }

    /** One of the constants of {@code type}, by name (any case). */
    static <E extends Enum<E>> E oneOf(HttpServletRequest request, Class<E> type, String field, String value,
            List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, Problems.text(request, "api.parameter.status",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")))));
            return null;
        }
    }

    /** {@code true} or {@code false}; false when not given. */
    static boolean flag(HttpServletRequest request, String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank() || "false".equalsIgnoreCase(value.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(value.strip())) {
            return true;
        }
        errors.add(new Problem.FieldError(field, Problems.text(request, "api.parameter.boolean")));
        return false;
    }

    /** An ETag this API gives: the record's version, quoted (weak or strong). */
    private static final Pattern VERSION_TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    /**
     * The version the caller read, from its {@code If-Match}: none, 428; {@code *} or a tag this API never gave, 412
     * (it cannot name the version read).
     */
    static long versionRead(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionException(428, "preconditionRequired");
        }
        Matcher version = VERSION_TAG.matcher(ifMatch);
        if (!version.matches()) {
            throw new PreconditionException(412, "stale");
        }
        return Long.parseLong(version.group(1));
    }

    /** A request's JSON object; anything else is a bad request. */
    static JsonObject jsonBody(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BadRequestException(e);
        }
    }

    /** A string member of a JSON object, or null when it is missing or not a string. */
    static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }
}
