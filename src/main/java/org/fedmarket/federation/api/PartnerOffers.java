package org.fedmarket.federation.api;

import java.util.List;
import java.util.Set;

/** Partners' products this shop resells, as its storefront sells them. */
public interface PartnerOffers {

    /** The partners whose products this shop lists now. */
    Set<String> partners();

    /** The partner's products this shop lists, at this shop's price; empty when it lists none (any more). */
    List<PartnerOffer> offers(String partner);
}
