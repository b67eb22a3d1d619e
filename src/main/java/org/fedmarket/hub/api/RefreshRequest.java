package org.fedmarket.hub.api;

import jakarta.validation.constraints.Size;

public record RefreshRequest(@Size(max = 500) String refreshToken) {
}
