package org.fedmarket.hub.api;

/** A member's token pair: a short-lived JWT for calls and a single-use refresh token for the next pair. */
public record TokenGrant(String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn) {
}
