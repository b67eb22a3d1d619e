package org.fedmarket.hub.application;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.fedmarket.hub.api.RegistryEntry;
import org.fedmarket.hub.api.RegistryView;
import org.fedmarket.hub.domain.Member;
import org.fedmarket.hub.domain.MemberKey;
import org.fedmarket.hub.domain.MemberStatus;
import org.fedmarket.hub.persistence.MemberRepository;
import org.fedmarket.platform.problem.BusinessRuleException;

import java.io.StringReader;
import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

/**
 * What members see of each other: the active members with their keys, at a registry version that
 * grows with every change. Readers get the whole registry or the delta since a version they hold.
 */
@ApplicationScoped
public class Registry {

    @Inject
    Clock clock;
    @Inject
    MemberRepository members;

    /** The registry version; an entity tag for it is {@code "r<version>"}. */
    @Transactional
    public long version() {
        return members.registryVersion();
    }

    public static String etag(long version) {
        return "r" + version;
    }

    /** The whole registry, or with {@code since} the changes after that version. */
    @Transactional
    public RegistryView view(Long since) {
        long version = members.registryVersion();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (since == null) {
            List<RegistryEntry> active = members.withStatus(MemberStatus.ACTIVE).stream().map(m -> entry(m, now)).toList();
            return new RegistryView(version, null, active, List.of());
        }
        if (since < 0 || since > version) {
            throw new BusinessRuleException("registry-version-unknown", "since must be between 0 and the current version "
                    + version + ", got " + since);
        }
        List<Member> changed = members.changedSince(since);
        return new RegistryView(version, since,
                changed.stream().filter(m -> m.status() == MemberStatus.ACTIVE).map(m -> entry(m, now)).toList(),
                changed.stream().filter(m -> m.status() != MemberStatus.ACTIVE).map(Member::shopId).toList());
    }

    /** The keys of every active member that verify now, as one JWKS. */
    @Transactional
    public JWKSet keys() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new JWKSet(members.withStatus(MemberStatus.ACTIVE).stream()
                .flatMap(m -> m.keysValidAt(now).stream()).map(Registry::jwk).toList());
    }

    public static RegistryEntry entry(Member member, OffsetDateTime now) {
        JWKSet keys = new JWKSet(member.keysValidAt(now).stream().map(Registry::jwk).toList());
        JsonObject jwks = Json.createReader(new StringReader(keys.toString(true))).readObject();
        return new RegistryEntry(member.shopId(), member.name(), member.baseUrl(), member.status().name().toLowerCase(),
                member.joinedAt(), member.registryVersion(), jwks);
    }

    /** A member key as a public JWK with its validity window (nbf, exp). */
    public static JWK jwk(MemberKey key) {
        try {
            JWK parsed = JWK.parse(key.publicJwk());
            var builder = new com.nimbusds.jose.jwk.RSAKey.Builder(parsed.toRSAKey())
                    .notBeforeTime(Date.from(key.notBefore().toInstant()));
            if (key.expiresAt() != null) {
                builder.expirationTime(Date.from(key.expiresAt().toInstant()));
            }
            return builder.build().toPublicJWK();
        } catch (ParseException e) {
            throw new IllegalStateException("Stored member key " + key.kid() + " is unreadable", e);
        }
    }
}
