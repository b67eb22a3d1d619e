package org.fedmarket.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.inventory.application.Holds;
import org.fedmarket.platform.access.Roles;

import java.util.List;

/** The stock partners hold now, for this shop's administrators. */
@Path("/inventory/holds")
@Tag(name = "inventory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORDERS})
public class HoldAdminResource {

    @Inject
    Holds holds;

    @GET
    @Operation(summary = "Live holds (not consumed, released or expired), the soonest to expire first")
    public List<Holds.LiveHold> live() {
        return holds.live();
    }
}
