package org.fedmarket.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.inventory.api.ProductView;
import org.fedmarket.inventory.application.CatalogueService;

import java.util.List;

/** The shop's own catalogue, for its administrators. */
@Path("/inventory/products")
@Tag(name = "inventory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class ProductAdminResource {

    @Inject
    CatalogueService catalogue;

    @GET
    @Operation(summary = "All products of the own catalogue, ordered by SKU")
    public List<ProductView> list() {
        return catalogue.list();
    }
}
