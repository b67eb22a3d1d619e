package org.fedmarket.federation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The import of one partner's catalogue: where it stands (revision, ETag), how it is priced here
 * (markup), and how its syncs went. A failing feed waits longer after each failure, up to a cap.
 */
@Entity
@Table(name = "partner_feed", schema = "federation")
public class PartnerFeed {

    @Id
    private String partner;
    private Long revision;
    private String etag;
    @Column(name = "markup_percent", nullable = false)
    private BigDecimal markupPercent;
    @Column(nullable = false)
    private String rounding;
    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;
    @Column(name = "lease_until")
    private OffsetDateTime leaseUntil;
    @Column(name = "last_attempt_at")
    private OffsetDateTime lastAttemptAt;
    @Column(name = "last_success_at")
    private OffsetDateTime lastSuccessAt;
    @Column(name = "last_change_at")
    private OffsetDateTime lastChangeAt;
    @Column(name = "last_outcome")
    private String lastOutcome;
    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;
    @Column(name = "last_error")
    private String lastError;

    protected PartnerFeed() {
    }

    public PartnerFeed(String partner, OffsetDateTime now) {
        this.partner = partner;
        this.markupPercent = BigDecimal.ZERO;
        this.rounding = MarkupRule.Rounding.CENT.id();
        this.nextAttemptAt = now;
    }

    public MarkupRule markup() {
        return new MarkupRule(markupPercent, MarkupRule.Rounding.of(rounding));
    }

    public void markup(MarkupRule rule) {
        this.markupPercent = rule.percent();
        this.rounding = rule.rounding().id();
    }

    /** A sync answered; {@code outcome} says how: not-modified (304), delta or full. */
    public void succeeded(long revision, String etag, String outcome, OffsetDateTime now, Duration interval) {
        boolean changed = !"not-modified".equals(outcome);
        this.lastOutcome = outcome;
        this.revision = revision;
        this.etag = etag;
        this.lastAttemptAt = now;
        this.lastSuccessAt = now;
        if (changed) {
            this.lastChangeAt = now;
        }
        this.consecutiveFailures = 0;
        this.lastError = null;
        this.nextAttemptAt = now.plus(interval);
        this.leaseUntil = null;
    }

    /** A sync failed: the next waits {@code interval × 2^failures}, at most {@code cap}. */
    public void failed(String error, OffsetDateTime now, Duration interval, Duration cap) {
        consecutiveFailures++;
        this.lastOutcome = "failed";
        this.lastAttemptAt = now;
        this.lastError = error == null ? "failed" : error.substring(0, Math.min(error.length(), 500));
        Duration wait = interval.multipliedBy(1L << Math.min(consecutiveFailures, 20));
        this.nextAttemptAt = now.plus(wait.compareTo(cap) > 0 ? cap : wait);
        this.leaseUntil = null;
    }

    /** The stored listings can't be trusted to continue from (e.g. markup changed): the next sync is a full one, now. */
    public void restart(OffsetDateTime now) {
        this.revision = null;
        this.etag = null;
        this.nextAttemptAt = now;
    }

    public String partner() {
        return partner;
    }

    public Long revision() {
        return revision;
    }

    public String etag() {
        return etag;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime lastAttemptAt() {
        return lastAttemptAt;
    }

    public OffsetDateTime lastSuccessAt() {
        return lastSuccessAt;
    }

    public OffsetDateTime lastChangeAt() {
        return lastChangeAt;
    }

    public String lastOutcome() {
        return lastOutcome;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public String lastError() {
        return lastError;
    }
}
