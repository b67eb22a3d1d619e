package org.fedmarket.platform.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.problem.ConflictException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/** A person who administers this node. Only the password's PBKDF2 hash is stored. */
@Entity
@Table(name = "admin_account", schema = "platform")
public class AdminAccount {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "disabled_at")
    private OffsetDateTime disabledAt;

    @Column(name = "disabled_by", length = 64)
    private String disabledBy;

    @Column(name = "credentials_changed_at", nullable = false)
    private OffsetDateTime credentialsChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "admin_account_role", schema = "platform", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    private Set<String> roles = new HashSet<>();

    protected AdminAccount() {
    }

    public AdminAccount(Username username, String passwordHash) {
        this.username = username.value();
        this.passwordHash = passwordHash;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.credentialsChangedAt = createdAt;
        this.roles.add(Roles.ADMIN); // the role every administrator holds
    }

    /** Disables another administrator: they can no longer sign in, and their sessions end at their next request. */
    public void disable(String by, OffsetDateTime now) {
        if (username.equals(by)) {
            throw new ConflictException("account-self", "You cannot disable your own account: ask another administrator");
        }
        if (disabledAt == null) {
            disabledAt = now;
            disabledBy = by;
        }
    }

    public void enable() {
        disabledAt = null;
        disabledBy = null;
    }

    /** A new password; sessions signed in before now end. */
    public void changePassword(String newHash, OffsetDateTime now) {
        passwordHash = newHash;
        credentialsChangedAt = now;
    }

    public boolean disabled() {
        return disabledAt != null;
    }

    public OffsetDateTime disabledAt() {
        return disabledAt;
    }

    public String disabledBy() {
        return disabledBy;
    }

    /** Whether a session that signed in at {@code since} still speaks for this account. */
    public boolean sessionValid(java.time.Instant since) {
        return disabledAt == null && !credentialsChangedAt.toInstant().isAfter(since);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }
}
