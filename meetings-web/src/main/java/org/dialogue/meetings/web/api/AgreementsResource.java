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
import java.util.ArrayList;
import java.util.List;
import org.dialogue.meetings.application.AgreementService;
import org.dialogue.meetings.web.api.Representations.AgreementJson;

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

    /** Every agreement, or with {@code organisation} (an id) those it is a party to, in the agreements page's order. */
    @GET
    public List<AgreementJson> listAgreements(@QueryParam("organisation") String organisation) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Long organisationId = Parameters.id(request, "organisation", organisation, errors);
        if (!errors.isEmpty()) {
            throw new BadParametersException(errors);
        }
        return (organisationId == null ? agreements.findAll() : agreements.findByParty(organisationId)).stream()
                .map(AgreementJson::of).toList();
    }

    @GET
    @Path("{id}")
    public AgreementJson getAgreement(@PathParam("id") long id) {
        return agreements.find(id).map(AgreementJson::of).orElseThrow(NotFoundException::new);
    }
}
