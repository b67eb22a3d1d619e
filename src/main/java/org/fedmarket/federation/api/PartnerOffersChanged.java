package org.fedmarket.federation.api;

/** A partner's listings changed (fired inside the changing transaction; observe it after success to read them). */
public record PartnerOffersChanged(String partner) {
}
