package org.fedmarket.federation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a purchase: held, ordered, or a status the partner reported, with when and who. */
@Entity
@Table(name = "purchase_event", schema = "federation")
public class PurchaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "purchase_id", nullable = false)
    private UUID purchaseId;
    @Column(nullable = false)
    private OffsetDateTime at;
    @Column(nullable = false)
    private String status;
    @Column(nullable = false)
    private String actor;
    private String note;

    protected PurchaseEvent() {
    }

    public PurchaseEvent(UUID purchaseId, OffsetDateTime at, String status, String actor, String note) {
        this.purchaseId = purchaseId;
        this.at = at;
        this.status = status;
        this.actor = actor;
        this.note = note == null ? null : note.substring(0, Math.min(500, note.length()));
    }

    public OffsetDateTime at() {
        return at;
    }

    public String status() {
        return status;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }
}
