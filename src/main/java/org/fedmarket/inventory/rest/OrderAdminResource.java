package org.fedmarket.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.inventory.api.OrderState;
import org.fedmarket.inventory.api.OrderStatus;
import org.fedmarket.inventory.application.OrderDesk;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.Refuses;

import java.util.List;

/** Orders partners placed for this shop's products, for its administrators. */
@Path("/inventory/orders")
@Tag(name = "inventory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class OrderAdminResource {

    /** A status change: {@code status} is accepted, rejected, out-of-stock, cancelled, shipped (with tracking) or delivered. */
    public record StatusChange(@Size(max = 16) String status, @Size(max = 500) String note, @Size(max = 200) String tracking) {
    }

    @Inject
    OrderDesk desk;
    @Context
    SecurityContext security;

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    @GET
    @Operation(summary = "The latest 200 orders partners placed, newest first; of one partner, in one status when asked")
    public List<OrderDesk.Summary> list(@QueryParam("partner") String partner, @QueryParam("status") String status) {
        return desk.recent(partner, status);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    @GET
    @Path("/{id}")
    @Operation(summary = "One order with its lines and status history")
    @Refuses("404 not-found")
    public OrderState get(@PathParam("id") String id) {
        return desk.get(id);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves the order on; the partner is told (signed, through the outbox)")
    @Refuses({"404 not-found", "409 order-status-transition", "422 status-missing", "422 status-unknown", "422 tracking-invalid"})
    public OrderState move(@PathParam("id") String id, @Valid StatusChange change) {
        if (change == null || change.status() == null) {
            throw new BusinessRuleException("status-missing", "Send {\"status\": \"accepted\"} (or rejected, out-of-stock, cancelled,"
                    + " shipped with tracking, delivered)");
        }
        OrderStatus target;
        try {
            target = OrderStatus.ofId(change.status());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("status-unknown", e.getMessage());
        }
        String caller = security.getUserPrincipal().getName();
        return desk.move(id, target, caller.startsWith("token:") ? caller : "admin:" + caller, change.note(), change.tracking());
    }
}
