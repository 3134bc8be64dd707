package org.dialogue.meetings.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dialogue.meetings.domain.minutes.MinutesChangedException;
import org.dialogue.meetings.domain.shared.BusinessRuleException;
import org.dialogue.meetings.domain.shared.InvalidInputException;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.web.language.LanguageFilter;

/**
 * Every failure of an API request as problem details: no stack trace, exception or class name ever leaves the
 * server. Unexpected failures are logged here with their cause and answered with a general 500.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrapped(thrown);
        Problem problem;
        if (failure instanceof BadParametersException bad) {
            problem = Problems.of(request, 400, "badParameters", Problems.text(request,
                    "api.problem.badParameters.detail"), bad.errors());
        } else if (failure instanceof PreconditionException precondition) {
            problem = Problems.of(request, precondition.status(), precondition.problem());
        } else if (failure instanceof StaleRecordException) { // the version sent in If-Match is no longer the record's
            problem = Problems.of(request, 412, "stale");
        } else if (failure instanceof MinutesChangedException changed) {
            // the round answered is no longer the one under way: the text read is not the one circulated now
            problem = Problems.of(request, 412, "stale", changed.localizedMessage(LanguageFilter.localeOf(request)),
                    List.of());
        } else if (failure instanceof EJBAccessException || failure instanceof AccessLocalException) {
            // Payara refuses a caller without the role of a method's @RolesAllowed with AccessLocalException
            problem = Problems.of(request, 403, "forbidden");
        } else if (failure instanceof RecordNotFoundException) {
            problem = Problems.of(request, 404, "notFound");
        } else if (failure instanceof InvalidInputException invalid) {
            Locale locale = LanguageFilter.localeOf(request);
            problem = Problems.of(request, 422, "invalidInput", invalid.localizedMessage(locale), invalid.violations()
                    .stream().map(v -> new Problem.FieldError(v.field(), v.localizedMessage(locale))).toList());
        } else if (failure instanceof BusinessRuleException rule) {
            Locale locale = LanguageFilter.localeOf(request);
            problem = Problems.of(request, 422, "businessRule", rule.localizedMessage(locale),
                    rule.field().map(field -> List.of(new Problem.FieldError(field, rule.localizedMessage(locale))))
                            .orElse(List.of()));
        } else if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            problem = http(web.getResponse().getStatus());
        } else {
            LOG.log(Level.SEVERE, "API request " + request.getMethod() + " " + request.getRequestURI() + " failed",
                    thrown);
            problem = Problems.of(request, 500, "serverError");
        }
        return Response.status(problem.status()).type(Problems.MEDIA_TYPE).entity(Problems.json(problem))
                .header("Cache-Control", "no-store").build();
    }

    /** An HTTP-level refusal by JAX-RS itself: no such address, a method or media type it does not serve... */
    private Problem http(int status) {
        return switch (status) {
            case 404 -> Problems.of(request, 404, "notFound");
            case 405 -> Problems.of(request, 405, "methodNotAllowed");
            case 406, 415 -> Problems.of(request, status, "unsupportedMediaType");
            default -> Problems.of(request, status, "badRequest");
        };
    }

    /** The services' failures arrive wrapped by the EJB container unless they are application exceptions. */
    private static Throwable unwrapped(Throwable thrown) {
        Throwable failure = thrown;
        while (failure instanceof EJBException && !(failure instanceof EJBAccessException)
                && !(failure instanceof AccessLocalException) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }
}
