package org.fedmarket.federation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step in a partnership's history: who did what, when, in which round, and why. */
@Entity
@Table(name = "partnership_event", schema = "federation")
public class PartnershipEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private UUID partnershipId;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 16)
    private String action;

    @Column(nullable = false)
    private int round;

    @Column(length = 500)
    private String reason;

    protected PartnershipEvent() {
    }

    public PartnershipEvent(UUID partnershipId, OffsetDateTime at, String actor, String action, int round, String reason) {
        this.partnershipId = partnershipId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.round = round;
        this.reason = reason == null || reason.isBlank() ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public int round() {
        return round;
    }

    public String reason() {
        return reason;
    }
}
