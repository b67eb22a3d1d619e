package org.fedmarket.federation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * This shop's record of a partnership with another member. Both shops keep one under the same id.
 * Each request opens a new round; answers, withdrawals and terminations name the round they are
 * about, so a late message of an earlier round changes nothing. Rights are stored as the requester
 * named them: {@code asked} from the receiver, {@code offered} to the receiver.
 */
@Entity
@Table(name = "partnership", schema = "federation")
public class Partnership {

    public enum Status {
        REQUESTED, ACTIVE, DENIED, WITHDRAWN, TERMINATED;

        public boolean ended() {
            return this == DENIED || this == WITHDRAWN || this == TERMINATED;
        }
    }

    @Id
    private UUID id;

    @Column(name = "partner_shop_id", nullable = false, length = 40)
    private String partnerShopId;

    @Column(name = "requested_by_us", nullable = false)
    private boolean requestedByUs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false, length = 200)
    private String asked;

    @Column(nullable = false, length = 200)
    private String offered;

    @Column(name = "commission_rate", precision = 5, scale = 2)
    private BigDecimal commissionRate;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Partnership() {
    }

    private Partnership(UUID id, String partnerShopId, boolean requestedByUs, OffsetDateTime now) {
        this.id = id;
        this.partnerShopId = partnerShopId;
        this.requestedByUs = requestedByUs;
        this.createdAt = now;
        this.round = 0;
    }

    /** A request this shop sends. */
    public static Partnership requestTo(String partner, Terms terms, OffsetDateTime now) {
        Partnership p = new Partnership(UUID.randomUUID(), partner, true, now);
        p.open(1, terms, true, now);
        return p;
    }

    /** A request this shop received (round 1, or a later round of a record it does not have). */
    public static Partnership requestFrom(UUID id, String partner, int round, Terms terms, OffsetDateTime now) {
        Partnership p = new Partnership(id, partner, false, now);
        p.open(round, terms, false, now);
        return p;
    }

    /** This shop asks again after an end: a new round with new terms. */
    public void restore(Terms terms, OffsetDateTime now) {
        if (!status.ended()) {
            throw new ConflictException("partnership-status", "The partnership is " + describe() + "; only an ended one can be restored");
        }
        open(round + 1, terms, true, now);
    }

    /** The partner asks (again); false if the round is not newer than what this shop has. */
    public boolean requested(int newRound, Terms terms, OffsetDateTime now) {
        if (newRound <= round) {
            return false;
        }
        open(newRound, terms, false, now);
        return true;
    }

    private void open(int newRound, Terms terms, boolean byUs, OffsetDateTime now) {
        round = newRound;
        requestedByUs = byUs;
        asked = Right.join(terms.asked());
        offered = Right.join(terms.offered());
        commissionRate = terms.commissionRate();
        status = Status.REQUESTED;
        updatedAt = now;
    }

    /** The receiver accepts or denies the current round; the requester withdraws it. */
    public boolean answer(Status outcome, int ofRound, boolean byUs, OffsetDateTime now) {
        if (ofRound != round || status != Status.REQUESTED) {
            if (byUs) {
                throw new ConflictException("partnership-status", "The partnership is " + describe() + "; there is no open request to answer");
            }
            return false;
        }
        boolean answerer = outcome == Status.WITHDRAWN ? requestedByUs : !requestedByUs;
        if (byUs != answerer) {
            if (byUs) {
                throw new ConflictException("partnership-status", outcome == Status.WITHDRAWN
                        ? "Only the requesting shop can withdraw a request" : "A shop cannot answer its own request");
            }
            return false;
        }
        status = outcome;
        updatedAt = now;
        return true;
    }

    /** Either side ends an active partnership; false (remote) if it was not active in that round. */
    public boolean terminate(int ofRound, boolean byUs, OffsetDateTime now) {
        if (status != Status.ACTIVE || ofRound != round) {
            if (byUs) {
                throw new ConflictException("partnership-status", "The partnership is " + describe() + ", not active");
            }
            return false;
        }
        status = Status.TERMINATED;
        updatedAt = now;
        return true;
    }

    /** Ends it without a message, e.g. because the partner left the federation; false if it had ended already. */
    public boolean endBecausePartnerLeft(OffsetDateTime now) {
        if (status.ended()) {
            return false;
        }
        status = Status.TERMINATED;
        updatedAt = now;
        return true;
    }

    /** The rights this shop grants its partner over this shop's products, while active. */
    public Set<Right> grantedToPartner() {
        return Right.parse(requestedByUs ? offered : asked);
    }

    /** The rights this shop holds over the partner's products, while active. */
    public Set<Right> heldFromPartner() {
        return Right.parse(requestedByUs ? asked : offered);
    }

    public Terms terms() {
        return new Terms(Right.parse(asked), Right.parse(offered), commissionRate);
    }

    private String describe() {
        return status.name().toLowerCase();
    }

    public UUID id() {
        return id;
    }

    public String partnerShopId() {
        return partnerShopId;
    }

    public boolean requestedByUs() {
        return requestedByUs;
    }

    public Status status() {
        return status;
    }

    public int round() {
        return round;
    }

    public BigDecimal commissionRate() {
        return commissionRate;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** What a request asks and offers; a commission rate (percent) exactly when earn-commission is among them. */
    public record Terms(Set<Right> asked, Set<Right> offered, BigDecimal commissionRate) {

        public Terms {
            asked = Set.copyOf(asked);
            offered = Set.copyOf(offered);
            if (asked.isEmpty() && offered.isEmpty()) {
                throw new BusinessRuleException("partnership-terms", "A partnership asks or offers at least one right");
            }
            boolean commission = asked.contains(Right.EARN_COMMISSION) || offered.contains(Right.EARN_COMMISSION);
            if (commission != (commissionRate != null)) {
                throw new BusinessRuleException("partnership-terms", "A commission rate is given exactly when earn-commission is asked or offered");
            }
            if (commissionRate != null && (commissionRate.signum() < 0 || commissionRate.compareTo(BigDecimal.valueOf(100)) > 0
                    || commissionRate.scale() > 2)) {
                throw new BusinessRuleException("partnership-terms", "The commission rate is a percentage from 0 to 100 with at most two decimals");
            }
        }
    }
}
