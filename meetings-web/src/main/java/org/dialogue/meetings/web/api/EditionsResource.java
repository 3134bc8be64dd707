package org.dialogue.meetings.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.dialogue.meetings.application.EditionService;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.web.api.Representations.EditionJson;
import org.dialogue.meetings.web.api.Representations.Page;

/** The editions of the Dialogue with their priority axes, newest first, as the editions pages show them. */
@Path("editions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EditionsResource {

    @EJB
    private EditionService editions;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    /** A page of the editions, newest first: {@code limit} (1 to 100, 20 by default) from {@code offset}. */
    @GET
    public Page<EditionJson> listEditions(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Paging paging = Paging.of(request, limit, offset, errors);
        if (!errors.isEmpty()) {
            throw new BadParametersException(errors);
        }
        // the page's editions each with its axes: find loads them (one query each, a page at most)
        Page<DialogueEdition> page = paging.slice(editions.findAll(), uri);
        return new Page<>(page.items().stream().map(edition -> editions.find(edition.getId()).orElseThrow())
                .map(EditionJson::of).toList(), page.total(), page.limit(), page.offset(), page.links());
    }

    @GET
    @Path("{id}")
    public EditionJson getEdition(@PathParam("id") long id) {
        return editions.find(id).map(EditionJson::of).orElseThrow(NotFoundException::new);
    }
}
