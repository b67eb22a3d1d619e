package org.fedmarket.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fedmarket.platform.problem.BusinessRuleException;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A URL that receives this shop's events. After {@code pauseAfter} failed delivery attempts in a
 * row it is paused: no more events are queued for it until an administrator resumes it.
 */
@Entity
@Table(name = "webhook", schema = "inventory")
public class Webhook {

    /** The events a webhook can receive. */
    public static final Set<String> EVENTS = Set.of("sale", "order-status");

    @Id
    private java.util.UUID id;
    @Column(nullable = false)
    private String url;
    @Column(nullable = false)
    private String events;
    @Column(nullable = false)
    private String status;
    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;
    @Column(name = "paused_reason")
    private String pausedReason;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Webhook() {
    }

    public Webhook(java.util.UUID id, String url, List<String> events, OffsetDateTime now) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("webhook-url-invalid", "Not a URL: " + url);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new BusinessRuleException("webhook-url-invalid", "A webhook URL is an absolute http(s) URL: " + url);
        }
        if (events == null || events.isEmpty() || events.stream().anyMatch(e -> e == null || !EVENTS.contains(e))) {
            throw new BusinessRuleException("webhook-events-invalid", "Events are some of " + EVENTS.stream().sorted().toList() + ": " + events);
        }
        this.id = id;
        this.url = uri.toString();
        this.events = String.join(",", events.stream().sorted().distinct().toList());
        this.status = "active";
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean receives(String event) {
        return active() && Arrays.asList(events.split(",")).contains(event);
    }

    /** A delivery attempt failed; true if this failure paused the webhook. */
    public boolean failed(String error, int pauseAfter, OffsetDateTime now) {
        consecutiveFailures++;
        updatedAt = now;
        if (active() && consecutiveFailures >= pauseAfter) {
            status = "paused";
            pausedReason = (consecutiveFailures + " failed deliveries in a row; last: " + error);
            pausedReason = pausedReason.substring(0, Math.min(500, pausedReason.length()));
            return true;
        }
        return false;
    }

    public void delivered(OffsetDateTime now) {
        consecutiveFailures = 0;
        updatedAt = now;
    }

    public void resume(OffsetDateTime now) {
        status = "active";
        consecutiveFailures = 0;
        pausedReason = null;
        updatedAt = now;
    }

    public boolean active() {
        return "active".equals(status);
    }

    public java.util.UUID id() {
        return id;
    }

    public String url() {
        return url;
    }

    public List<String> events() {
        return List.of(events.split(","));
    }

    public String status() {
        return status;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public String pausedReason() {
        return pausedReason;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
