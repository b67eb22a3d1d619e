package org.fedmarket.platform.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.account.application.AdminAccountService;
import org.fedmarket.platform.account.application.PasswordChanges;
import org.fedmarket.platform.account.domain.AdminAccount;
import org.fedmarket.platform.problem.Refuses;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Administrators of this node. */
@Path("/admin/accounts")
@Tag(name = "administration")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccountResource {

    public record NewAccount(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 1024) String password) {
    }

    /** {@code disabledAt} and {@code disabledBy} are absent while the account can sign in. */
    public record AccountView(String username, Set<String> roles, OffsetDateTime createdAt, OffsetDateTime disabledAt,
                              String disabledBy) {
        public static AccountView of(AdminAccount a) {
            return new AccountView(a.username(), a.roles(), a.createdAt(), a.disabledAt(), a.disabledBy());
        }
    }

    public record PasswordChange(@NotBlank @Size(max = 1024) String current, @NotBlank @Size(max = 1024) String replacement) {
    }

    @Inject
    AdminAccountService accounts;
    @Inject
    PasswordChanges passwords;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "List the administrators")
    public List<AccountView> list() {
        return accounts.list().stream().map(AccountView::of).toList();
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "One administrator")
    @Refuses("404 not-found")
    public AccountView get(@PathParam("username") String username) {
        return AccountView.of(accounts.get(username));
    }

    @POST
    @Path("/{username}/disabling")
    @Operation(summary = "Disable another administrator: no sign-in, and their sessions end; the last enabled one cannot be")
    @Refuses({"404 not-found", "409 account-self", "409 last-administrator"})
    public AccountView disable(@PathParam("username") String username) {
        return AccountView.of(accounts.disable(username, security.getUserPrincipal().getName()));
    }

    @POST
    @Path("/{username}/enabling")
    @Operation(summary = "Enable a disabled administrator again")
    @Refuses("404 not-found")
    public AccountView enable(@PathParam("username") String username) {
        return AccountView.of(accounts.enable(username));
    }

    @PUT
    @Path("/me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your own password (the current one is asked); your sessions end")
    @APIResponse(responseCode = "204", description = "The password is changed")
    @Refuses({"422 password-wrong", "422 weak-password"})
    public Response changePassword(@Valid @NotNull PasswordChange change) {
        passwords.change(security.getUserPrincipal().getName(), change.current(), change.replacement());
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an administrator", description = "Usernames: 3–64 of a–z 0–9 . - _; passwords: 12–256 characters.")
    @APIResponse(responseCode = "201", description = "The administrator, added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @Refuses({"409 username-taken", "422 invalid-username", "422 weak-password"})
    public Response create(@Valid @NotNull NewAccount account, @Context UriInfo uri) {
        AdminAccount created = accounts.create(account.username(), account.password());
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(AccountView.of(created)).build();
    }
}
