package org.fedmarket.federation.application;

/** A member left the directory (it left, was suspended, or this shop's own membership ended). */
public record PartnerGone(String shopId) {
}
