package org.fedmarket.hub.application;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.hub.api.RegistryEvent;
import org.fedmarket.hub.domain.Member;
import org.fedmarket.hub.domain.MemberStatus;
import org.fedmarket.hub.persistence.MemberRepository;
import org.fedmarket.platform.input.WireNames;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.NodeSettings;
import org.fedmarket.platform.outbox.application.Outbox;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Tells every active member that accepts pushes about a registry change, through the outbox: the
 * event carries the new registry version and the member's entry (or just its id when it went away).
 */
@ApplicationScoped
public class RegistryNotifier {

    @Inject
    Clock clock;
    @Inject
    MemberRepository members;
    @Inject
    Outbox outbox;
    @Inject
    NodeSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Member subject, String event) {
        RegistryEvent change = subject.status() == MemberStatus.ACTIVE
                ? RegistryEvent.active(event, subject.registryVersion(), Registry.entry(subject, OffsetDateTime.now(clock)))
                : RegistryEvent.gone(event, subject.registryVersion(), subject.shopId(), WireNames.of(subject.status()));
        JWTClaimsSet claims = new JWTClaimsSet.Builder(SignedMessages.claimsOf(change)).issuer(settings.baseUrl()).build();
        for (Member recipient : members.withStatus(MemberStatus.ACTIVE)) {
            if (recipient.acceptsPush() && !recipient.shopId().equals(subject.shopId())) {
                outbox.enqueue(Module.HUB, RegistryEvent.TYPE, recipient.baseUrl() + RegistryEvent.PATH, recipient.shopId(), claims);
            }
        }
    }
}
