package org.fedmarket.federation.application;

import org.fedmarket.platform.partner.PartnersChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.fedmarket.federation.domain.DirectoryMember;
import org.fedmarket.federation.domain.HubMembership;
import org.fedmarket.federation.persistence.MembershipRepository;
import org.fedmarket.hub.api.RegistryEntry;
import org.fedmarket.hub.api.RegistryView;
import org.fedmarket.platform.keys.application.KeyEncryption;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The shop's membership record and directory, each change in its own transaction. Directory changes
 * from push and poll are applied under the membership row's lock and only move entries forward in
 * registry versions, so both paths converge on the Hub's view.
 */
@ApplicationScoped
public class MembershipStore {

    private static final String REFRESH_AAD = "hub-refresh-token";

    @Inject
    Clock clock;
    @Inject
    MembershipRepository repository;
    @Inject
    KeyEncryption encryption;
    @Inject
    Event<PartnerGone> partnerGone;
    @Inject
    Event<PartnersChanged> changed;

    @Transactional
    public Optional<HubMembership> membership() {
        return repository.membership();
    }

    @Transactional
    public HubMembership applied(String hubUrl, String shopId, String kid) {
        OffsetDateTime now = now();
        HubMembership membership = repository.lockMembership().orElse(null);
        if (membership == null) {
            membership = new HubMembership(hubUrl, shopId, now);
            repository.add(membership);
        } else {
            membership.reapply(hubUrl, now);
            repository.clearDirectory();
        }
        membership.keysPublished(kid);
        return membership;
    }

    @Transactional
    public void activated() {
        repository.lockMembership().orElseThrow().activated(now());
    }

    @Transactional
    public void storeRefreshToken(String refreshToken) {
        repository.lockMembership().orElseThrow().storeRefreshToken(seal(refreshToken));
    }

    @Transactional
    public Optional<String> refreshToken() {
        return repository.membership().map(HubMembership::sealedRefreshToken)
                .map(sealed -> new String(encryption.open(sealed, REFRESH_AAD), StandardCharsets.UTF_8));
    }

    /** The membership ended (left, suspended, rejected): the directory is emptied, the tokens forgotten. */
    @Transactional
    public void ended(HubMembership.Status why) {
        repository.lockMembership().ifPresent(m -> m.ended(why));
        repository.activeMembers().forEach(m -> partnerGone.fire(new PartnerGone(m.shopId())));
        repository.clearDirectory();
        changed.fire(new PartnersChanged());
    }

    @Transactional
    public void keysPublished(String kid) {
        repository.lockMembership().ifPresent(m -> m.keysPublished(kid));
    }

    @Transactional
    public void syncFailed(String error) {
        repository.lockMembership().ifPresent(m -> m.syncFailed(error));
    }

    @Transactional
    public void unchanged(String etag) {
        repository.lockMembership().ifPresent(m -> m.synced(m.registryVersion(), etag, now()));
    }

    /** Applies a registry view (whole or delta) from a poll. */
    @Transactional
    public void apply(RegistryView view, String etag, String ownShopId) {
        HubMembership membership = repository.lockMembership().orElseThrow();
        OffsetDateTime now = now();
        if (view.since() == null) {
            List<String> listed = view.members().stream().map(RegistryEntry::id).toList();
            repository.activeMembers().stream().filter(m -> !listed.contains(m.shopId()))
                    .forEach(m -> remove(m, view.version(), now));
        }
        for (RegistryEntry entry : view.members()) {
            if (!entry.id().equals(ownShopId)) {
                upsert(entry, now);
            }
        }
        for (String removed : view.removed()) {
            remove(repository.memberOrNew(removed), view.version(), now);
        }
        membership.synced(Math.max(view.version(), membership.registryVersion()), etag, now);
        changed.fire(new PartnersChanged());
    }

    /**
     * Applies one pushed event; true if this shop's copy is now complete up to the event's version,
     * false if versions before it are missing (then a poll fills the gap).
     */
    @Transactional
    public boolean applyEvent(long version, Optional<RegistryEntry> entry, String removedId, String ownShopId) {
        HubMembership membership = repository.lockMembership().orElseThrow();
        OffsetDateTime now = now();
        changed.fire(new PartnersChanged());
        if (entry.isPresent()) {
            if (!entry.get().id().equals(ownShopId)) {
                upsert(entry.get(), now);
            }
        } else if (removedId != null && !removedId.equals(ownShopId)) {
            remove(repository.memberOrNew(removedId), version, now);
        }
        if (version == membership.registryVersion() + 1) {
            membership.synced(version, null, now);
            return true;
        }
        return version <= membership.registryVersion();
    }

    @Transactional
    public List<DirectoryMember> directory() {
        return repository.activeMembers();
    }

    @Transactional
    public Optional<DirectoryMember> member(String shopId) {
        return repository.member(shopId).filter(DirectoryMember::active);
    }

    private void remove(DirectoryMember member, long version, OffsetDateTime now) {
        boolean wasActive = member.active();
        if (member.remove(version, now) && wasActive) {
            partnerGone.fire(new PartnerGone(member.shopId()));
        }
    }

    /** The key {@code kid} of an active member, if it is valid now. */
    @Transactional
    public Optional<JWK> memberKey(String shopId, String kid) {
        return member(shopId).flatMap(m -> {
            try {
                return Optional.ofNullable(JWKSet.parse(m.jwks()).getKeyByKeyId(kid));
            } catch (ParseException e) {
                return Optional.empty();
            }
        }).filter(k -> k.getExpirationTime() == null || k.getExpirationTime().toInstant().isAfter(java.time.Instant.now(clock)));
    }

    private void upsert(RegistryEntry entry, OffsetDateTime now) {
        JsonObject jwks = entry.jwks();
        repository.memberOrNew(entry.id()).update(entry.name(), entry.baseUrl(), entry.joinedAt(),
                jwks == null ? "{\"keys\":[]}" : jwks.toString(), entry.version(), now);
    }

    private byte[] seal(String token) {
        return token == null ? null : encryption.seal(token.getBytes(StandardCharsets.UTF_8), REFRESH_AAD);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
