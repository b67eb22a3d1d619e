package org.fedmarket.hub.api;

/** The Hub asks the node at an applicant's base URL to sign {@code nonce} for {@code hub}. */
public record ChallengeRequest(String hub, String shopId, String nonce) {
}
