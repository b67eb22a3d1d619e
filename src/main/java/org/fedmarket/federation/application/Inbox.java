package org.fedmarket.federation.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.federation.domain.HubMembership;
import org.fedmarket.hub.api.RegistryEntry;
import org.fedmarket.hub.api.RegistryEvent;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.keys.application.SignedMessages.InvalidSignatureException;
import org.fedmarket.platform.problem.ConflictException;

import java.util.Optional;

/**
 * Registry events pushed by the Hub: verified with the Hub's published keys, applied to the
 * directory; when an event shows that earlier ones are missing, a poll fetches the gap.
 */
@ApplicationScoped
public class Inbox {


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
        SignedMessages.Verified<RegistryEvent> message = SignedMessages.read(signedEvent, RegistryEvent.TYPE,
                (hub, kid) -> hubKeys.key(kid), identity.shopId(), RegistryEvent.class, InvalidSignatureException::new);
        if (!identity.hubUrl().equals(message.sender())) {
            throw new InvalidSignatureException("Events come from " + identity.hubUrl() + ", not " + message.sender());
        }
        if (store.membership().filter(m -> m.status() == HubMembership.Status.ACTIVE).isEmpty()) {
            throw new ConflictException("not-a-member", identity.shopId() + " is not an active member and keeps no directory");
        }
        RegistryEvent event = message.body();
        if (!event.complete()) {
            throw new InvalidSignatureException("A registry event needs a version and a member");
        }
        Optional<RegistryEntry> entry = event.activeEntry();
        String removedId = entry.isEmpty() ? event.member().id() : null;
        if (!store.applyEvent(event.version(), entry, removedId, identity.shopId())) {
            executor.execute(membership::syncQuietly);
        }
    }
}
