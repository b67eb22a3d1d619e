package org.fedmarket.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.inventory.application.OrderDesk;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.input.Limits;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.Refuses;

import java.util.Map;

/** Per-partner order terms (whether a partner's orders are accepted on receipt), for this shop's administrators. */
@Path("/inventory/order-terms")
@Tag(name = "inventory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class OrderTermsResource {

    /** Whether a partner's orders are accepted on receipt. */
    public record Terms(Boolean autoAccept) {
    }

    @Inject
    OrderDesk desk;

    @GET
    @Operation(summary = "Partners whose orders are (or are not) accepted on receipt; others follow fedmarket.inventory.auto-accept-orders")
    public Map<String, Boolean> terms() {
        return desk.terms();
    }

    @PUT
    @Path("/{partner}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets whether the partner's orders are accepted on receipt, over fedmarket.inventory.auto-accept-orders")
    @Refuses("422 terms-missing")
    public Terms setTerms(@PathParam("partner") @Size(max = Limits.MAX_SHOP_ID) String partner, @Valid Terms terms) {
        if (terms == null || terms.autoAccept() == null) {
            throw new BusinessRuleException("terms-missing", "Send {\"autoAccept\": true|false}");
        }
        desk.autoAccept(partner, terms.autoAccept());
        return terms;
    }
}
