package org.fedmarket.hub.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A refresh token, known only by its SHA-256; it can be exchanged once, before it expires. */
@Entity
@Table(name = "refresh_token", schema = "hub")
public class RefreshToken {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected RefreshToken() {
    }

    public RefreshToken(String tokenHash, UUID familyId, OffsetDateTime issuedAt, OffsetDateTime expiresAt) {
        this.tokenHash = tokenHash;
        this.familyId = familyId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public boolean used() {
        return usedAt != null;
    }

    public boolean expiredAt(OffsetDateTime now) {
        return !expiresAt.isAfter(now);
    }

    public void markUsed(OffsetDateTime now) {
        usedAt = now;
    }

    public UUID familyId() {
        return familyId;
    }
}
