package org.fedmarket.federation.application;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.federation.domain.HubMembership;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.hub.api.RefreshRequest;
import org.fedmarket.hub.api.TokenGrant;
import org.fedmarket.platform.keys.application.SignedMessages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The shop's access to its Hub: a cached access token, refreshed shortly before it expires with the
 * single-use refresh token; when that fails (expired, revoked) the shop signs in again with its key.
 * One refresh at a time, so the shop never presents a refresh token twice.
 */
@ApplicationScoped
public class HubSession {

    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    @Inject
    Clock clock;
    @Inject
    HubConnection hub;
    @Inject
    MembershipStore store;
    @Inject
    SignedMessages signer;
    @Inject
    ShopIdentity identity;

    private String accessToken;
    private Instant accessExpires = Instant.EPOCH;

    /** {@code Bearer <token>} for the next call to the Hub. */
    public synchronized String bearer() {
        if (accessToken == null || Instant.now(clock).plus(RENEW_BEFORE).isAfter(accessExpires)) {
            TokenGrant grant = renew();
            accept(grant);
        }
        return "Bearer " + accessToken;
    }

    /** Takes the tokens the Hub issued (at admission, or by {@link #bearer()}). */
    public synchronized void accept(TokenGrant grant) {
        accessToken = grant.accessToken();
        accessExpires = Instant.now(clock).plusSeconds(grant.expiresIn());
        store.storeRefreshToken(grant.refreshToken());
    }

    /** Forgets the access token, e.g. after the Hub said it was revoked. */
    public synchronized void forget() {
        accessToken = null;
        accessExpires = Instant.EPOCH;
    }

    /** Signs in with the shop's key: how a pending shop learns of its approval, and how a revoked session is replaced. */
    public synchronized TokenGrant signIn() {
        String assertion = signer.sign(Protocol.SESSION, new JWTClaimsSet.Builder()
                .issuer(identity.shopId()).audience(identity.hubUrl()).build());
        TokenGrant grant = hub.call(api -> api.openSession(assertion));
        accept(grant);
        return grant;
    }

    private TokenGrant renew() {
        Optional<String> refresh = store.membership().filter(m -> m.status() == HubMembership.Status.ACTIVE)
                .flatMap(m -> store.refreshToken());
        if (refresh.isPresent()) {
            try {
                return hub.call(api -> api.refresh(new RefreshRequest(refresh.get())));
            } catch (HubRefusedException e) {
                if (e.status() != 401) {
                    throw e;
                }
                // expired, reused or revoked: the key is the way back in
            }
        }
        return signIn();
    }
}
