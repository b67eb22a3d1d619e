package org.fedmarket.federation.application;

import org.fedmarket.platform.partner.PartnersChanged;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.federation.domain.DirectoryMember;
import org.fedmarket.federation.domain.Partnership;
import org.fedmarket.federation.domain.Partnership.Status;
import org.fedmarket.federation.domain.Partnership.Terms;
import org.fedmarket.federation.domain.PartnershipEvent;
import org.fedmarket.federation.domain.Right;
import org.fedmarket.federation.persistence.PartnershipRepository;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.outbox.application.Outbox;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.NoSuchEntityException;
import org.fedmarket.platform.audit.application.Audited;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Partnerships, directly between shops: each change made here is recorded with its history and sent
 * to the partner as a signed message through the outbox; each message received is verified with the
 * sender's key from the directory and applied once. Rights come only from signed claims.
 */
@ApplicationScoped
public class Partnerships {

    public static final String MESSAGE_TYPE = "fedmarket-partnership+jwt";
    private static final Map<String, Status> ANSWERS = Map.of("accept", Status.ACTIVE, "deny", Status.DENIED,
            "withdraw", Status.WITHDRAWN);

    @Inject
    PartnershipRepository partnerships;
    @Inject
    MembershipStore directory;
    @Inject
    ShopIdentity identity;
    @Inject
    Outbox outbox;
    @Inject
    Event<PartnersChanged> changed;

    @Audited("federation.partnership-requested")
    @Transactional
    public PartnershipView request(String partner, Terms terms, String admin) {
        DirectoryMember member = partnerInDirectory(partner);
        OffsetDateTime now = now();
        Partnership p = Partnership.requestTo(member.shopId(), terms, now);
        partnerships.add(p);
        record(p, admin, "request", null, now);
        send(p, member, "request", null);
        return view(p);
    }

    @Audited("federation.partnership-restored")
    @Transactional
    public PartnershipView restore(UUID id, Terms terms, String admin) {
        Partnership p = lock(id);
        DirectoryMember member = partnerInDirectory(p.partnerShopId());
        OffsetDateTime now = now();
        p.restore(terms, now);
        record(p, admin, "request", null, now);
        send(p, member, "request", null);
        return view(p);
    }

    @Audited("federation.partnership-accepted")
    @Transactional
    public PartnershipView accept(UUID id, String admin) {
        return answer(id, "accept", admin, null);
    }

    @Audited("federation.partnership-denied")
    @Transactional
    public PartnershipView deny(UUID id, String admin, String reason) {
        return answer(id, "deny", admin, reason);
    }

    @Audited("federation.partnership-withdrawn")
    @Transactional
    public PartnershipView withdraw(UUID id, String admin) {
        return answer(id, "withdraw", admin, null);
    }

    @Audited("federation.partnership-terminated")
    @Transactional
    public PartnershipView terminate(UUID id, String admin, String reason) {
        Partnership p = lock(id);
        OffsetDateTime now = now();
        p.terminate(p.round(), true, now);
        record(p, admin, "terminate", reason, now);
        directory.member(p.partnerShopId()).ifPresent(member -> send(p, member, "terminate", reason));
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

    /** Applies a message from a partner; a redelivered one (same message id) is acknowledged and ignored. */
    @Transactional
    public void receive(String signedMessage) {
        SignedJWT jwt = SignedMessages.parse(signedMessage, MESSAGE_TYPE);
        String sender = SignedMessages.issuer(jwt);
        JWTClaimsSet claims = SignedMessages.verify(jwt, kid -> directory.memberKey(sender, kid), identity.shopId());
        OffsetDateTime now = now();
        if (!partnerships.firstDelivery(sender + "/" + claims.getJWTID(), now)) {
            return;
        }
        try {
            String partnershipClaim = claims.getStringClaim("partnership");
            if (partnershipClaim == null) {
                throw new BusinessRuleException("partnership-message-invalid", "A partnership message needs a partnership id");
            }
            UUID id = UUID.fromString(partnershipClaim);
            String action = String.valueOf(claims.getStringClaim("action"));
            Long roundClaim = claims.getLongClaim("round");
            if (roundClaim == null || roundClaim < 1) {
                throw new BusinessRuleException("partnership-message-invalid", "A partnership message needs a round");
            }
            int round = roundClaim.intValue();
            String reason = claims.getStringClaim("reason");
            Optional<Partnership> existing = partnerships.lock(id);
            if (existing.isPresent() && !existing.get().partnerShopId().equals(sender)) {
                throw new ConflictException("partnership-not-yours", "Partnership " + id + " is not one with " + sender);
            }
            boolean changed;
            Partnership p;
            if ("request".equals(action)) {
                Terms terms = terms(claims);
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
                changed = "terminate".equals(action) ? p.terminate(round, false, now)
                        : p.answer(Optional.ofNullable(ANSWERS.get(action)).orElseThrow(() -> new BusinessRuleException(
                                "partnership-message-invalid", "Unknown action " + action)), round, false, now);
            }
            if (changed) {
                record(p, sender, action, reason, now);
            }
        } catch (ParseException | IllegalArgumentException e) {
            throw new BusinessRuleException("partnership-message-invalid", "Unreadable partnership message: " + e.getMessage());
        }
    }

    /** A partner that left the directory keeps no partnership with this shop. */
    void onPartnerGone(@Observes PartnerGone gone) {
        OffsetDateTime now = now();
        for (Partnership p : partnerships.withPartner(gone.shopId())) {
            if (p.endBecausePartnerLeft(now)) {
                record(p, identity.shopId(), "terminate", gone.shopId() + " is no longer a member of the federation", now);
            }
        }
    }

    private PartnershipView answer(UUID id, String action, String admin, String reason) {
        Partnership p = lock(id);
        OffsetDateTime now = now();
        p.answer(ANSWERS.get(action), p.round(), true, now);
        DirectoryMember member = partnerInDirectory(p.partnerShopId());
        record(p, admin, action, reason, now);
        send(p, member, action, reason);
        return view(p);
    }

    private void send(Partnership p, DirectoryMember partner, String action, String reason) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(identity.shopId())
                .claim("partnership", p.id().toString())
                .claim("action", action)
                .claim("round", p.round());
        if ("request".equals(action)) {
            Terms terms = p.terms();
            claims.claim("asked", terms.asked().stream().sorted().map(Right::id).toList())
                    .claim("offered", terms.offered().stream().sorted().map(Right::id).toList());
            if (terms.commissionRate() != null) {
                claims.claim("commissionRate", terms.commissionRate().toPlainString());
            }
        }
        if (reason != null && !reason.isBlank()) {
            claims.claim("reason", reason);
        }
        outbox.enqueue(Module.FEDERATION, MESSAGE_TYPE, partner.baseUrl() + "/api/federation/partnerships/inbox",
                partner.shopId(), claims.build());
    }

    private static Terms terms(JWTClaimsSet claims) throws ParseException {
        List<String> asked = Optional.ofNullable(claims.getStringListClaim("asked")).orElse(List.of());
        List<String> offered = Optional.ofNullable(claims.getStringListClaim("offered")).orElse(List.of());
        String rate = claims.getStringClaim("commissionRate");
        return new Terms(asked.stream().map(Right::of).collect(Collectors.toSet()),
                offered.stream().map(Right::of).collect(Collectors.toSet()), rate == null ? null : new BigDecimal(rate));
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

    private void record(Partnership p, String actor, String action, String reason, OffsetDateTime now) {
        partnerships.add(new PartnershipEvent(p.id(), now, actor, action, p.round(), reason));
        changed.fire(new PartnersChanged());
    }

    private PartnershipView view(Partnership p) {
        return PartnershipView.of(p, partnerships.history(p.id()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
