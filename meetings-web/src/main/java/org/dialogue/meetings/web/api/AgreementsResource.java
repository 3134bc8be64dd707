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
import org.dialogue.meetings.application.AgreementService;
import org.dialogue.meetings.web.api.Representations.AgreementJson;
import org.dialogue.meetings.web.api.Representations.Page;

/**
 * The cooperation agreements between INTERPOL and the regional organisations: every signed-in caller reads them, as on
 * the agreements pages; only administrators register and change them, on the pages.
 */
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AgreementsResource {

    @EJB
    private AgreementService agreements;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    /**
     * A page of the agreements, or with {@code organisation} (an id) of those it is a party to, by title as the
     * agreements page lists them: {@code limit} (1 to 100, 20 by default) from {@code offset}.
     */
    @GET
    public Page<AgreementJson> listAgreements(@QueryParam("organisation") String organisation,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Long organisationId = Parameters.id(request, "organisation", organisation, errors);
        Paging paging = Paging.of(request, limit, offset, errors);
        if (!errors.isEmpty()) {
            throw new BadParametersException(errors);
        }
        return paging.slice((organisationId == null ? agreements.findAll() : agreements.findByParty(organisationId))
                .stream().map(AgreementJson::of).toList(), uri);
    }

    @GET
    @Path("{id}")
    public AgreementJson getAgreement(@PathParam("id") long id) {
        return agreements.find(id).map(AgreementJson::of).orElseThrow(NotFoundException::new);
    }
}
