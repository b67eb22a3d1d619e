package org.fedmarket.hub.application;

import org.fedmarket.platform.secret.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.hub.domain.Invitation;
import org.fedmarket.hub.persistence.InvitationRepository;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Invitation codes: 128 random bits, shown once to the administrator who creates them, stored as SHA-256. */
@ApplicationScoped
public class Invitations {

    public static final Duration MAX_VALIDITY = Duration.ofDays(90);

    public record Created(Invitation invitation, String code) {
    }

    @Inject
    Clock clock;
    @Inject
    InvitationRepository invitations;

    @Audited("hub.invitation-created")
    @Transactional
    public Created create(String note, Duration validFor, String createdBy) {
        if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_VALIDITY) > 0) {
            throw new BusinessRuleException("invitation-validity", "An invitation is valid for more than zero and at most "
                    + MAX_VALIDITY.toDays() + " days, got " + validFor);
        }
        String code = "inv_" + Secrets.random(16);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Invitation invitation = new Invitation(hash(code), note == null ? "" : note.strip(), createdBy, now, now.plus(validFor));
        invitations.add(invitation);
        return new Created(invitation, code);
    }

    /** Revokes an unused invitation: its code admits nobody from now on. */
    @Audited("hub.invitation-revoked")
    @Transactional
    public Invitation revoke(UUID id, String by) {
        Invitation invitation = invitations.find(id).orElseThrow(() -> new NoSuchEntityException("Invitation", id.toString()));
        invitation.revoke(by, OffsetDateTime.now(clock));
        return invitation;
    }

    @Transactional
    public List<Invitation> recent() {
        return invitations.newestFirst(200);
    }

    static String hash(String code) {
        return Secrets.digest(code.strip());
    }
}
