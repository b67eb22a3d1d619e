package org.fedmarket.federation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.federation.application.HubConnection;
import org.fedmarket.federation.application.HubLink;

@Path("/federation")
@Tag(name = "federation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class FederationResource {

    @Inject
    HubConnection hub;

    @GET
    @Path("/hub")
    @Operation(summary = "Calls the configured Hub now and reports whether it answers")
    public HubLink hubLink() {
        return hub.check();
    }
}
