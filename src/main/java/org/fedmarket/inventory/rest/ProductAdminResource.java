package org.fedmarket.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.inventory.api.ProductDraft;
import org.fedmarket.inventory.api.ProductView;
import org.fedmarket.inventory.application.CatalogueImport;
import org.fedmarket.inventory.application.CatalogueService;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.input.BodyLimit;
import org.fedmarket.platform.input.CheckedLineByLine;
import org.fedmarket.platform.input.Limits;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.Refuses;
import org.fedmarket.platform.ratelimit.RateLimited;

import java.util.List;

/** The shop's own catalogue, for its administrators. */
@Path("/inventory/products")
@Tag(name = "inventory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ProductAdminResource {

    /** A change of stock: positive adds, negative removes. */
    public record Restock(@Min(-Limits.MAX_STOCK) @Max(Limits.MAX_STOCK) Integer quantity) {
    }

    @Inject
    CatalogueService catalogue;
    @Inject
    CatalogueImport importer;

    @RolesAllowed({Roles.ADMIN, Roles.CATALOGUE_READ})
    @GET
    @Operation(summary = "All products of the own catalogue (deleted ones excepted), ordered by SKU")
    public List<ProductView> list() {
        return catalogue.list();
    }

    @RolesAllowed({Roles.ADMIN, Roles.CATALOGUE_READ})
    @GET
    @Path("/{sku}")
    @Operation(summary = "One product of the own catalogue (deleted ones excepted)")
    @Refuses("404 not-found")
    public ProductView get(@PathParam("sku") String sku) {
        return catalogue.get(sku);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CATALOGUE_WRITE})
    @RateLimited("catalogue-writes")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a product with its first stock (a deleted SKU comes back)")
    @APIResponse(responseCode = "201", description = "The product as created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    @Refuses({"409 sku-taken", "422 currency-invalid", "422 image-url-invalid", "422 name-invalid", "422 price-invalid",
            "422 product-missing", "422 sku-invalid"})
    public Response create(@Valid ProductDraft draft) {
        return Response.status(201).entity(catalogue.create(draft)).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.CATALOGUE_WRITE})
    @RateLimited("catalogue-writes")
    @PUT
    @Path("/{sku}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes name, description, price, currency and image; stock is changed by restock")
    @Refuses({"404 not-found", "422 currency-invalid", "422 image-url-invalid", "422 name-invalid", "422 price-invalid",
            "422 product-missing"})
    public ProductView edit(@PathParam("sku") String sku, @Valid ProductDraft draft) {
        return catalogue.edit(sku, draft);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CATALOGUE_WRITE})
    @RateLimited("catalogue-writes")
    @POST
    @Path("/{sku}/pause")
    @Operation(summary = "Takes the product out of partners' catalogue until it is resumed")
    @Refuses("404 not-found")
    public ProductView pause(@PathParam("sku") String sku) {
        return catalogue.pause(sku);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CATALOGUE_WRITE})
    @RateLimited("catalogue-writes")
    @POST
    @Path("/{sku}/resume")
    @Operation(summary = "Puts the product back in partners' catalogue after a pause")
    @Refuses("404 not-found")
    public ProductView resume(@PathParam("sku") String sku) {
        return catalogue.resume(sku);
    }

    @RolesAllowed({Roles.ADMIN, Roles.STOCK})
    @RateLimited("catalogue-writes")
    @POST
    @Path("/{sku}/restock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds (or, negative, removes) stock; 409 if it would fall below zero")
    @Refuses({"404 not-found", "409 not-enough-stock", "422 quantity-missing", "422 quantity-zero"})
    public ProductView restock(@PathParam("sku") String sku, @Valid Restock restock) {
        if (restock == null || restock.quantity() == null) {
            throw new BusinessRuleException("quantity-missing", "Send {\"quantity\": n}");
        }
        return catalogue.restock(sku, restock.quantity());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CATALOGUE_WRITE})
    @RateLimited("catalogue-writes")
    @DELETE
    @Path("/{sku}")
    @Operation(summary = "Removes the product from the catalogue; partners' next delta reports it removed")
    @APIResponse(responseCode = "204", description = "The product is removed")
    @Refuses("404 not-found")
    public Response delete(@PathParam("sku") String sku) {
        catalogue.delete(sku);
        return Response.noContent().build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.CATALOGUE_WRITE})
    @RateLimited("catalogue-writes")
    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Imports a JSON array of products all or nothing; existing SKUs are updated and their stock set."
            + " 422 lists every wrong line")
    @Refuses({"422 import-empty", "422 import-rejected"})
    public CatalogueImportResult importAll(@BodyLimit(bytes = Limits.MAX_IMPORT_BYTES) @CheckedLineByLine
                                           @Size(max = Limits.MAX_IMPORT_LINES) List<ProductDraft> drafts) {
        return new CatalogueImportResult(importer.importAll(drafts));
    }

    /** How many products an import created or updated. */
    public record CatalogueImportResult(int imported) {
    }
}
