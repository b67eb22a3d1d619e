package org.fedmarket.storefront.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.federation.api.PartnerOffer;
import org.fedmarket.federation.api.PartnerOffers;
import org.fedmarket.inventory.api.ProductId;
import org.fedmarket.inventory.api.ShopCatalogue;
import org.fedmarket.inventory.api.ShopProduct;
import org.fedmarket.inventory.api.ShopProducts;
import org.fedmarket.storefront.domain.Offer;
import org.fedmarket.storefront.persistence.OfferRepository;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One catch-up of the storefront's copy with one source, one transaction each: the own catalogue by revision (only
 * what changed since the last catch-up), a partner's listings whole (compared row by row, so only changed rows are
 * written).
 */
@ApplicationScoped
public class OfferSources {

    static final String OWN = "own";
    private static final Logger LOG = Logger.getLogger(OfferSources.class.getName());

    @Inject
    ShopCatalogue catalogue;
    @Inject
    OfferRepository offers;
    @Inject
    StorefrontSettings settings;

    @Transactional
    public void catchUpOwn() {
        long since = offers.sourceRevision(OWN).orElse(0);
        ShopProducts products = catalogue.changedSince(since);
        if (products.revision() == since && products.changed().isEmpty()) {
            return;
        }
        List<Offer> listed = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        for (ShopProduct p : products.changed()) {
            if (p.listed() && p.priceUsd() != null) {
                listed.add(offer(p));
            } else {
                unlisted.add(p.id()); // paused, deleted, or in a currency without a rate: not for sale
            }
        }
        store(listed);
        if (!unlisted.isEmpty()) {
            offers.remove(unlisted);
        }
        offers.sourceRevision(OWN, products.revision());
        LOG.fine(() -> "Storefront followed the own catalogue to revision " + products.revision() + ": " + listed.size()
                + " offers, " + unlisted.size() + " removed");
    }

    /** Follows every partner that has listings now; drops the offers of partners that have none any more. */
    @Transactional
    public void catchUpPartners(PartnerOffers partners) {
        Set<String> current = partners == null ? Set.of() : partners.partners();
        offers.removePartnersExcept(current);
        Set<String> all = new HashSet<>(current);
        all.addAll(offers.partnerSellers());
        for (String partner : all) {
            if (partners != null) {
                catchUpPartner(partners, partner);
            }
        }
    }

    @Transactional
    public void catchUpPartner(PartnerOffers partners, String partner) {
        List<Offer> listed = partners.offers(partner).stream().map(OfferSources::offer).toList();
        store(listed);
        offers.removeOfSellerExcept(partner, listed.stream().map(Offer::productId).collect(Collectors.toSet()));
    }

    private void store(List<Offer> listed) {
        if (listed.isEmpty()) {
            return;
        }
        offers.upsert(listed);
        Set<String> words = new HashSet<>();
        listed.forEach(o -> words.addAll(o.words()));
        offers.addTerms(words);
    }

    private Offer offer(ShopProduct p) {
        String seller = ProductId.parse(p.id()).map(ProductId::shop).orElseThrow();
        return new Offer(p.id(), seller, true, settings.name(), p.name(), p.description(), p.imageUrl(), p.price(),
                p.currency(), p.priceUsd(), p.availability(), true, p.updatedAt());
    }

    private static Offer offer(PartnerOffer p) {
        return new Offer(p.productId(), p.partner(), false, p.partnerName(), p.name(), p.description(), p.imageUrl(),
                p.priceUsd(), "USD", p.priceUsd(), p.availability(), p.promoted(), p.updatedAt());
    }
}
