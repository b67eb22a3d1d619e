package org.fedmarket.federation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * Another member as this shop knows it. An entry changes only to a newer registry version; a
 * member that went away stays as an inactive entry without keys.
 */
@Entity
@Table(name = "directory_member", schema = "federation")
public class DirectoryMember {

    private static final String NO_KEYS = "{\"keys\":[]}";

    @Id
    @Column(name = "shop_id", length = 40)
    private String shopId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "base_url", nullable = false, length = 500)
    private String baseUrl;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "joined_at")
    private OffsetDateTime joinedAt;

    @Column(nullable = false)
    private String jwks;

    @Column(name = "registry_version", nullable = false)
    private long registryVersion;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    protected DirectoryMember() {
    }

    public DirectoryMember(String shopId) {
        this.shopId = shopId;
        this.name = shopId;
        this.baseUrl = "";
        this.jwks = NO_KEYS;
        this.registryVersion = -1;
    }

    /** Takes a newer entry; false (and no change) for one not newer than what this shop has. */
    public boolean update(String name, String baseUrl, OffsetDateTime joinedAt, String jwks, long version, OffsetDateTime now) {
        if (version <= registryVersion) {
            return false;
        }
        this.name = name;
        this.baseUrl = baseUrl;
        this.joinedAt = joinedAt;
        this.jwks = jwks;
        this.active = true;
        this.registryVersion = version;
        this.receivedAt = now;
        return true;
    }

    /** The member went away at {@code version}: gone from the directory, its keys no longer verify. */
    public boolean remove(long version, OffsetDateTime now) {
        if (version <= registryVersion) {
            return false;
        }
        this.active = false;
        this.jwks = NO_KEYS;
        this.registryVersion = version;
        this.receivedAt = now;
        return true;
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

    public boolean active() {
        return active;
    }

    public OffsetDateTime joinedAt() {
        return joinedAt;
    }

    public String jwks() {
        return jwks;
    }

    public long registryVersion() {
        return registryVersion;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }
}
