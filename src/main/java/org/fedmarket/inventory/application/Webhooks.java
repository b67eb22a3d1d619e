package org.fedmarket.inventory.application;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.inventory.domain.Webhook;
import org.fedmarket.inventory.persistence.WebhookRepository;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.outbox.application.DeliveryOutcome;
import org.fedmarket.platform.outbox.application.Outbox;
import org.fedmarket.platform.outbox.persistence.OutboxRepository;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The shop's webhooks. An event is queued for every active webhook that receives it, in the
 * transaction that caused it, as a {@code fedmarket-webhook+jwt} signed with the node's key at
 * delivery (README, "Webhooks"); the outbox retries failures with backoff. A webhook whose deliveries
 * failed {@code fedmarket.webhooks.pause-after-failures} times in a row is paused and its undelivered
 * events are dropped, so a dead receiver is not hammered; resuming starts afresh.
 */
@ApplicationScoped
public class Webhooks {

    public static final String TYPE = "fedmarket-webhook+jwt";
    private static final Logger LOG = Logger.getLogger(Webhooks.class.getName());

    /** A webhook with its latest deliveries. */
    public record WebhookView(String id, String url, List<String> events, String status, int consecutiveFailures,
                              String pausedReason, OffsetDateTime createdAt, List<OutboxRepository.Sent> deliveries) {
    }

    @Inject
    Clock clock;
    @Inject
    WebhookRepository webhooks;
    @Inject
    Outbox outbox;
    @Inject
    @ConfigProperty(name = "fedmarket.webhooks.pause-after-failures")
    int pauseAfter;

    @Audited("webhooks.registered")
    @Transactional
    public WebhookView register(String url, List<String> events) {
        Webhook webhook = new Webhook(UUID.randomUUID(), url, events, now());
        webhooks.add(webhook);
        return view(webhook);
    }

    @Transactional
    public List<WebhookView> all() {
        return webhooks.all().stream().map(this::view).toList();
    }

    @Transactional
    public WebhookView resume(String id) {
        Webhook webhook = find(id);
        webhook.resume(now());
        return view(webhook);
    }

    @Audited("webhooks.deleted")
    @Transactional
    public void delete(String id) {
        Webhook webhook = find(id);
        outbox.abandonAllTo(webhook.url(), "webhook deleted");
        webhooks.remove(webhook);
    }

    /** Queues {@code event} with {@code payload} for every active webhook that receives it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Module sender, String issuer, String event, Map<String, Object> payload) {
        for (Webhook webhook : webhooks.all()) {
            if (webhook.receives(event)) {
                JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).claim("event", event)
                        .claim("webhook", webhook.id().toString()).claim("data", payload);
                outbox.enqueue(sender, TYPE, webhook.url(), webhook.url(), claims.build());
            }
        }
    }

    /** Follows every delivery attempt to a webhook (runs in the outbox's transaction). */
    void onOutcome(@Observes DeliveryOutcome outcome) {
        if (!TYPE.equals(outcome.type())) {
            return;
        }
        OffsetDateTime now = now();
        for (Webhook webhook : webhooks.lockByUrl(outcome.destination())) {
            if (outcome.delivered()) {
                webhook.delivered(now);
            } else if (webhook.failed(outcome.error(), pauseAfter, now)) {
                int dropped = outbox.abandonAllTo(webhook.url(), "webhook paused");
                LOG.warning(() -> "Webhook " + webhook.url() + " paused: " + webhook.pausedReason() + "; " + dropped + " events dropped");
            }
        }
    }

    private Webhook find(String id) {
        try {
            return webhooks.lock(UUID.fromString(id)).orElseThrow(() -> new NoSuchEntityException("Webhook", id));
        } catch (IllegalArgumentException e) {
            throw new NoSuchEntityException("Webhook", id);
        }
    }

    private WebhookView view(Webhook w) {
        return new WebhookView(w.id().toString(), w.url(), w.events(), w.status(), w.consecutiveFailures(), w.pausedReason(),
                w.createdAt(), outbox.sentTo(w.url(), 20));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
