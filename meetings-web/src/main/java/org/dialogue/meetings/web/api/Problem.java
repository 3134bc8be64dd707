package org.dialogue.meetings.web.api;

import java.util.List;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}).
 *
 * @param type     a URI naming the kind of problem ({@value Problems#TYPE_PREFIX} and a name, listed in docs/api.md)
 * @param title    the kind of problem, in the caller's language
 * @param status   the HTTP status
 * @param detail   what went wrong with this request, in the caller's language
 * @param instance the path of the request
 * @param errors   the parameters at fault, for a bad request; empty otherwise
 */
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    /**
     * One parameter at fault.
     *
     * @param field  the parameter's name, as the request gave it
     * @param detail what is wrong with it, in the caller's language
     */
    public record FieldError(String field, String detail) {
    }
}
