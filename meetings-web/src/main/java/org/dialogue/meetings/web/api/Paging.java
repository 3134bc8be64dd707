package org.dialogue.meetings.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code limit} and {@code offset} of a list request: at most {@value #MAX_LIMIT} items a page,
 * {@value #DEFAULT_LIMIT} when not given; and the links of the page it answers.
 */
record Paging(int limit, int offset) {

    static final int MAX_LIMIT = 100;
    static final int DEFAULT_LIMIT = 20;

    /** Reads both parameters, adding what is wrong with them to {@code errors}. */
    static Paging of(HttpServletRequest request, String limit, String offset, List<Problem.FieldError> errors) {
        Integer parsedLimit = number(limit, DEFAULT_LIMIT);
        if (parsedLimit == null || parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
            errors.add(new Problem.FieldError("limit", Problems.text(request, "api.parameter.limit", MAX_LIMIT)));
        }
        Integer parsedOffset = number(offset, 0);
        if (parsedOffset == null || parsedOffset < 0) {
            errors.add(new Problem.FieldError("offset", Problems.text(request, "api.parameter.offset")));
        }
        return new Paging(parsedLimit == null ? DEFAULT_LIMIT : parsedLimit, parsedOffset == null ? 0 : parsedOffset);
    }

    private static Integer number(String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The page of a whole list (reference data, a few dozen records, read whole), with its links. */
    <T> Representations.Page<T> slice(List<T> all, UriInfo uri) {
        int from = Math.min(offset, all.size());
        return page(all.subList(from, Math.min(all.size(), from + limit)), all.size(), uri);
    }

    /** The page of these items out of {@code total}, with its links. */
    <T> Representations.Page<T> page(List<T> items, long total, UriInfo uri) {
        String next = offset + items.size() < total ? link(uri, offset + limit) : null;
        String prev = offset > 0 ? link(uri, Math.max(0, offset - limit)) : null;
        return new Representations.Page<>(new ArrayList<>(items), total, limit, offset,
                new Representations.Links(link(uri, offset), next, prev));
    }

    private String link(UriInfo uri, int at) {
        return uri.getRequestUriBuilder().replaceQueryParam("limit", limit).replaceQueryParam("offset", at).build()
                .toString();
    }
}
