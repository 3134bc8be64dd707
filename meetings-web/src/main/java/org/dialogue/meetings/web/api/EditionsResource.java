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
import org.dialogue.meetings.application.EditionService;
import org.dialogue.meetings.web.api.Representations.EditionJson;

/** The editions of the Dialogue with their priority axes, newest first, as the editions pages show them. */
@Path("editions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EditionsResource {

    @EJB
    private EditionService editions;

    @GET
    public List<EditionJson> listEditions() {
        // each with its axes: find loads them (a handful of editions, one query each)
        return editions.findAll().stream().map(edition -> editions.find(edition.getId()).orElseThrow())
                .map(EditionJson::of).toList();
    }

    @GET
    @Path("{id}")
    public EditionJson getEdition(@PathParam("id") long id) {
        return editions.find(id).map(EditionJson::of).orElseThrow(NotFoundException::new);
    }
}
