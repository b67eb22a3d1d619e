package org.fedmarket.platform.keys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * One signing key pair of this node. The key is <em>current</em> (signs) while it has no
 * retirement time, in its <em>grace</em> period (still verifies, no longer signs) until then, and
 * <em>retired</em> (neither) afterwards. Only the encrypted private key is stored.
 */
@Entity
@Table(name = "signing_key", schema = "platform")
public class SigningKey {

    public enum State { CURRENT, GRACE, RETIRED }

    @Id
    @Column(length = 64)
    private String kid;

    @Column(nullable = false, length = 16)
    private String algorithm;

    @Column(name = "public_jwk", nullable = false)
    private String publicJwk;

    @Column(name = "private_key", nullable = false)
    private byte[] encryptedPrivateKey;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "retire_after")
    private OffsetDateTime retireAfter;

    protected SigningKey() {
    }

    public SigningKey(String kid, String algorithm, String publicJwk, byte[] encryptedPrivateKey, OffsetDateTime createdAt) {
        this.kid = kid;
        this.algorithm = algorithm;
        this.publicJwk = publicJwk;
        this.encryptedPrivateKey = encryptedPrivateKey.clone();
        this.createdAt = createdAt;
    }

    public State stateAt(OffsetDateTime now) {
        if (retireAfter == null) {
            return State.CURRENT;
        }
        return retireAfter.isAfter(now) ? State.GRACE : State.RETIRED;
    }

    /** Stops signing now and stops verifying at {@code when}. */
    public void retireAt(OffsetDateTime when) {
        if (retireAfter == null || when.isBefore(retireAfter)) {
            retireAfter = when.isBefore(createdAt) ? createdAt : when;
        }
    }

    public String kid() {
        return kid;
    }

    public String algorithm() {
        return algorithm;
    }

    public String publicJwk() {
        return publicJwk;
    }

    public byte[] encryptedPrivateKey() {
        return encryptedPrivateKey.clone();
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime retireAfter() {
        return retireAfter;
    }
}
