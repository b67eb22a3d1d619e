package org.fedmarket.inventory.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartnerCatalogueResourceTest {

    @Test
    void gzipIsSentToThoseWhoTakeIt() {
        assertTrue(PartnerCatalogueResource.acceptsGzip("gzip"));
        assertTrue(PartnerCatalogueResource.acceptsGzip("br, GZIP;q=0.5"));
        assertTrue(PartnerCatalogueResource.acceptsGzip("deflate, *"));
        assertTrue(PartnerCatalogueResource.acceptsGzip("*;q=0, gzip"), "named beats the star");
        assertFalse(PartnerCatalogueResource.acceptsGzip(null));
        assertFalse(PartnerCatalogueResource.acceptsGzip("identity"));
        assertFalse(PartnerCatalogueResource.acceptsGzip("gzip;q=0"));
        assertFalse(PartnerCatalogueResource.acceptsGzip("gzip; q=0.000, *"), "named refusal beats the star");
        assertFalse(PartnerCatalogueResource.acceptsGzip("*;q=0"));
        assertFalse(PartnerCatalogueResource.acceptsGzip("gzip," + "x".repeat(300)), "too long to read");
    }
}
