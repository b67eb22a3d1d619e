package org.fedmarket.federation.application;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.federation.domain.HubMembership;
import org.fedmarket.hub.api.JoinOutcome;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.hub.api.RegistryView;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.keys.application.SigningKeyRotated;
import org.fedmarket.platform.keys.application.SigningKeys;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.NodeSettings;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.schedule.ModuleJobs;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shop's membership: applying (with an invitation or for approval), keeping its directory in
 * step with the Hub's registry (polling, besides the Hub's pushes), telling the Hub about new keys,
 * and leaving. A periodic round does whatever the membership needs next.
 */
@ApplicationScoped
public class FederationMembership {

    private static final Logger LOG = Logger.getLogger(FederationMembership.class.getName());

    @Inject
    ShopIdentity identity;
    @Inject
    HubConnection hub;
    @Inject
    HubSession session;
    @Inject
    MembershipStore store;
    @Inject
    SignedMessages signer;
    @Inject
    SigningKeys keys;
    @Inject
    ModuleJobs jobs;
    @Inject
    NodeSettings nodeSettings;
    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.registry-poll-interval")
    Duration pollInterval;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        jobs.schedule(Module.FEDERATION, "membership", pollInterval, this::round);
    }

    /** A rotated key goes to the Hub at once, not only with the next round. */
    void onKeyRotated(@Observes(during = TransactionPhase.AFTER_SUCCESS) SigningKeyRotated rotation) {
        if (nodeSettings.modules().isOn(Module.FEDERATION)) {
            executor.execute(this::publishKeysIfRotated);
        }
    }

    /** Applies to the Hub; with an invitation code the shop is a member when this returns. */
    @Audited("federation.joined")
    public HubMembership.Status join(Optional<String> invitationCode) {
        Optional<HubMembership> current = store.membership();
        if (current.isPresent() && (current.get().status() == HubMembership.Status.ACTIVE
                || current.get().status() == HubMembership.Status.SUSPENDED)) {
            throw new ConflictException("already-a-member", identity.shopId() + " is already a member of " + current.get().hubUrl());
        }
        RSAKey key = keys.current();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(identity.shopId())
                .audience(identity.hubUrl())
                .claim("name", identity.name())
                .claim("baseUrl", identity.baseUrl())
                .claim("acceptsPush", identity.acceptsPush())
                .claim("jwks", keys.published().toJSONObject());
        invitationCode.ifPresent(code -> claims.claim("invitation", code));
        String request = signer.sign(Protocol.JOIN, claims.build());
        JoinOutcome outcome = hub.call(api -> api.apply(request)); // a refusal leaves no trace here
        store.applied(identity.hubUrl(), identity.shopId(), key.getKeyID());
        if ("active".equals(outcome.status()) && outcome.tokens() != null) {
            store.activated();
            session.accept(outcome.tokens());
            LOG.info("Joined the federation of " + identity.hubUrl() + " as " + identity.shopId());
            syncQuietly();
            return HubMembership.Status.ACTIVE;
        }
        LOG.info("Applied to " + identity.hubUrl() + " as " + identity.shopId() + "; awaiting approval");
        return HubMembership.Status.PENDING;
    }

    public MembershipView status() {
        return MembershipView.of(identity, store.membership().orElse(null), store.directory().size());
    }

    public java.util.List<DirectoryEntry> directory() {
        return store.directory().stream().map(DirectoryEntry::of).toList();
    }

    /** Leaves the federation: the Hub revokes this shop's tokens and tells the members. */
    @Audited("federation.left")
    public void leave() {
        HubMembership membership = store.membership().filter(m -> m.status() == HubMembership.Status.ACTIVE)
                .orElseThrow(() -> new ConflictException("not-a-member", identity.shopId() + " is not an active member"));
        asMember(bearer -> {
            hub.call(api -> {
                api.leave(bearer);
                return null;
            });
            return null;
        });
        session.forget();
        store.ended(HubMembership.Status.LEFT);
        LOG.info("Left the federation of " + membership.hubUrl());
    }

    /** One round of upkeep: learn of an approval, publish rotated keys, poll the registry. */
    public void round() {
        Optional<HubMembership> membership = store.membership();
        if (membership.isEmpty()) {
            return;
        }
        switch (membership.get().status()) {
            case PENDING, SUSPENDED -> awaitAdmission();
            case ACTIVE -> {
                publishKeysIfRotated();
                syncQuietly();
            }
            default -> {
                // left or rejected: nothing to do until the administrator applies again
            }
        }
    }

    private static RegistryView registry(Response response) {
        try {
            return response.readEntity(RegistryView.class);
        } catch (ProcessingException | WebApplicationException e) {
            throw HubRefusedException.unreadable("registry", e);
        }
    }

    /** Fetches what changed in the registry since this shop's version (304 when nothing did). */
    public void sync() {
        try {
            HubMembership membership = store.membership().orElseThrow(() -> new ConflictException("not-a-member",
                    identity.shopId() + " never applied to the Hub; join first"));
            Long since = membership.registryVersion() > 0 ? membership.registryVersion() : null;
            String etag = membership.registryEtag();
            try (Response response = asMember(bearer -> hub.call(api -> ConditionalAnswers.of(() -> api.registry(bearer, since, etag))))) {
                EntityTag tag = response.getEntityTag();
                String newEtag = tag == null ? null : "\"" + tag.getValue() + "\"";
                if (response.getStatus() == 304) {
                    store.unchanged(newEtag == null ? etag : newEtag);
                } else {
                    store.apply(registry(response), newEtag, identity.shopId());
                }
            }
        } catch (HubRefusedException e) {
            store.syncFailed(e.getMessage());
            endIfRefused(e);
            throw e;
        } catch (HubUnreachableException e) {
            store.syncFailed(e.getMessage());
            throw e;
        }
    }

    /** {@link #sync()}, logging instead of throwing: for background rounds. */
    public void syncQuietly() {
        try {
            sync();
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Registry sync failed; the next round tries again: " + e.getMessage());
        }
    }

    private void awaitAdmission() {
        try {
            session.signIn();
            store.activated();
            LOG.info("The Hub admitted " + identity.shopId());
            syncQuietly();
        } catch (HubRefusedException e) {
            endIfRefused(e);
        }
    }

    /** One at a time, from the round or right after a rotation; reads the membership afresh. */
    private synchronized void publishKeysIfRotated() {
        Optional<HubMembership> membership = store.membership().filter(m -> m.status() == HubMembership.Status.ACTIVE);
        if (membership.isEmpty()) {
            return;
        }
        try {
            publishKeys(membership.get());
        } catch (HubRefusedException | HubUnreachableException e) {
            LOG.info("Publishing the rotated key failed; the next round tries again: " + e.getMessage());
        }
    }

    private void publishKeys(HubMembership membership) {
        RSAKey key = keys.current();
        if (key.getKeyID().equals(membership.publishedKid())) {
            return;
        }
        String keySet = signer.sign(Protocol.KEYS, new JWTClaimsSet.Builder()
                .issuer(identity.shopId()).audience(identity.hubUrl())
                .claim("jwks", keys.published().toJSONObject()).build());
        asMember(bearer -> hub.call(api -> {
            api.publishKeys(bearer, keySet);
            return null;
        }));
        store.keysPublished(key.getKeyID());
        LOG.info("Published key " + key.getKeyID() + " to the Hub");
    }

    /**
     * Runs a member call with the current access token; if the Hub refuses the token (revoked, e.g.
     * on suspension), once more with a renewed one — renewing is where the Hub says why.
     */
    private <T> T asMember(java.util.function.Function<String, T> call) {
        try {
            return call.apply(session.bearer());
        } catch (HubRefusedException e) {
            if (e.status() != 401) {
                throw e;
            }
            session.forget();
            return call.apply(session.bearer());
        }
    }

    /** The Hub says this shop is no longer (or not yet) a member: record why. */
    private void endIfRefused(HubRefusedException e) {
        Map<String, HubMembership.Status> endings = Map.of(
                "membership-suspended", HubMembership.Status.SUSPENDED,
                "membership-rejected", HubMembership.Status.REJECTED,
                "membership-ended", HubMembership.Status.LEFT);
        HubMembership.Status ending = endings.get(e.slug());
        if (ending != null) {
            session.forget();
            store.ended(ending);
        }
    }
}
