package org.fedmarket.hub.api;

import jakarta.validation.constraints.Size;

/** The Hub asks the node at an applicant's base URL to sign {@code nonce} for {@code hub}. */
public record ChallengeRequest(@Size(max = 500) String hub, @Size(max = 40) String shopId, @Size(max = 200) String nonce) {
}
