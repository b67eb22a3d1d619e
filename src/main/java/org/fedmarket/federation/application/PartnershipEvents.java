package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.fedmarket.federation.api.PartnershipMessage.Action;
import org.fedmarket.federation.domain.Partnership;
import org.fedmarket.federation.domain.Partnership.Status;
import org.fedmarket.federation.domain.PartnershipEvent;
import org.fedmarket.federation.persistence.PartnershipRepository;
import org.fedmarket.platform.partner.PartnersChanged;

import java.time.OffsetDateTime;

/** A partnership's history: each change, by this shop or its partner, recorded once; partner calls then see the new rights. */
@ApplicationScoped
public class PartnershipEvents {

    @Inject
    PartnershipRepository partnerships;
    @Inject
    Event<PartnersChanged> changed;

    /** Records a change of {@code p} in its current round, made by {@code actor}. In the caller's transaction. */
    public void record(Partnership p, String actor, String action, String reason, OffsetDateTime now) {
        partnerships.add(new PartnershipEvent(p.id(), now, actor, action, p.round(), reason));
        changed.fire(new PartnersChanged());
    }

    /** Where an answer leaves the open request: accepted is active, denied and withdrawn end it. */
    static Status outcome(Action answer) {
        return switch (answer) {
            case ACCEPT -> Status.ACTIVE;
            case DENY -> Status.DENIED;
            case WITHDRAW -> Status.WITHDRAWN;
            default -> throw new IllegalArgumentException(answer + " answers no request");
        };
    }
}
