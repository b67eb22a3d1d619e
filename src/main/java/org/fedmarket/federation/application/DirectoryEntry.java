package org.fedmarket.federation.application;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.fedmarket.federation.domain.DirectoryMember;

import java.text.ParseException;
import java.time.OffsetDateTime;
import java.util.List;

/** Another member as this shop's directory holds it, with the ids (RFC 7638 thumbprints) of its keys. */
public record DirectoryEntry(String id, String name, String baseUrl, OffsetDateTime joinedAt, long registryVersion,
                             OffsetDateTime receivedAt, List<String> keyIds) {

    static DirectoryEntry of(DirectoryMember m) {
        List<String> kids;
        try {
            kids = JWKSet.parse(m.jwks()).getKeys().stream().map(JWK::getKeyID).toList();
        } catch (ParseException e) {
            kids = List.of();
        }
        return new DirectoryEntry(m.shopId(), m.name(), m.baseUrl(), m.joinedAt(), m.registryVersion(), m.receivedAt(), kids);
    }
}
