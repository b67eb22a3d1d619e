package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.federation.api.PartnerOffer;
import org.fedmarket.federation.api.PartnerOffers;
import org.fedmarket.federation.domain.DirectoryMember;
import org.fedmarket.federation.domain.Right;
import org.fedmarket.federation.persistence.MembershipRepository;
import org.fedmarket.federation.persistence.PartnerTradeRepository;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Partners' listings as the storefront sells them, named as the directory names their shops. */
@ApplicationScoped
public class ResoldOffers implements PartnerOffers {

    @Inject
    PartnerTradeRepository trade;
    @Inject
    MembershipRepository directory;
    @Inject
    Partnerships partnerships;

    @Override
    @Transactional
    public Set<String> partners() {
        return trade.feeds().stream().map(f -> f.partner()).collect(Collectors.toSet());
    }

    @Override
    @Transactional
    public List<PartnerOffer> offers(String partner) {
        String name = directory.member(partner).map(DirectoryMember::name).orElse(partner);
        boolean promoted = partnerships.partnersGranting(Right.CO_PROMOTE).contains(partner);
        return trade.listings(partner).stream().map(l -> new PartnerOffer(l.productId(), partner, name, l.name(),
                l.description(), l.imageUrl(), l.priceUsd(), l.availability(), promoted, l.updatedAt() != null ? l.updatedAt() : l.syncedAt())).toList();
    }
}
