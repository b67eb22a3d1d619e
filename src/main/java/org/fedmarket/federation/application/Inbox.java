package org.fedmarket.federation.application;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.fedmarket.federation.domain.HubMembership;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.hub.api.RegistryEntry;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.keys.application.SignedMessages.InvalidSignatureException;
import org.fedmarket.platform.problem.ConflictException;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Registry events pushed by the Hub: verified with the Hub's published keys, applied to the
 * directory; when an event shows that earlier ones are missing, a poll fetches the gap.
 */
@ApplicationScoped
public class Inbox {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    ShopIdentity identity;
    @Inject
    HubKeys hubKeys;
    @Inject
    MembershipStore store;
    @Inject
    FederationMembership membership;
    @Resource
    ManagedExecutorService executor;

    public void deliver(String signedEvent) {
        SignedJWT jwt = SignedMessages.parse(signedEvent, Protocol.REGISTRY_EVENT);
        JWTClaimsSet claims = SignedMessages.verify(jwt, hubKeys::key, identity.shopId());
        if (!identity.hubUrl().equals(claims.getIssuer())) {
            throw new InvalidSignatureException("Events come from " + identity.hubUrl() + ", not " + claims.getIssuer());
        }
        if (store.membership().filter(m -> m.status() == HubMembership.Status.ACTIVE).isEmpty()) {
            throw new ConflictException("not-a-member", identity.shopId() + " is not an active member and keeps no directory");
        }
        long version;
        Optional<RegistryEntry> entry;
        String removedId;
        try {
            Long claimed = claims.getLongClaim("version");
            Map<String, Object> member = claims.getJSONObjectClaim("member");
            if (claimed == null || member == null || member.get("id") == null) {
                throw new InvalidSignatureException("A registry event needs a version and a member");
            }
            version = claimed;
            entry = "active".equals(member.get("status"))
                    ? Optional.of(JSONB.fromJson(JSONB.toJson(member), RegistryEntry.class)) : Optional.empty();
            removedId = entry.isEmpty() ? String.valueOf(member.get("id")) : null;
        } catch (ParseException | JsonbException e) {
            throw new InvalidSignatureException("Unreadable registry event: " + e.getMessage());
        }
        if (!store.applyEvent(version, entry, removedId, identity.shopId())) {
            executor.execute(membership::syncQuietly);
        }
    }
}
