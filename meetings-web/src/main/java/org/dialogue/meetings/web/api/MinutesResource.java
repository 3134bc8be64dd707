package org.dialogue.meetings.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.dialogue.meetings.application.MinutesService;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.web.api.Representations.MinutesRoundJson;

/**
 * One revision of minutes and a delegation's answer to its approval round, through {@link MinutesService} as the
 * minutes page answers: approve or comment on the text circulated in the round the caller read. The page binds an
 * answer to that round (other delegations' answers move the version, not the text); the API binds it to the version
 * read as well, as every change of the API is ({@code If-Match}), so a program answers on what it last read.
 */
@Path("minutes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MinutesResource {

    /** A delegation's answer, as the minutes page offers it. */
    enum Decision {
        APPROVE, COMMENT
    }

    @EJB
    private MinutesService minutes;

    @Context
    private HttpServletRequest request;

    /** One revision the caller may read, with its last round and the delegations' answers; its version as the ETag. */
    @GET
    @Path("{id}")
    public Response getMinutes(@PathParam("id") long id) {
        return represented(minutes.find(id).orElseThrow(NotFoundException::new));
    }

    /**
     * The caller's delegation approves, or comments instead, on the round it read ({@code round}) and the version it
     * read ({@code If-Match}, compared by the service inside its transaction): without it 428; on another version, or
     * a round that is no longer the one under way, 412; a rule of the round (already answered, not an organisation
     * that answers, no comment) 422. Nothing changes then.
     */
    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answerMinutes(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, String body) {
        long version = Parameters.versionRead(ifMatch);
        JsonObject answer = Parameters.jsonBody(body);
        List<Problem.FieldError> errors = new ArrayList<>();
        Integer round = answer.get("round") instanceof JsonNumber number && number.isIntegral()
                && number.longValue() >= 0 && number.longValue() <= Integer.MAX_VALUE ? number.intValue() : null;
        if (round == null) {
            errors.add(new Problem.FieldError("round", Problems.text(request, "api.parameter.round")));
        }
        Decision decision = Parameters.oneOf(request, Decision.class, "decision",
                Parameters.text(answer, "decision"), errors);
        if (decision == null && errors.stream().noneMatch(e -> e.field().equals("decision"))) {
            errors.add(new Problem.FieldError("decision", Problems.text(request, "api.parameter.status",
                    "APPROVE, COMMENT")));
        }
        if (!errors.isEmpty()) {
            throw new BadParametersException(errors);
        }
        // minutes the caller may not read answer 404 whatever their role, as before (the services' need-to-know)
        minutes.find(id).orElseThrow(NotFoundException::new);
        // the version read is compared by the service, in the transaction that records the answer: of two answers
        // made on the same version at once, one is refused (412), never both recorded
        Minutes answered = decision == Decision.APPROVE ? minutes.approve(id, round, version)
                : minutes.comment(id, round, Parameters.text(answer, "comment"), null, version);
        return represented(answered);
    }

    private Response represented(Minutes revision) {
        return Response.ok(MinutesRoundJson.of(revision)).tag(new EntityTag(String.valueOf(revision.getVersion())))
                .build();
    }
}
