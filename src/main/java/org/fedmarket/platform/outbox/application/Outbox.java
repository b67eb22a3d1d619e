package org.fedmarket.platform.outbox.application;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.outbox.persistence.OutboxRepository;
import org.fedmarket.platform.outbox.persistence.OutboxRepository.Pending;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.NoSuchEntityException;
import org.fedmarket.platform.trace.Traces;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Signed messages to other nodes and mails to people, queued in the transaction that caused them: a message is sent
 * only if its change commits, and it is sent even if the receiver is down right now. A failure that may
 * pass is retried after {@code first-retry × 2^(attempt-1)}, capped at {@code max-backoff}, until
 * {@code max-attempts}; the defaults try 16 times over about 38 hours.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);
    static final List<String> STATES = List.of("waiting", "abandoned", "delivered");

    @Inject
    Clock clock;
    @Inject
    OutboxRepository messages;
    @Inject
    MetricRegistry metrics;
    @Inject
    Event<DeliveryOutcome> outcomes;
    @Inject
    Event<MessageQueued> queued;
    @Inject
    Traces traces;
    @Inject
    @ConfigProperty(name = "fedmarket.outbox.first-retry")
    Duration firstRetry;
    @Inject
    @ConfigProperty(name = "fedmarket.outbox.max-backoff")
    Duration maxBackoff;
    @Inject
    @ConfigProperty(name = "fedmarket.outbox.max-attempts")
    int maxAttempts;

    /**
     * Queues {@code claims} for {@code destination} (a URL taking {@code application/jose}), to be
     * signed as a {@code type} JWS for {@code audience}. The jti is fixed now, so retries are recognisable.
     * Its delivery continues the current trace.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Module sender, String type, String destination, String audience, JWTClaimsSet claims) {
        enqueue(sender, type, destination, audience, claims, traces.current());
    }

    /** As {@link #enqueue(Module, String, String, String, JWTClaimsSet)}, continuing the trace {@code traceparent} (may be null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Module sender, String type, String destination, String audience, JWTClaimsSet claims, String traceparent) {
        JWTClaimsSet withId = new JWTClaimsSet.Builder(claims).jwtID(UUID.randomUUID().toString()).audience(audience).build();
        messages.add(sender.id(), type, destination, audience, withId.toString(), traceparent, now());
        queued.fire(new MessageQueued(type));
    }

    /** Queues a mail to a person; it is sent like any message, after the current transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Module sender, Mail mail) {
        messages.add(sender.id(), Mail.TYPE, mail.destination(), "", mail.json(), traces.current(), now());
        queued.fire(new MessageQueued(Mail.TYPE));
    }

    /** Due messages, leased to the caller: if this node dies while sending, a later round takes them. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Pending> claimDue(int limit) {
        OffsetDateTime now = now();
        return messages.claimDue(now, now.plus(LEASE), limit);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(Pending message) {
        messages.delivered(message.id(), now());
        metrics.counter("fedmarket_outbox_delivered").inc();
        outcomes.fire(new DeliveryOutcome(message.type(), message.destination(), true, null));
    }

    /** The latest messages to {@code destination}, newest first: what was sent there and how it went. */
    @Transactional
    public List<OutboxRepository.Sent> sentTo(String destination, int limit) {
        return messages.sentTo(destination, limit);
    }

    /** Gives up on every undelivered message to {@code destination} (its receiver was paused). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int abandonAllTo(String destination, String reason) {
        return messages.abandonAllTo(destination, reason, now());
    }

    /** Messages not delivered yet: due now or waiting for their next attempt. */
    @Transactional
    public long waiting() {
        return messages.countWaiting();
    }

    /** Seconds the oldest undelivered message has waited. */
    @Transactional
    public double oldestWaitingAge() {
        return messages.oldestWaitingAge();
    }

    /** The latest 100 messages in {@code state}: {@code waiting}, {@code abandoned} or {@code delivered}. */
    @Transactional
    public List<OutboxRepository.Entry> list(String state) {
        if (state == null || !STATES.contains(state)) {
            throw new BusinessRuleException("outbox-state", "state must be one of " + STATES);
        }
        return messages.list(state, 100);
    }

    /** An operator's retry: the message is due now, also one that was abandoned (its attempts keep counting). */
    @Audited("outbox.message-retried")
    @Transactional
    public void retryNow(long id, String by) {
        if (!messages.retryNow(id, now())) {
            requireKnown(id);
            throw new ConflictException("outbox-message-delivered", "Message " + id + " is delivered: nothing to retry");
        }
        LOG.info(() -> "Message " + id + " retried now by " + by);
    }

    private void requireKnown(long id) {
        if (!messages.exists(id)) {
            throw new NoSuchEntityException("Message", String.valueOf(id));
        }
    }

    /** An operator gives up on a waiting message: it is never sent. */
    @Audited("outbox.message-abandoned")
    @Transactional
    public void abandon(long id, String by) {
        if (!messages.abandon(id, "abandoned by " + by, now())) {
            requireKnown(id);
            throw new ConflictException("outbox-message-not-waiting", "Message " + id + " is not waiting: delivered or abandoned");
        }
        metrics.counter("fedmarket_outbox_abandoned").inc();
        LOG.warning(() -> "Message " + id + " abandoned by " + by);
    }

    /** Schedules the next attempt, or gives up when the failure is final or attempts are spent. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Pending message, String error, boolean mayPass) {
        OffsetDateTime now = now();
        int attempt = message.attempts() + 1;
        if (mayPass && attempt < maxAttempts) {
            Duration wait = backoff(attempt);
            messages.failed(message.id(), error, now.plus(wait));
            outcomes.fire(new DeliveryOutcome(message.type(), message.destination(), false, error));
            LOG.info(() -> "Message " + message.id() + " to " + message.destination() + " failed (" + error
                    + "); attempt " + (attempt + 1) + " in " + wait);
        } else {
            messages.abandoned(message.id(), error, now);
            metrics.counter("fedmarket_outbox_abandoned").inc();
            outcomes.fire(new DeliveryOutcome(message.type(), message.destination(), false, error));
            LOG.warning(() -> "Message " + message.id() + " to " + message.destination() + " abandoned after "
                    + attempt + " attempt(s): " + error);
        }
    }

    Duration backoff(int attempt) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempt - 1, 30));
        return wait.compareTo(maxBackoff) > 0 || wait.isNegative() ? maxBackoff : wait;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
