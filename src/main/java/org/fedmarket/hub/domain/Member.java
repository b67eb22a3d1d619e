package org.fedmarket.hub.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.fedmarket.platform.problem.ConflictException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A shop that applied to or belongs to the federation. Status changes follow
 * PENDING → ACTIVE | REJECTED, ACTIVE ⇄ SUSPENDED, ACTIVE | SUSPENDED → LEFT; each change that
 * members can see stamps the registry version it happened in.
 */
@Entity
@Table(name = "member", schema = "hub")
public class Member {

    @Id
    @Column(name = "shop_id", length = 40)
    private String shopId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "base_url", nullable = false, length = 500)
    private String baseUrl;

    @Column(name = "accepts_push", nullable = false)
    private boolean acceptsPush;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberStatus status;

    @Column(name = "applied_at", nullable = false)
    private OffsetDateTime appliedAt;

    @Column(name = "joined_at")
    private OffsetDateTime joinedAt;

    @Column(name = "status_changed_at", nullable = false)
    private OffsetDateTime statusChangedAt;

    @Column(name = "registry_version", nullable = false)
    private long registryVersion;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "shop_id", referencedColumnName = "shop_id", insertable = false, updatable = false)
    @OrderBy("notBefore DESC")
    private List<MemberKey> keys = new ArrayList<>();

    protected Member() {
    }

    public Member(String shopId, String name, String baseUrl, boolean acceptsPush, OffsetDateTime now) {
        this.shopId = shopId;
        this.name = name;
        this.baseUrl = baseUrl;
        this.acceptsPush = acceptsPush;
        this.status = MemberStatus.PENDING;
        this.appliedAt = now;
        this.statusChangedAt = now;
    }

    /** A former member (left or rejected) applies again under its old id. */
    public void reapply(String name, String baseUrl, boolean acceptsPush, OffsetDateTime now) {
        if (status.holdsIdentity()) {
            throw new ConflictException("shop-id-taken", "The shop id " + shopId + " belongs to a member");
        }
        this.name = name;
        this.baseUrl = baseUrl;
        this.acceptsPush = acceptsPush;
        this.appliedAt = now;
        this.joinedAt = null;
        moveTo(MemberStatus.PENDING, now);
    }

    public void activate(OffsetDateTime now, long version) {
        require(MemberStatus.PENDING, "approved");
        joinedAt = now;
        moveTo(MemberStatus.ACTIVE, now);
        registryVersion = version;
    }

    public void reject(OffsetDateTime now) {
        require(MemberStatus.PENDING, "rejected");
        moveTo(MemberStatus.REJECTED, now);
    }

    public void suspend(OffsetDateTime now, long version) {
        require(MemberStatus.ACTIVE, "suspended");
        moveTo(MemberStatus.SUSPENDED, now);
        registryVersion = version;
    }

    public void reinstate(OffsetDateTime now, long version) {
        require(MemberStatus.SUSPENDED, "reinstated");
        moveTo(MemberStatus.ACTIVE, now);
        registryVersion = version;
    }

    /** Leaves the federation; its keys stop verifying at once. */
    public void leave(OffsetDateTime now, long version) {
        if (status != MemberStatus.ACTIVE && status != MemberStatus.SUSPENDED) {
            throw new ConflictException("not-a-member", shopId + " is " + status.name().toLowerCase() + ", not a member");
        }
        moveTo(MemberStatus.LEFT, now);
        keys.forEach(k -> k.expireAt(now));
        registryVersion = version;
    }

    /** Replaces the published keys: new ones are added, those no longer listed stop verifying now. */
    public void replaceKeys(List<MemberKey> published, OffsetDateTime now, long version) {
        for (MemberKey existing : keys) {
            Optional<MemberKey> again = published.stream().filter(k -> k.kid().equals(existing.kid())).findFirst();
            // listed again: it verifies until the exp it is listed with (none: no end); not listed: it stops now
            existing.expireAt(again.isPresent() ? again.get().expiresAt() : now);
        }
        for (MemberKey key : published) {
            if (key(key.kid()).isEmpty()) {
                keys.add(key);
            }
        }
        registryVersion = version;
    }

    public void addKey(MemberKey key) {
        if (key(key.kid()).isEmpty()) {
            keys.add(key);
        }
    }

    public Optional<MemberKey> key(String kid) {
        return keys.stream().filter(k -> k.kid().equals(kid)).findFirst();
    }

    /** Keys that verify this member's signatures at {@code now}. */
    public List<MemberKey> keysValidAt(OffsetDateTime now) {
        return keys.stream().filter(k -> k.validAt(now)).toList();
    }

    private void require(MemberStatus expected, String verb) {
        if (status != expected) {
            throw new ConflictException("member-status", shopId + " is " + status.name().toLowerCase()
                    + " and cannot be " + verb);
        }
    }

    private void moveTo(MemberStatus next, OffsetDateTime now) {
        status = next;
        statusChangedAt = now;
    }

    public String shopId() {
        return shopId;
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public boolean acceptsPush() {
        return acceptsPush;
    }

    public MemberStatus status() {
        return status;
    }

    public OffsetDateTime appliedAt() {
        return appliedAt;
    }

    public OffsetDateTime joinedAt() {
        return joinedAt;
    }

    public OffsetDateTime statusChangedAt() {
        return statusChangedAt;
    }

    public long registryVersion() {
        return registryVersion;
    }

    public List<MemberKey> keys() {
        return List.copyOf(keys);
    }
}
