package org.dialogue.meetings.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dialogue.meetings.application.ActionService;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.action.ActionSearch;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.web.api.Representations.ActionJson;
import org.dialogue.meetings.web.api.Representations.Page;

/**
 * Follow-up actions, read and followed up through {@link ActionService} exactly as the actions page does: the list
 * shows what the caller may see there (an action they may not see answers 404 like one that does not exist), and a
 * status change goes through the same service method, with the version the caller read ({@code ETag}, sent back as
 * {@code If-Match}) checked there as the page's is. The list is paged in the page's order: by due date, then by id.
 */
@Path("actions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ActionsResource {

    @EJB
    private ActionService actions;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    /**
     * The actions of an owner organisation, in a status, only the overdue ones, serving a priority axis, decided
     * by a meeting of an edition or by one meeting; {@code limit} (1 to 100, 20 by default) from {@code offset}.
     */
    @GET
    public Page<ActionJson> listActions(@QueryParam("organisation") String organisation,
            @QueryParam("status") String status, @QueryParam("overdue") String overdue,
            @QueryParam("edition") String edition, @QueryParam("axis") String axis,
            @QueryParam("meeting") String meeting, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ActionSearch search = new ActionSearch(Parameters.id(request, "organisation", organisation, errors),
                Parameters.oneOf(request, ActionStatus.class, "status", status, errors),
                Parameters.flag(request, "overdue", overdue, errors), Parameters.id(request, "axis", axis, errors),
                Parameters.id(request, "edition", edition, errors), Parameters.id(request, "meeting", meeting, errors));
        Paging paging = Paging.of(request, limit, offset, errors);
        if (!errors.isEmpty()) {
            throw new BadParametersException(errors);
        }
        LocalDate today = actions.today();
        long total = actions.count(search);
        List<ActionJson> items = actions.search(search, paging.offset(), paging.limit()).stream()
                .map(action -> ActionJson.of(action, today, false)).toList();
        return paging.page(items, total, uri);
    }

    /** One action with its history, and its version as the {@code ETag}. */
    @GET
    @Path("{id}")
    public Response getAction(@PathParam("id") long id) {
        return represented(actions.find(id).orElseThrow(NotFoundException::new));
    }

    /**
     * A new status with the note that explains it, for the secretariat and the owner organisation's delegates, on
     * the version the caller read: without {@code If-Match} 428, on a version changed since 412; nothing changes
     * then.
     */
    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateActionStatus(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            String body) {
        long version = Parameters.versionRead(ifMatch);
        JsonObject change = Parameters.jsonBody(body);
        List<Problem.FieldError> errors = new ArrayList<>();
        ActionStatus status = Parameters.oneOf(request, ActionStatus.class, "status",
                Parameters.text(change, "status"), errors);
        if (!errors.isEmpty()) {
            throw new BadParametersException(errors);
        }
        ActionItem changed = actions.updateStatus(id, version, status, Parameters.text(change, "note"));
        return represented(changed);
    }

    private Response represented(ActionItem action) {
        return Response.ok(ActionJson.of(action, actions.today(), true))
                .tag(new EntityTag(String.valueOf(action.getVersion()))).build();
    }
}
