package org.fedmarket.hub.application;

import com.nimbusds.jose.jwk.JWK;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.hub.api.JoinOutcome;
import org.fedmarket.hub.domain.Invitation;
import org.fedmarket.hub.domain.JoinRequest;
import org.fedmarket.hub.domain.Member;
import org.fedmarket.hub.domain.MemberKey;
import org.fedmarket.hub.domain.MemberStatus;
import org.fedmarket.hub.persistence.InvitationRepository;
import org.fedmarket.hub.persistence.MemberRepository;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.DomainException;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Every change of a member's standing, each in one transaction: admission, approval, rejection,
 * suspension, reinstatement, leaving, new keys. Changes that members can see take the next registry
 * version and are pushed to the other members.
 */
@ApplicationScoped
public class Membership {

    /** An invitation code that the Hub never issued (403). */
    public static class UnknownInvitationException extends DomainException {
        public UnknownInvitationException() {
            super("invitation-invalid", "Invalid invitation", 403, "This invitation code is not valid");
        }
    }

    @Inject
    Clock clock;
    @Inject
    MemberRepository members;
    @Inject
    InvitationRepository invitations;
    @Inject
    MemberTokens tokens;
    @Inject
    RegistryNotifier notifier;

    /** Refuses early what {@link #admit} would refuse, before the Hub calls the applicant's base URL. */
    @Transactional
    public void check(JoinRequest request) {
        OffsetDateTime now = now();
        members.find(request.shopId()).ifPresent(existing -> requireReusable(existing, request));
        if (members.baseUrlTaken(request.baseUrl(), request.shopId())) {
            throw baseUrlTaken(request);
        }
        request.invitationCode().ifPresent(code -> {
            Invitation invitation = invitations.lockByCodeHash(Invitations.hash(code))
                    .orElseThrow(UnknownInvitationException::new);
            if (invitation.stateAt(now) != Invitation.State.OPEN) {
                invitation.use(request.shopId(), now); // throws the matching problem; rolled back
            }
        });
    }

    /** Records the application; with a valid invitation the shop is active at once and gets its tokens. */
    @Transactional
    public JoinOutcome admit(JoinRequest request) {
        OffsetDateTime now = now();
        members.lockAdmissions();
        Optional<Member> existing = members.lock(request.shopId());
        existing.ifPresent(m -> requireReusable(m, request));
        if (members.baseUrlTaken(request.baseUrl(), request.shopId())) {
            throw baseUrlTaken(request);
        }
        Optional<Invitation> invitation = request.invitationCode().map(code -> invitations
                .lockByCodeHash(Invitations.hash(code)).orElseThrow(UnknownInvitationException::new));
        invitation.ifPresent(i -> i.use(request.shopId(), now));
        Member member = existing.orElse(null);
        if (member == null) {
            member = new Member(request.shopId(), request.name(), request.baseUrl(), request.acceptsPush(), now);
            members.add(member);
        } else {
            member.reapply(request.name(), request.baseUrl(), request.acceptsPush(), now);
        }
        for (JWK key : request.keys()) {
            member.addKey(memberKey(request.shopId(), key, now));
        }
        if (invitation.isEmpty()) {
            return new JoinOutcome(member.shopId(), "pending", null);
        }
        member.activate(now, members.nextRegistryVersion());
        notifier.changed(member, "member-joined");
        return new JoinOutcome(member.shopId(), "active", tokens.openSession(member.shopId()));
    }

    @Audited("hub.member-approved")
    @Transactional
    public Member approve(String shopId) {
        Member member = lock(shopId);
        member.activate(now(), members.nextRegistryVersion());
        notifier.changed(member, "member-joined");
        return member;
    }

    @Audited("hub.member-rejected")
    @Transactional
    public Member reject(String shopId) {
        Member member = lock(shopId);
        member.reject(now());
        return member;
    }

    @Audited("hub.member-suspended")
    @Transactional
    public Member suspend(String shopId) {
        Member member = lock(shopId);
        member.suspend(now(), members.nextRegistryVersion());
        tokens.revokeAll(shopId, "member-suspended");
        notifier.changed(member, "member-suspended");
        return member;
    }

    @Audited("hub.member-reinstated")
    @Transactional
    public Member reinstate(String shopId) {
        Member member = lock(shopId);
        member.reinstate(now(), members.nextRegistryVersion());
        notifier.changed(member, "member-reinstated");
        return member;
    }

    /** The member leaves: sessions revoked, keys retired, members told. */
    @Transactional
    public Member leave(String shopId) {
        Member member = lock(shopId);
        member.leave(now(), members.nextRegistryVersion());
        tokens.revokeAll(shopId, "member-left");
        notifier.changed(member, "member-left");
        return member;
    }

    /** The member's complete key set after a rotation: listed keys verify (until their exp), others stop now. */
    @Transactional
    public Member replaceKeys(String shopId, List<JWK> published) {
        Member member = lock(shopId);
        if (member.status() != MemberStatus.ACTIVE) {
            throw new ConflictException("member-status", shopId + " is " + member.status().name().toLowerCase());
        }
        OffsetDateTime now = now();
        member.replaceKeys(published.stream().map(k -> memberKey(shopId, k, now)).toList(), now,
                members.nextRegistryVersion());
        notifier.changed(member, "member-keys-changed");
        return member;
    }

    @Transactional
    public Member find(String shopId) {
        return members.find(shopId).orElseThrow(() -> new NoSuchEntityException("Member", shopId));
    }

    @Transactional
    public List<Member> all() {
        return members.all();
    }

    private Member lock(String shopId) {
        return members.lock(shopId).orElseThrow(() -> new NoSuchEntityException("Member", shopId));
    }

    /** A left or rejected shop may apply again under its id — but only with a key it had, so nobody else can take the id. */
    private static void requireReusable(Member existing, JoinRequest request) {
        boolean sameHolder = request.keys().stream().anyMatch(k -> existing.key(k.getKeyID()).isPresent());
        if (existing.status().holdsIdentity() || !sameHolder) {
            throw new ConflictException("shop-id-taken", "The shop id " + request.shopId() + " is already taken");
        }
    }

    private static ConflictException baseUrlTaken(JoinRequest request) {
        return new ConflictException("base-url-taken", "Another member is registered at " + request.baseUrl());
    }

    /** A published key as the Hub keeps it: from its own {@code nbf} (a key published ahead verifies only from then), else from now. */
    private static MemberKey memberKey(String shopId, JWK key, OffsetDateTime now) {
        OffsetDateTime notBefore = key.getNotBeforeTime() == null ? now
                : key.getNotBeforeTime().toInstant().atOffset(now.getOffset());
        OffsetDateTime expires = key.getExpirationTime() == null ? null
                : key.getExpirationTime().toInstant().atOffset(now.getOffset());
        return new MemberKey(shopId, key.getKeyID(), key.toPublicJWK().toJSONString(), notBefore, expires);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
