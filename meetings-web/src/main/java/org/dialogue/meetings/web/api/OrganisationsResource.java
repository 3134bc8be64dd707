package org.dialogue.meetings.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dialogue.meetings.application.OrganisationService;
import org.dialogue.meetings.web.api.Representations.OrganisationJson;

/** The organisations of the Dialogue: every signed-in caller reads them, as on the organisations page. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OrganisationsResource {

    @EJB
    private OrganisationService organisations;

    @GET
    public List<OrganisationJson> listOrganisations() {
        return organisations.findAll().stream().map(OrganisationJson::of).toList();
    }

    @GET
    @Path("{id}")
    public OrganisationJson getOrganisation(@PathParam("id") long id) {
        return organisations.find(id).map(OrganisationJson::of).orElseThrow(NotFoundException::new);
    }
}
