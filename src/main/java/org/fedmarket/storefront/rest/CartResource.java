package org.fedmarket.storefront.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.platform.problem.Refuses;
import org.fedmarket.storefront.api.CartView;
import org.fedmarket.storefront.application.Carts;
import org.fedmarket.storefront.application.CustomerSessions;
import org.fedmarket.storefront.application.Shopper;
import org.fedmarket.storefront.application.StorefrontSettings;

import java.util.Locale;
import java.util.Optional;

/**
 * The customer's cart as JSON, found by the browser's cart cookie ({@code fm_cart}, HttpOnly); the first line added
 * sets it. Grouped by seller, with changes since the customer saw each line.
 */
@Path("/storefront/cart")
@Tag(name = "storefront")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CartResource {

    /** A product to add, and how many. */
    public record NewLine(@NotNull @Size(max = 120) String productId, @NotNull @Min(1) @Max(99) Integer quantity) {
    }

    /** A line's new quantity; 0 removes it. */
    public record Quantity(@NotNull @Min(0) @Max(99) Integer quantity) {
    }

    @Inject
    Carts carts;
    @Inject
    StorefrontSettings settings;
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The cart: lines grouped by seller, totals, and what changed since the customer saw it")
    public CartView get(@CookieParam(Carts.COOKIE) String secret, @CookieParam(CustomerSessions.COOKIE) String session) {
        return carts.view(new Shopper(secret, session), locale());
    }

    @POST
    @Path("/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a product (more of it, when it is in the cart); sets the cart cookie on the first line")
    @APIResponse(responseCode = "200", description = "The cart afterwards", content = @Content(schema = @Schema(implementation = CartView.class)))
    @Refuses({"404 not-found", "422 quantity-invalid", "422 product-unavailable", "422 cart-full"})
    public Response add(@CookieParam(Carts.COOKIE) String secret, @CookieParam(CustomerSessions.COOKIE) String session, @Valid @NotNull NewLine line) {
        Shopper shopper = new Shopper(secret, session);
        Optional<String> newSecret = carts.add(shopper, line.productId(), line.quantity(), locale());
        Response.ResponseBuilder answer = Response.ok(carts.view(newSecret.map(s -> new Shopper(s, session)).orElse(shopper), locale()));
        if (newSecret.isPresent()) {
            answer.cookie(new NewCookie.Builder(Carts.COOKIE).value(newSecret.get()).path("/").httpOnly(true)
                    .secure("https".equals(uri.getRequestUri().getScheme())).sameSite(NewCookie.SameSite.LAX)
                    .maxAge((int) java.time.Duration.ofDays(30).toSeconds()).build());
        }
        return answer.build();
    }

    @PUT
    @Path("/lines/{productId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets how many of a product the cart holds; 0 removes it")
    @Refuses({"404 not-found", "422 quantity-invalid", "422 not-in-cart"})
    public CartView quantity(@CookieParam(Carts.COOKIE) String secret, @CookieParam(CustomerSessions.COOKIE) String session, @PathParam("productId") String productId,
                             @Valid @NotNull Quantity quantity) {
        carts.quantity(new Shopper(secret, session), productId, quantity.quantity());
        return carts.view(new Shopper(secret, session), locale());
    }

    @DELETE
    @Path("/lines/{productId}")
    @Operation(summary = "Removes a product from the cart")
    @Refuses("404 not-found")
    public CartView remove(@CookieParam(Carts.COOKIE) String secret, @CookieParam(CustomerSessions.COOKIE) String session, @PathParam("productId") String productId) {
        carts.quantity(new Shopper(secret, session), productId, 0);
        return carts.view(new Shopper(secret, session), locale());
    }

    @POST
    @Path("/acceptance")
    @Operation(summary = "The customer has seen the changes: each line takes its product's price and availability now")
    @Refuses("404 not-found")
    public CartView accept(@CookieParam(Carts.COOKIE) String secret, @CookieParam(CustomerSessions.COOKIE) String session) {
        carts.acceptChanges(new Shopper(secret, session), locale());
        return carts.view(new Shopper(secret, session), locale());
    }

    private Locale locale() {
        return settings.customerLocale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
