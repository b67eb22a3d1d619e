package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.federation.api.PartnershipMessage;
import org.fedmarket.federation.domain.Partnership;
import org.fedmarket.federation.domain.Partnership.Terms;
import org.fedmarket.federation.domain.Right;
import org.fedmarket.federation.persistence.PartnershipRepository;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The partnership messages partners send this shop ({@link PartnershipMessage}): verified with the sender's key from the
 * directory and applied once; a redelivered message (same id) is acknowledged and ignored.
 */
@ApplicationScoped
public class PartnershipInbox {

    @Inject
    Clock clock;
    @Inject
    PartnershipRepository partnerships;
    @Inject
    MembershipStore directory;
    @Inject
    ShopIdentity identity;
    @Inject
    PartnershipEvents events;

    @Transactional
    public void receive(String signedMessage) {
        SignedMessages.Verified<PartnershipMessage> message = SignedMessages.read(signedMessage, PartnershipMessage.TYPE,
                directory::memberKey, identity.shopId(), PartnershipMessage.class, PartnershipInbox::invalid);
        String sender = message.sender();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!partnerships.firstDelivery(sender + "/" + message.id(), now)) {
            return;
        }
        PartnershipMessage m = message.body();
        UUID id = partnershipId(m);
        if (m.action() == null || m.round() == null || m.round() < 1 || m.round() > Integer.MAX_VALUE) {
            throw invalid("A partnership message needs an action and a round from 1");
        }
        int round = m.round().intValue();
        Optional<Partnership> existing = partnerships.lock(id);
        if (existing.isPresent() && !existing.get().partnerShopId().equals(sender)) {
            throw new ConflictException("partnership-not-yours", "Partnership " + id + " is not one with " + sender);
        }
        Partnership p;
        boolean changed;
        if (m.action() == PartnershipMessage.Action.REQUEST) {
            Terms terms = terms(m);
            if (existing.isEmpty()) {
                p = Partnership.requestFrom(id, sender, round, terms, now);
                partnerships.add(p);
                changed = true;
            } else {
                p = existing.get();
                changed = p.requested(round, terms, now);
            }
        } else {
            p = existing.orElseThrow(() -> new NoSuchEntityException("Partnership", id.toString()));
            changed = m.action() == PartnershipMessage.Action.TERMINATE ? p.terminate(round, false, now)
                    : p.answer(PartnershipEvents.outcome(m.action()), round, false, now);
        }
        if (changed) {
            events.record(p, sender, m.action().id(), m.reason(), now);
        }
    }

    private static UUID partnershipId(PartnershipMessage m) {
        if (m.partnership() == null) {
            throw invalid("A partnership message needs a partnership id");
        }
        try {
            return UUID.fromString(m.partnership());
        } catch (IllegalArgumentException e) {
            throw invalid("Unreadable partnership message: partnership " + m.partnership() + " is not an id");
        }
    }

    private static Terms terms(PartnershipMessage m) {
        BigDecimal rate;
        try {
            rate = m.commissionRate() == null ? null : new BigDecimal(m.commissionRate());
        } catch (NumberFormatException e) {
            throw invalid("Unreadable partnership message: commissionRate " + m.commissionRate() + " is not a decimal");
        }
        return new Terms(rights(m.asked()), rights(m.offered()), rate);
    }

    private static Set<Right> rights(List<String> ids) {
        return Optional.ofNullable(ids).orElse(List.of()).stream().map(Right::of).collect(Collectors.toSet());
    }

    private static BusinessRuleException invalid(String detail) {
        return new BusinessRuleException(PartnershipMessage.INVALID, detail);
    }
}
