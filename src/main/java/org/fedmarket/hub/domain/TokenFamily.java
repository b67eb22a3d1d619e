package org.fedmarket.hub.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One session of a member: the chain of refresh tokens that started with one sign-in. Revoking it
 * ends the whole chain and every access token issued in it.
 */
@Entity
@Table(name = "token_family", schema = "hub")
public class TokenFamily {

    @Id
    private UUID id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_reason", length = 64)
    private String revokedReason;

    protected TokenFamily() {
    }

    public TokenFamily(String shopId, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.shopId = shopId;
        this.createdAt = now;
    }

    public void revoke(String reason, OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedReason = reason;
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public UUID id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String revokedReason() {
        return revokedReason;
    }
}
