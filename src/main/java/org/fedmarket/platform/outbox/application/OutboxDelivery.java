package org.fedmarket.platform.outbox.application;

import com.nimbusds.jwt.JWTClaimsSet;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.keys.application.SigningKeys;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.outbox.persistence.OutboxRepository.Pending;
import org.fedmarket.platform.schedule.Coalesced;
import org.fedmarket.platform.schedule.ModuleJobs;
import org.fedmarket.platform.trace.Traces;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;

/**
 * Sends due outbox messages: mails through {@link MailDelivery}, messages to nodes signed now with the node's current key. No connection, a timeout,
 * 401, 408, 429 and 5xx may pass and are retried; any other refusal is final. A 401 may pass because a receiver that has
 * not yet learnt this node's new key (or membership) from the registry refuses the signature until it does.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final int BATCH = 20;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    Outbox outbox;
    @Inject
    MailDelivery mail;
    @Inject
    SignedMessages signer;
    @Inject
    ModuleJobs jobs;
    @Inject
    Traces traces;
    @Inject
    MetricRegistry metrics;
    @Inject
    @ConfigProperty(name = "fedmarket.outbox.interval")
    Duration interval;

    @Resource
    ManagedExecutorService executor;

    private volatile Coalesced soon;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (SigningKeys.needsKeys(ready.modules()) || ready.modules().isOn(Module.STOREFRONT)) {
            soon = new Coalesced("outbox-delivery", executor, this::deliverDue);
            jobs.scheduleForNode("outbox-delivery", interval, this::deliverDue);
            metrics.gauge("fedmarket_outbox_waiting", outbox::waiting);
            metrics.gauge("fedmarket_outbox_oldest_age_seconds", outbox::oldestWaitingAge);
            metrics.counter("fedmarket_outbox_delivered"); // from 0, so increase() counts the first delivery
            metrics.counter("fedmarket_outbox_abandoned");
        }
    }

    /** A committed message is sent at once, not at the next round; the round remains for retries and for other instances' messages. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued queued) {
        Coalesced now = soon;
        if (now != null) {
            now.wake();
        }
    }

    /** One round: claims due messages, sends each, records the outcome; repeats while batches are full. */
    public void deliverDue() {
        List<Pending> due;
        do {
            due = outbox.claimDue(BATCH);
            due.forEach(this::deliver);
        } while (due.size() == BATCH);
    }

    private void deliver(Pending message) {
        if (message.destination().startsWith(Mail.SCHEME)) {
            DeliveryResult result = mail.send(message);
            if (result.delivered()) {
                outbox.delivered(message);
            } else {
                outbox.failed(message, result.error(), result.mayPass());
            }
        } else {
            post(message);
        }
    }

    /** Sends one message in a span that continues the trace it was queued in, and passes that trace on. */
    private void post(Pending message) {
        Span span = traces.start("POST " + message.type(), SpanKind.CLIENT, message.traceparent());
        try (Scope ignored = span.makeCurrent()) {
            span.setAttribute("http.request.method", "POST");
            span.setAttribute("url.full", message.destination());
            span.setAttribute("fedmarket.outbox.attempt", message.attempts() + 1L);
            String jws = signer.sign(message.type(), JWTClaimsSet.parse(message.claims()));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(message.destination()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/jose")
                    .POST(HttpRequest.BodyPublishers.ofString(jws));
            traces.headers(request::header);
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            span.setAttribute("http.response.status_code", status);
            if (status / 100 != 2) {
                span.setStatus(StatusCode.ERROR);
            }
            if (status / 100 == 2) {
                outbox.delivered(message);
            } else {
                outbox.failed(message, "HTTP " + status + ": " + response.body(),
                        status >= 500 || status == 401 || status == 408 || status == 429);
            }
        } catch (IOException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            outbox.failed(message, e.getClass().getSimpleName() + ": " + e.getMessage(), true);
        } catch (ParseException | IllegalArgumentException e) {
            outbox.failed(message, "unsendable: " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the lease runs out and a later round sends it
        } finally {
            span.end();
        }
    }
}
