package org.fedmarket.platform.market.application;

import org.fedmarket.platform.market.domain.Offer;

import java.util.List;

/** A module's current offers of a product (by SKU), for the market situation snapshots. */
public interface OfferSource {

    List<Offer> offers(String sku);
}
