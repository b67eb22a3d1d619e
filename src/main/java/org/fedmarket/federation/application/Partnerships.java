package org.fedmarket.federation.application;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.federation.api.PartnershipMessage;
import org.fedmarket.federation.api.PartnershipMessage.Action;
import org.fedmarket.federation.domain.DirectoryMember;
import org.fedmarket.federation.domain.Partnership;
import org.fedmarket.federation.domain.Partnership.Status;
import org.fedmarket.federation.domain.Partnership.Terms;
import org.fedmarket.federation.domain.Right;
import org.fedmarket.federation.persistence.PartnershipRepository;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.outbox.application.Outbox;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Partnerships, directly between shops, as this shop's administrators make them: each change is recorded with its
 * history and sent to the partner as a signed {@link PartnershipMessage} through the outbox. What partners send is
 * applied by {@link PartnershipInbox}. Rights come only from signed claims.
 */
@ApplicationScoped
public class Partnerships {

    @Inject
    Clock clock;
    @Inject
    PartnershipRepository partnerships;
    @Inject
    MembershipStore directory;
    @Inject
    ShopIdentity identity;
    @Inject
    Outbox outbox;
    @Inject
    PartnershipEvents events;

    @Audited("federation.partnership-requested")
    @Transactional
    public PartnershipView request(String partner, Terms terms, String admin) {
        DirectoryMember member = partnerInDirectory(partner);
        OffsetDateTime now = now();
        Partnership p = Partnership.requestTo(member.shopId(), terms, now);
        partnerships.add(p);
        events.record(p, admin, Action.REQUEST.id(), null, now);
        send(p, member, Action.REQUEST, null);
        return view(p);
    }

    @Audited("federation.partnership-restored")
    @Transactional
    public PartnershipView restore(UUID id, Terms terms, String admin) {
        Partnership p = lock(id);
        DirectoryMember member = partnerInDirectory(p.partnerShopId());
        OffsetDateTime now = now();
        p.restore(terms, now);
        events.record(p, admin, Action.REQUEST.id(), null, now);
        send(p, member, Action.REQUEST, null);
        return view(p);
    }

    @Audited("federation.partnership-accepted")
    @Transactional
    public PartnershipView accept(UUID id, String admin) {
        return answer(id, Action.ACCEPT, admin, null);
    }

    @Audited("federation.partnership-denied")
    @Transactional
    public PartnershipView deny(UUID id, String admin, String reason) {
        return answer(id, Action.DENY, admin, reason);
    }

    @Audited("federation.partnership-withdrawn")
    @Transactional
    public PartnershipView withdraw(UUID id, String admin) {
        return answer(id, Action.WITHDRAW, admin, null);
    }

    @Audited("federation.partnership-terminated")
    @Transactional
    public PartnershipView terminate(UUID id, String admin, String reason) {
        Partnership p = lock(id);
        OffsetDateTime now = now();
        p.terminate(p.round(), true, now);
        events.record(p, admin, Action.TERMINATE.id(), reason, now);
        directory.member(p.partnerShopId()).ifPresent(member -> send(p, member, Action.TERMINATE, reason));
        return view(p);
    }

    @Transactional
    public List<PartnershipView> all() {
        return partnerships.all().stream().map(this::view).toList();
    }

    @Transactional
    public PartnershipView get(UUID id) {
        return view(partnerships.find(id).orElseThrow(() -> new NoSuchEntityException("Partnership", id.toString())));
    }

    /** The rights this shop grants {@code partner} right now (empty without an active partnership). */
    @Transactional
    public Set<Right> grantedTo(String partner) {
        return partnerships.activeWith(partner).stream()
                .flatMap(p -> p.grantedToPartner().stream()).collect(Collectors.toSet());
    }

    /** Every shop with an active partnership with this shop. */
    @Transactional
    public Set<String> activePartners() {
        return partnerships.all().stream().filter(p -> p.status() == Partnership.Status.ACTIVE).map(Partnership::partnerShopId)
                .collect(Collectors.toSet());
    }

    /** Partners whose active partnership lets this shop hold {@code right} over their products. */
    @Transactional
    public Set<String> partnersGranting(Right right) {
        return partnerships.all().stream().filter(p -> p.status() == Partnership.Status.ACTIVE && p.heldFromPartner().contains(right))
                .map(Partnership::partnerShopId).collect(Collectors.toSet());
    }

    /** A partner that left the directory keeps no partnership with this shop. */
    void onPartnerGone(@Observes PartnerGone gone) {
        OffsetDateTime now = now();
        for (Partnership p : partnerships.withPartner(gone.shopId())) {
            if (p.endBecausePartnerLeft(now)) {
                events.record(p, identity.shopId(), Action.TERMINATE.id(), gone.shopId() + " is no longer a member of the federation", now);
            }
        }
    }

    private PartnershipView answer(UUID id, Action action, String admin, String reason) {
        Partnership p = lock(id);
        OffsetDateTime now = now();
        p.answer(PartnershipEvents.outcome(action), p.round(), true, now);
        DirectoryMember member = partnerInDirectory(p.partnerShopId());
        events.record(p, admin, action.id(), reason, now);
        send(p, member, action, reason);
        return view(p);
    }

    private void send(Partnership p, DirectoryMember partner, Action action, String reason) {
        Terms terms = action == Action.REQUEST ? p.terms() : null;
        PartnershipMessage message = new PartnershipMessage(p.id().toString(), action, (long) p.round(),
                terms == null ? null : terms.asked().stream().sorted().map(Right::id).toList(),
                terms == null ? null : terms.offered().stream().sorted().map(Right::id).toList(),
                terms == null || terms.commissionRate() == null ? null : terms.commissionRate().toPlainString(),
                reason == null || reason.isBlank() ? null : reason);
        outbox.enqueue(Module.FEDERATION, PartnershipMessage.TYPE, partner.baseUrl() + PartnershipMessage.PATH, partner.shopId(),
                new JWTClaimsSet.Builder(SignedMessages.claimsOf(message)).issuer(identity.shopId()).build());
    }

    private DirectoryMember partnerInDirectory(String partner) {
        if (identity.shopId().equals(partner)) {
            throw new BusinessRuleException("partnership-with-self", "A shop cannot partner with itself");
        }
        return directory.member(partner).orElseThrow(() -> new BusinessRuleException("partner-unknown",
                partner + " is not an active member in this shop's directory"));
    }

    private Partnership lock(UUID id) {
        return partnerships.lock(id).orElseThrow(() -> new NoSuchEntityException("Partnership", id.toString()));
    }

    private PartnershipView view(Partnership p) {
        return PartnershipView.of(p, partnerships.history(p.id()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
