package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.inventory.persistence.ProductRepository;
import org.fedmarket.platform.market.application.OfferSource;
import org.fedmarket.platform.market.domain.Offer;

import java.math.BigDecimal;
import java.util.List;

/** This shop's own product of a SKU, as an offer in its market situations: its price in its currency, exact stock. */
@ApplicationScoped
public class OwnOffers implements OfferSource {

    @Inject
    ProductRepository products;
    @Inject
    ProductIds ids;

    @Override
    public List<Offer> offers(String sku) {
        return products.offer(sku).map(r -> new Offer(ids.of((String) r[0]), ids.shopId(), (String) r[0], (String) r[1],
                price((BigDecimal) r[2]), ((String) r[3]).strip(), ((Number) r[4]).intValue(), (String) r[5], (Boolean) r[6]))
                .stream().toList();
    }

    /** 20.0000 as stored → 20.00; 0.125 stays. */
    private static BigDecimal price(BigDecimal stored) {
        BigDecimal plain = stored.stripTrailingZeros();
        return plain.scale() < 2 ? plain.setScale(2) : plain;
    }
}
