package org.fedmarket.federation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.federation.application.CatalogueFeeds;
import org.fedmarket.federation.application.CatalogueSync;
import org.fedmarket.federation.application.FeedHealth;
import org.fedmarket.federation.application.ListingView;
import org.fedmarket.federation.application.PartnerClient;
import org.fedmarket.federation.domain.MarkupRule;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.market.application.MarketEvents;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.Refuses;

import java.math.BigDecimal;
import java.util.List;

/** Partners' catalogues as this shop imports them (feeds, markups, listings), and partners' event feeds. */
@Path("/federation")
@Tag(name = "federation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PartnerFeedResource {

    /** A markup: percent on the partner's price, then rounding (cent, whole, ninety-nine). */
    public record Markup(@DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal percent,
                         @Size(max = 16) String rounding) {
    }

    @Inject
    CatalogueFeeds feeds;
    @Inject
    CatalogueSync sync;
    @Inject
    PartnerClient client;

    @GET
    @Path("/partners/{partner}/events")
    @RolesAllowed({Roles.ADMIN, Roles.EVENTS})
    @Operation(summary = "The partner's event feed about the products this shop shares with it (this shop needs share-data"
            + " from the partner); `after` and `limit` are passed on, the page comes back as the partner sent it")
    @APIResponse(responseCode = "200", description = "A page of the partner's feed, as the partner sent it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MarketEvents.Page.class)))
    @Refuses({"401 partner-call-failed", "403 partner-call-failed", "404 partner-call-failed", "422 partner-call-failed",
            "422 partner-unknown", "429 partner-call-failed", "503 partner-unavailable"})
    public Response partnerEvents(@PathParam("partner") String partner, @QueryParam("after") String after,
                                  @QueryParam("limit") String limit) {
        return Response.ok(client.events(partner, after, limit), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/feeds")
    @Operation(summary = "Every partner catalogue this shop imports: last success, failures, backoff, circuit, markup")
    public List<FeedHealth> feeds() {
        return feeds.health();
    }

    @POST
    @Path("/feeds/{partner}/sync")
    @Operation(summary = "Syncs the partner's catalogue now")
    @Refuses("404 not-found")
    public FeedHealth sync(@PathParam("partner") String partner) {
        return sync.syncNow(partner);
    }

    @PUT
    @Path("/feeds/{partner}/markup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets this shop's markup on the partner's products; they are priced anew at the next sync (at once)")
    @Refuses({"404 not-found", "422 markup-invalid", "422 rounding-unknown"})
    public FeedHealth markup(@PathParam("partner") String partner, @Valid Markup markup) {
        if (markup == null) {
            throw new BusinessRuleException("markup-invalid", "Send {\"percent\": 15, \"rounding\": \"ninety-nine\"}");
        }
        return feeds.markup(partner, new MarkupRule(markup.percent(),
                MarkupRule.Rounding.of(markup.rounding() == null ? "cent" : markup.rounding())));
    }

    @GET
    @Path("/listings")
    @Operation(summary = "Partners' products as this shop offers them (price = partner's USD price with the markup)")
    public List<ListingView> listings() {
        return feeds.listings();
    }
}
