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
import org.dialogue.meetings.application.OrganisationService;
import org.dialogue.meetings.web.api.Representations.OrganisationJson;
import org.dialogue.meetings.web.api.Representations.Page;

/** The organisations of the Dialogue: every signed-in caller reads them, as on the organisations page. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OrganisationsResource {

    @EJB
    private OrganisationService organisations;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    /** A page of the organisations, by acronym: {@code limit} (1 to 100, 20 by default) from {@code offset}. */
    @GET
    public Page<OrganisationJson> listOrganisations(@QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Paging paging = Paging.of(request, limit, offset, errors);
        if (!errors.isEmpty()) {
            throw new BadParametersException(errors);
        }
        return paging.slice(organisations.findAll().stream().map(OrganisationJson::of).toList(), uri);
    }

    @GET
    @Path("{id}")
    public OrganisationJson getOrganisation(@PathParam("id") long id) {
        return organisations.find(id).map(OrganisationJson::of).orElseThrow(NotFoundException::new);
    }
}
