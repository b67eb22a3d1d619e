package org.fedmarket.inventory.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.inventory.api.ProductView;
import org.fedmarket.inventory.application.CatalogueService;
import org.fedmarket.platform.partner.PartnerCall;

import java.util.List;

/** The catalogue as partners read it: for partners that hold share-inventory, with a signed call token. */
@Path("/v1/products") // PartnerInventoryApi
@Tag(name = "partner calls")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerCatalogueResource {

    @Inject
    CatalogueService catalogue;

    @GET
    @PartnerCall(value = "share-inventory", openWhen = "fedmarket.inventory.open-catalogue")
    @Operation(summary = "The active products of this shop; needs Authorization: FedmarketCall <token> and share-inventory,"
            + " unless the shop opened its catalogue to everyone (fedmarket.inventory.open-catalogue)")
    public List<ProductView> list() {
        return catalogue.list().stream().filter(ProductView::active).toList();
    }
}
