package org.fedmarket.platform.keys.application;

import org.fedmarket.platform.keys.domain.SigningKey;

import java.time.OffsetDateTime;

/** A signing key as administrators see it: never its private half. */
public record KeyDescription(String kid, String algorithm, SigningKey.State state, OffsetDateTime createdAt,
                             OffsetDateTime retireAfter) {

    static KeyDescription of(SigningKey key, OffsetDateTime now) {
        return new KeyDescription(key.kid(), key.algorithm(), key.stateAt(now), key.createdAt(), key.retireAfter());
    }
}
