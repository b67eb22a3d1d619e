package org.fedmarket.federation.application;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The Hub's public keys, fetched from its JWKS and cached; an unknown kid (the Hub rotated) fetches
 * them again, at most once per 30 seconds (FEDERATION.md, "Node keys").
 */
@ApplicationScoped
public class HubKeys {

    private static final Duration REFETCH_PAUSE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    Clock clock;
    @Inject
    ShopIdentity identity;

    private volatile JWKSet keys = new JWKSet();
    private volatile Instant fetchedAt = Instant.EPOCH;

    public Optional<JWK> key(String kid) {
        JWK key = keys.getKeyByKeyId(kid);
        if (key == null && Instant.now(clock).isAfter(fetchedAt.plus(REFETCH_PAUSE))) {
            fetch();
            key = keys.getKeyByKeyId(kid);
        }
        return Optional.ofNullable(key);
    }

    private synchronized void fetch() {
        fetchedAt = Instant.now(clock);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(identity.hubUrl() + "/api/node/jwks"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                keys = JWKSet.parse(response.body());
            }
        } catch (IOException | ParseException e) {
            // keep the keys we have; the next unknown kid tries again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
