package org.fedmarket.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.problem.Refuses;
import org.fedmarket.storefront.api.CustomerSummary;
import org.fedmarket.storefront.application.CustomerAdministration;

import java.util.List;

/** The storefront's customer accounts as administrators manage them. */
@Path("/storefront/admin/customers")
@Tag(name = "storefront")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class CustomerAdminResource {

    /** Why an account is locked; customers do not see it. */
    public record Lock(@NotNull @Size(min = 1, max = 200) String reason) {
    }

    @Inject
    CustomerAdministration customers;

    @GET
    @Operation(summary = "Customers whose e-mail address or name contains q (all when empty), newest first, at most 50")
    @Refuses("422 validation")
    public List<CustomerSummary> search(@QueryParam("q") @Size(max = 100) String q) {
        return customers.search(q);
    }

    @POST
    @Path("/{id}/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Locks an account: its sessions end and it cannot sign in until unlocked")
    @APIResponse(responseCode = "204", description = "Locked")
    @Refuses({"404 not-found", "422 validation"})
    public void lock(@PathParam("id") long id, @Valid @NotNull Lock lock) {
        customers.lock(id, lock.reason());
    }

    @POST
    @Path("/{id}/unlock")
    @Operation(summary = "Unlocks an account")
    @APIResponse(responseCode = "204", description = "Unlocked")
    @Refuses("404 not-found")
    public void unlock(@PathParam("id") long id) {
        customers.unlock(id);
    }

    @POST
    @Path("/{id}/verification-mail")
    @Operation(summary = "Mails a customer who has not confirmed the address a new verification link")
    @APIResponse(responseCode = "204", description = "The mail is queued")
    @Refuses({"404 not-found", "409 address-verified"})
    public void resendVerification(@PathParam("id") long id) {
        customers.resendVerification(id);
    }
}
