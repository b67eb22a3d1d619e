package org.fedmarket.hub.api;

public record RefreshRequest(String refreshToken) {
}
