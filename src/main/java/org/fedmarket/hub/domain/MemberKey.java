package org.fedmarket.hub.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One public key of a member, as a JWK, with the window in which it verifies. */
@Entity
@Table(name = "member_key", schema = "hub")
@IdClass(MemberKey.Id.class)
public class MemberKey {

    public static class Id implements Serializable {
        String shopId;
        String kid;

        public Id() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && Objects.equals(shopId, other.shopId) && Objects.equals(kid, other.kid);
        }

        @Override
        public int hashCode() {
            return Objects.hash(shopId, kid);
        }
    }

    @jakarta.persistence.Id
    @Column(name = "shop_id", length = 40)
    private String shopId;

    @jakarta.persistence.Id
    @Column(length = 64)
    private String kid;

    @Column(name = "public_jwk", nullable = false)
    private String publicJwk;

    @Column(name = "not_before", nullable = false)
    private OffsetDateTime notBefore;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    protected MemberKey() {
    }

    public MemberKey(String shopId, String kid, String publicJwk, OffsetDateTime notBefore, OffsetDateTime expiresAt) {
        this.shopId = shopId;
        this.kid = kid;
        this.publicJwk = publicJwk;
        this.notBefore = notBefore;
        this.expiresAt = expiresAt;
    }

    public boolean validAt(OffsetDateTime now) {
        return !notBefore.isAfter(now) && (expiresAt == null || expiresAt.isAfter(now));
    }

    /** Stops verifying at {@code when} (never later than an end already set). */
    void expireAt(OffsetDateTime when) {
        if (when != null && (expiresAt == null || when.isBefore(expiresAt))) {
            expiresAt = when.isBefore(notBefore) ? notBefore : when;
        }
    }

    public String kid() {
        return kid;
    }

    public String publicJwk() {
        return publicJwk;
    }

    public OffsetDateTime notBefore() {
        return notBefore;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }
}
