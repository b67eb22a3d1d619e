package org.fedmarket.hub.api;

/** The answer to an application: {@code active} with tokens (invitation), or {@code pending} without. */
public record JoinOutcome(String shopId, String status, TokenGrant tokens) {
}
