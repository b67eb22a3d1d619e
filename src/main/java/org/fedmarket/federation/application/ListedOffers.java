package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.federation.persistence.PartnerTradeRepository;
import org.fedmarket.platform.market.application.OfferSource;
import org.fedmarket.platform.market.domain.Offer;

import java.math.BigDecimal;
import java.util.List;

/**
 * Partners' products this shop lists, as offers in its market situations: at this shop's price in USD,
 * with the availability the partner publishes. A partner's product is the same product as another
 * offer when it has the same SKU.
 */
@ApplicationScoped
public class ListedOffers implements OfferSource {

    @Inject
    PartnerTradeRepository repository;

    @Override
    public List<Offer> offers(String sku) {
        return repository.listingsOfSku(sku).stream().map(r -> new Offer((String) r[1], (String) r[0], sku, (String) r[2],
                (BigDecimal) r[3], "USD", null, (String) r[4], true)).toList();
    }
}
