package org.fedmarket.hub.application;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.hub.domain.Member;
import org.fedmarket.hub.domain.MemberStatus;
import org.fedmarket.hub.persistence.MemberRepository;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.NodeSettings;
import org.fedmarket.platform.outbox.application.Outbox;

import java.text.ParseException;
import java.util.Map;

/**
 * Tells every active member that accepts pushes about a registry change, through the outbox: the
 * event carries the new registry version and the member's entry (or just its id when it went away).
 */
@ApplicationScoped
public class RegistryNotifier {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    MemberRepository members;
    @Inject
    Outbox outbox;
    @Inject
    NodeSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Member subject, String event) {
        Object entry = subject.status() == MemberStatus.ACTIVE
                ? JSONB.fromJson(JSONB.toJson(Registry.entry(subject, MemberTokens.now())), Map.class)
                : Map.of("id", subject.shopId(), "status", subject.status().name().toLowerCase());
        for (Member recipient : members.withStatus(MemberStatus.ACTIVE)) {
            if (!recipient.acceptsPush() || recipient.shopId().equals(subject.shopId())) {
                continue;
            }
            try {
                JWTClaimsSet claims = JWTClaimsSet.parse(Map.of(
                        "iss", settings.baseUrl(),
                        "event", event,
                        "version", subject.registryVersion(),
                        "member", entry));
                outbox.enqueue(Module.HUB, Protocol.REGISTRY_EVENT, recipient.baseUrl() + "/api/federation/inbox",
                        recipient.shopId(), claims);
            } catch (ParseException e) {
                throw new IllegalStateException("Cannot build the registry event", e);
            }
        }
    }
}
