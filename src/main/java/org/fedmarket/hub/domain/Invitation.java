package org.fedmarket.hub.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.DomainException;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A single-use code that admits one shop without an administrator's approval, until it expires. */
@Entity
@Table(name = "invitation", schema = "hub")
public class Invitation {

    public enum State { OPEN, USED, EXPIRED, REVOKED }

    /** The invitation has run out (410). */
    public static class ExpiredException extends DomainException {
        public ExpiredException(String detail) {
            this("invitation-expired", detail);
        }

        ExpiredException(String slug, String detail) {
            super(slug, "Invitation no longer valid", 410, detail);
        }
    }

    @Id
    private UUID id;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(nullable = false, length = 200)
    private String note;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Column(name = "used_by", length = 40)
    private String usedBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    protected Invitation() {
    }

    public Invitation(String codeHash, String note, String createdBy, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        this.id = UUID.randomUUID();
        this.codeHash = codeHash;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public State stateAt(OffsetDateTime now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return expiresAt.isAfter(now) ? State.OPEN : State.EXPIRED;
    }

    /** Spends the invitation on {@code shopId}; a used or expired one is refused. */
    public void use(String shopId, OffsetDateTime now) {
        switch (stateAt(now)) {
            case USED -> throw new ConflictException("invitation-used", "This invitation code has already been used");
            case EXPIRED -> throw new ExpiredException("This invitation code expired at " + expiresAt);
            case REVOKED -> throw new ExpiredException("invitation-revoked", "This invitation code was revoked");
            case OPEN -> {
                usedAt = now;
                usedBy = shopId;
            }
        }
    }

    /** Revokes an invitation not used yet; a used one is refused (revoking it would admit nobody and expel nobody). */
    public void revoke(String by, OffsetDateTime now) {
        switch (stateAt(now)) {
            case USED -> throw new ConflictException("invitation-used", "This invitation code was used by " + usedBy
                    + ": suspend the member instead");
            case REVOKED -> throw new ConflictException("invitation-revoked", "This invitation code was revoked already");
            case OPEN, EXPIRED -> {
                revokedAt = now;
                revokedBy = by;
            }
        }
    }

    public UUID id() {
        return id;
    }

    public String note() {
        return note;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public OffsetDateTime usedAt() {
        return usedAt;
    }

    public String usedBy() {
        return usedBy;
    }

    public String revokedBy() {
        return revokedBy;
    }
}
