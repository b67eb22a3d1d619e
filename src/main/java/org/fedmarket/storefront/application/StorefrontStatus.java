package org.fedmarket.storefront.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.storefront.persistence.OfferRepository;

import java.time.OffsetDateTime;
import java.util.List;

/** What the operator sees of the storefront: the offers it sells per seller, and how far it follows the catalogue. */
@ApplicationScoped
public class StorefrontStatus {

    /** A seller's offers in the storefront: how many, how many out of stock, when one last changed. */
    public record SellerOffers(String seller, String name, boolean own, long offers, long outOfStock, OffsetDateTime lastChange) {
    }

    @Inject
    OfferRepository offers;
    @Inject
    OfferIndex index;

    @Transactional
    public List<SellerOffers> sellers() {
        return offers.countsBySeller().stream().map(r -> new SellerOffers((String) r[0], (String) r[1], (Boolean) r[2],
                (Long) r[3], (Long) r[4], (OffsetDateTime) r[5])).toList();
    }

    @Transactional
    public long ownRevision() {
        return offers.sourceRevision(OfferSources.OWN).orElse(0);
    }

    /** Catches up with every source now. */
    public void catchUp() {
        index.catchUpNow();
    }
}
