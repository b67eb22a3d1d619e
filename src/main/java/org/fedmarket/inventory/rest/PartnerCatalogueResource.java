package org.fedmarket.inventory.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.inventory.api.CatalogueDelta;
import org.fedmarket.inventory.api.ListedProduct;
import org.fedmarket.inventory.api.PartnerInventoryApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import org.fedmarket.inventory.application.PartnerSalesMetrics;
import org.fedmarket.inventory.application.PartnerCatalogue;
import org.fedmarket.platform.partner.PartnerCallFilter;
import org.fedmarket.platform.partner.PartnerCall;
import org.fedmarket.platform.problem.Refuses;
import org.fedmarket.platform.ratelimit.RateLimited;
import org.fedmarket.platform.problem.BusinessRuleException;

/** The catalogue as partners read it: for partners that hold share-inventory, with a signed call token. */
@Path("/v1/products") // PartnerInventoryApi
@Tag(name = "partner calls")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerCatalogueResource {

    @Inject
    PartnerCatalogue catalogue;
    @Inject
    PartnerSalesMetrics meter;
    @Context
    HttpServletRequest request;

    @GET
    @RateLimited("catalogue")
    @PartnerCall(value = "share-inventory", openWhen = "fedmarket.inventory.open-catalogue")
    @Operation(summary = "The listed products, prices in USD; with ?since=<revision> what changed after it. ETag/If-None-Match → 304."
            + " Needs Authorization: FedmarketCall <token> and share-inventory, unless the shop opened its catalogue"
            + " (fedmarket.inventory.open-catalogue)")
    @APIResponse(responseCode = "200", description = "The listed products; with since, a delta: what changed after that revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {ListedProduct[].class, CatalogueDelta.class})))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current revision")
    @Refuses("422 since-invalid")
    public Response list(@HeaderParam("If-None-Match") String ifNoneMatch, @HeaderParam("Accept-Encoding") String acceptEncoding,
                         @Parameter(description = "a revision (the ETag's number, or a delta's revision)") @QueryParam("since") String since) {
        long revision = catalogue.revision();
        String etag = PartnerCatalogue.etag(revision);
        String partner = (String) request.getAttribute(PartnerCallFilter.CALLER);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            meter.polled(partner, PartnerSalesMetrics.Poll.NOT_MODIFIED);
            return Response.notModified().header("ETag", etag).header(PartnerInventoryApi.REVISION_HEADER, revision).build();
        }
        PartnerCatalogue.Snapshot answer = since != null ? catalogue.delta(parse(since)) : catalogue.full();
        meter.polled(partner, since != null ? PartnerSalesMetrics.Poll.DELTA : PartnerSalesMetrics.Poll.FULL);
        boolean gzip = acceptsGzip(acceptEncoding);
        Response.ResponseBuilder ok = Response.ok(gzip ? answer.gzip() : answer.json(), MediaType.APPLICATION_JSON_TYPE)
                .header("ETag", answer.etag()).header(PartnerInventoryApi.REVISION_HEADER, answer.revision())
                .header("Vary", "Accept-Encoding");
        return (gzip ? ok.header("Content-Encoding", "gzip") : ok).build();
    }

    /** Whether Accept-Encoding takes gzip: named with a q above 0, or not named and {@code *} with a q above 0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.length() > 200) {
            return false;
        }
        Boolean star = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            boolean wanted = true;
            for (int i = 1; i < parts.length; i++) {
                wanted &= !parts[i].strip().toLowerCase(java.util.Locale.ROOT).matches("q\\s*=\\s*0(\\.0{0,3})?");
            }
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return wanted;
            }
            if (name.equals("*")) {
                star = wanted;
            }
        }
        return Boolean.TRUE.equals(star);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static long parse(String since) {
        try {
            return Long.parseLong(since);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("since-invalid", "since is a catalogue revision (a whole number), not '" + since + "'");
        }
    }
}
