package org.fedmarket.federation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** This shop's standing with its Hub, and where its copy of the registry stands. One row at most. */
@Entity
@Table(name = "membership", schema = "federation")
public class HubMembership {

    public enum Status { PENDING, ACTIVE, SUSPENDED, LEFT, REJECTED }

    @Id
    private boolean singleton = true;

    @Column(name = "hub_url", nullable = false, length = 500)
    private String hubUrl;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "refresh_token")
    private byte[] sealedRefreshToken;

    @Column(name = "applied_at", nullable = false)
    private OffsetDateTime appliedAt;

    @Column(name = "joined_at")
    private OffsetDateTime joinedAt;

    @Column(name = "registry_version", nullable = false)
    private long registryVersion;

    @Column(name = "registry_etag", length = 100)
    private String registryEtag;

    @Column(name = "last_sync_at")
    private OffsetDateTime lastSyncAt;

    @Column(name = "last_sync_error", length = 500)
    private String lastSyncError;

    @Column(name = "published_kid", length = 64)
    private String publishedKid;

    protected HubMembership() {
    }

    public HubMembership(String hubUrl, String shopId, OffsetDateTime now) {
        this.hubUrl = hubUrl;
        this.shopId = shopId;
        this.appliedAt = now;
        this.status = Status.PENDING;
    }

    /** A new application (again, after leaving or a rejection): the old registry copy no longer counts. */
    public void reapply(String hubUrl, OffsetDateTime now) {
        this.hubUrl = hubUrl;
        this.appliedAt = now;
        this.joinedAt = null;
        this.status = Status.PENDING;
        this.registryVersion = 0;
        this.registryEtag = null;
        this.sealedRefreshToken = null;
    }

    public void activated(OffsetDateTime now) {
        if (status != Status.ACTIVE) {
            joinedAt = joinedAt == null ? now : joinedAt;
            status = Status.ACTIVE;
        }
    }

    /** Suspended, rejected or left: tokens and the registry copy are void; a reinstated shop reads the registry anew. */
    public void ended(Status why) {
        status = why;
        sealedRefreshToken = null;
        registryVersion = 0;
        registryEtag = null;
    }

    public void synced(long version, String etag, OffsetDateTime now) {
        registryVersion = version;
        registryEtag = etag;
        lastSyncAt = now;
        lastSyncError = null;
    }

    public void syncFailed(String error) {
        lastSyncError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    }

    public void keysPublished(String kid) {
        publishedKid = kid;
    }

    public void storeRefreshToken(byte[] sealed) {
        sealedRefreshToken = sealed == null ? null : sealed.clone();
    }

    public byte[] sealedRefreshToken() {
        return sealedRefreshToken == null ? null : sealedRefreshToken.clone();
    }

    public String hubUrl() {
        return hubUrl;
    }

    public String shopId() {
        return shopId;
    }

    public Status status() {
        return status;
    }

    public OffsetDateTime appliedAt() {
        return appliedAt;
    }

    public OffsetDateTime joinedAt() {
        return joinedAt;
    }

    public long registryVersion() {
        return registryVersion;
    }

    public String registryEtag() {
        return registryEtag;
    }

    public OffsetDateTime lastSyncAt() {
        return lastSyncAt;
    }

    public String lastSyncError() {
        return lastSyncError;
    }

    public String publishedKid() {
        return publishedKid;
    }
}
