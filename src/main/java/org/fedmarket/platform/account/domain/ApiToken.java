package org.fedmarket.platform.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** An API token as stored: its public id (the token's SHA-256), name, scopes, and whether it was revoked. */
@Entity
@Table(name = "api_token", schema = "platform")
public class ApiToken {

    @Id
    @Column(name = "public_id")
    private String publicId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String scopes;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected ApiToken() {
    }

    public ApiToken(String publicId, String name, Set<Scope> scopes, String createdBy, OffsetDateTime now) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new BusinessRuleException("token-name-invalid", "A token needs a name of at most 100 characters, e.g. repricing-bot");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new BusinessRuleException("scopes-missing", "A token needs at least one scope");
        }
        this.publicId = publicId;
        this.name = name.strip();
        this.scopes = scopes.stream().sorted().map(Scope::id).collect(Collectors.joining(","));
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void revoke(OffsetDateTime now) {
        if (revokedAt != null) {
            throw new ConflictException("token-revoked", "Token " + publicId + " was revoked already");
        }
        revokedAt = now;
    }

    public boolean active() {
        return revokedAt == null;
    }

    public String publicId() {
        return publicId;
    }

    public String name() {
        return name;
    }

    public Set<Scope> scopes() {
        return Arrays.stream(scopes.split(",")).map(Scope::of).collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime revokedAt() {
        return revokedAt;
    }
}
