package org.fedmarket.hub.api;

import jakarta.json.JsonObject;

import java.time.OffsetDateTime;

/** One active member as the registry shows it; {@code jwks} holds its keys with their validity (nbf/exp). */
public record RegistryEntry(String id, String name, String baseUrl, String status, OffsetDateTime joinedAt,
                            long version, JsonObject jwks) {
}
