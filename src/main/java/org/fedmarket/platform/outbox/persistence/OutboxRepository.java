package org.fedmarket.platform.outbox.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;

import static org.fedmarket.platform.database.NativeValues.time;

/** The outbox table, through native SQL: rows are claimed with SKIP LOCKED so several instances can deliver. */
@ApplicationScoped
public class OutboxRepository {

    /** A message as sent so far. */
    public record Sent(long id, String type, java.time.OffsetDateTime createdAt, java.time.OffsetDateTime deliveredAt,
                       java.time.OffsetDateTime abandonedAt, int attempts, String lastError) {
    }

    /**
     * A message due for delivery. {@code claims} are signed as a JWS of {@code type} at delivery time;
     * {@code traceparent} is the trace its delivery continues (null: none).
     */
    public record Pending(long id, String type, String destination, String audience, String claims, int attempts,
                          String traceparent) {
    }

    @PersistenceContext(unitName = "fedmarket")
    EntityManager em;

    public void add(String module, String type, String destination, String audience, String claims, String traceparent,
                    OffsetDateTime now) {
        em.createNativeQuery("INSERT INTO platform.outbox (module, message_type, destination, audience, claims, traceparent,"
                        + " created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, module).setParameter(2, type).setParameter(3, destination).setParameter(4, audience)
                .setParameter(5, claims).setParameter(6, traceparent).setParameter(7, now).setParameter(8, now)
                .executeUpdate();
    }

    /**
     * Takes up to {@code limit} due messages and leases them until {@code leaseUntil}: if this node
     * dies while delivering, another run picks them up after the lease.
     */
    @SuppressWarnings("unchecked")
    public List<Pending> claimDue(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        List<Object[]> rows = em.createNativeQuery("UPDATE platform.outbox SET next_attempt_at = ? WHERE id IN ("
                        + " SELECT id FROM platform.outbox WHERE delivered_at IS NULL AND abandoned_at IS NULL"
                        + " AND next_attempt_at <= ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)"
                        + " RETURNING id, message_type, destination, audience, claims, attempts, traceparent")
                .setParameter(1, leaseUntil).setParameter(2, now).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new Pending(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], ((Number) r[5]).intValue(), (String) r[6])).sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
    }

    public void delivered(long id, OffsetDateTime now) {
        em.createNativeQuery("UPDATE platform.outbox SET delivered_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
                .setParameter(1, now).setParameter(2, id).executeUpdate();
    }

    /**
     * An attempt failed; the next is due at {@code retryAt}. A message an operator abandoned while the attempt was under
     * way keeps the operator's reason.
     */
    public void failed(long id, String error, OffsetDateTime retryAt) {
        em.createNativeQuery("UPDATE platform.outbox SET attempts = attempts + 1, next_attempt_at = ?,"
                        + " last_error = CASE WHEN abandoned_at IS NULL THEN ? ELSE last_error END WHERE id = ?")
                .setParameter(1, retryAt).setParameter(2, truncate(error)).setParameter(3, id).executeUpdate();
    }

    /** The last attempt failed: the message is given up, unless an operator gave it up first (their reason stays). */
    public void abandoned(long id, String error, OffsetDateTime now) {
        em.createNativeQuery("UPDATE platform.outbox SET attempts = attempts + 1,"
                        + " last_error = CASE WHEN abandoned_at IS NULL THEN ? ELSE last_error END, abandoned_at = COALESCE(abandoned_at, ?)"
                        + " WHERE id = ?")
                .setParameter(1, truncate(error)).setParameter(2, now).setParameter(3, id).executeUpdate();
    }

    public long countWaiting() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM platform.outbox WHERE delivered_at IS NULL"
                + " AND abandoned_at IS NULL").getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<Sent> sentTo(String destination, int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, message_type, created_at, delivered_at, abandoned_at, attempts, last_error"
                + " FROM platform.outbox WHERE destination = ? ORDER BY id DESC LIMIT ?").setParameter(1, destination)
                .setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new Sent(((Number) r[0]).longValue(), (String) r[1], time(r[2]), time(r[3]), time(r[4]),
                ((Number) r[5]).intValue(), (String) r[6])).toList();
    }

    public int abandonAllTo(String destination, String reason, OffsetDateTime now) {
        return em.createNativeQuery("UPDATE platform.outbox SET abandoned_at = ?, last_error = ? WHERE destination = ?"
                + " AND delivered_at IS NULL AND abandoned_at IS NULL").setParameter(1, now).setParameter(2, reason)
                .setParameter(3, destination).executeUpdate();
    }

    /** A message as the operator sees it: where it goes, how often it was tried, and how it stands. */
    public record Entry(long id, String module, String type, String destination, java.time.OffsetDateTime createdAt, int attempts,
                        java.time.OffsetDateTime nextAttemptAt, java.time.OffsetDateTime deliveredAt,
                        java.time.OffsetDateTime abandonedAt, String lastError) {
    }

    /** The latest messages in {@code state} ({@code waiting}, {@code abandoned} or {@code delivered}), newest first. */
    @SuppressWarnings("unchecked")
    public List<Entry> list(String state, int limit) {
        String where = switch (state) {
            case "waiting" -> "delivered_at IS NULL AND abandoned_at IS NULL";
            case "abandoned" -> "abandoned_at IS NOT NULL";
            case "delivered" -> "delivered_at IS NOT NULL";
            default -> throw new IllegalArgumentException(state);
        };
        List<Object[]> rows = em.createNativeQuery("SELECT id, module, message_type, destination, created_at, attempts, next_attempt_at,"
                + " delivered_at, abandoned_at, last_error FROM platform.outbox WHERE " + where + " ORDER BY id DESC LIMIT ?")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], time(r[4]),
                ((Number) r[5]).intValue(), time(r[6]), time(r[7]), time(r[8]), (String) r[9])).toList();
    }

    /** Makes an undelivered message (waiting or abandoned) due now; false when it is delivered or unknown. */
    public boolean exists(long id) {
        return !em.createNativeQuery("SELECT 1 FROM platform.outbox WHERE id = ?").setParameter(1, id).getResultList().isEmpty();
    }

    public boolean retryNow(long id, OffsetDateTime now) {
        return em.createNativeQuery("UPDATE platform.outbox SET next_attempt_at = ?, abandoned_at = NULL WHERE id = ?"
                + " AND delivered_at IS NULL").setParameter(1, now).setParameter(2, id).executeUpdate() == 1;
    }

    /** Gives up on a waiting message; false when it is delivered, abandoned already or unknown. */
    public boolean abandon(long id, String reason, OffsetDateTime now) {
        return em.createNativeQuery("UPDATE platform.outbox SET abandoned_at = ?, last_error = ? WHERE id = ?"
                + " AND delivered_at IS NULL AND abandoned_at IS NULL").setParameter(1, now).setParameter(2, truncate(reason))
                .setParameter(3, id).executeUpdate() == 1;
    }

    /** Seconds the oldest undelivered message has waited (0 when none waits). */
    public double oldestWaitingAge() {
        Object age = em.createNativeQuery("SELECT EXTRACT(EPOCH FROM now() - min(created_at)) FROM platform.outbox"
                + " WHERE delivered_at IS NULL AND abandoned_at IS NULL").getSingleResult();
        return age == null ? 0 : ((Number) age).doubleValue();
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 500 ? s.substring(0, 500) : s;
    }
}
