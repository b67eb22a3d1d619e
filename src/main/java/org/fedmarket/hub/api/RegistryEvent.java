package org.fedmarket.hub.api;

import jakarta.json.JsonObject;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A change of the registry the Hub pushes to members that accept pushes (FEDERATION.md, "Pushed registry events"):
 * {@code POST <member base URL>/api/federation/inbox}, {@code application/jose}, type {@value #TYPE}, signed by the
 * Hub. {@code member} is the member's registry entry while it is active, else only its {@code id} and {@code status}.
 */
public record RegistryEvent(String event, Long version, Member member) {

    public static final String TYPE = Protocol.REGISTRY_EVENT;
    /** Where a member receives them, under its base URL. */
    public static final String PATH = "/api/federation/inbox";

    /** The member as the event shows it: its whole entry when active, its id and status otherwise. */
    public record Member(String id, String name, String baseUrl, String status, OffsetDateTime joinedAt, Long version,
                         JsonObject jwks) {

        static Member of(RegistryEntry entry) {
            return new Member(entry.id(), entry.name(), entry.baseUrl(), entry.status(), entry.joinedAt(), entry.version(),
                    entry.jwks());
        }
    }

    public static RegistryEvent active(String event, long version, RegistryEntry entry) {
        return new RegistryEvent(event, version, Member.of(entry));
    }

    public static RegistryEvent gone(String event, long version, String shopId, String status) {
        return new RegistryEvent(event, version, new Member(shopId, null, null, status, null, null, null));
    }

    /** Whether it says what a member needs to apply it: a version and a member with an id. */
    public boolean complete() {
        return version != null && member != null && member.id() != null;
    }

    /** The member's registry entry if the event shows it active; empty when it left the directory. */
    public Optional<RegistryEntry> activeEntry() {
        if (!"active".equals(member.status())) {
            return Optional.empty();
        }
        return Optional.of(new RegistryEntry(member.id(), member.name(), member.baseUrl(), member.status(), member.joinedAt(),
                member.version() == null ? 0 : member.version(), member.jwks()));
    }
}
