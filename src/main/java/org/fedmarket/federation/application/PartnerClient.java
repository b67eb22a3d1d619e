package org.fedmarket.federation.application;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.RedirectionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.fedmarket.federation.domain.DirectoryMember;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import org.fedmarket.inventory.api.CatalogueDelta;
import org.fedmarket.inventory.api.HoldGranted;
import org.fedmarket.inventory.api.ListedProduct;
import org.fedmarket.inventory.api.OrderRequest;
import org.fedmarket.inventory.api.OrderState;
import org.fedmarket.inventory.api.PartnerInventoryApi;
import org.fedmarket.platform.market.api.SharedEventsApi;
import org.fedmarket.platform.partner.CallTokens;
import org.fedmarket.platform.problem.DomainException;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * This shop's calls to its partners, all through here: signed with a call token, sent to the base
 * URL the registry gives, with connect and read timeouts, retried when they are reads and the
 * partner did not answer (MicroProfile Fault Tolerance), and behind one circuit breaker per partner,
 * so a partner that is down costs no waiting until it is tried again.
 */
@ApplicationScoped
public class PartnerClient {

    /** The partner refused the call (its status, and its problem type when it sent one). */
    public static class PartnerCallFailedException extends DomainException {
        private final String reason;
        private final Duration retryAfter;

        PartnerCallFailedException(int status, String reason, String detail) {
            this(status, reason, detail, null);
        }

        PartnerCallFailedException(int status, String reason, String detail, Duration retryAfter) {
            super("partner-call-failed", "Partner call failed", status, detail);
            this.reason = reason;
            this.retryAfter = retryAfter;
        }

        /** The partner asked to wait (429): another attempt after its Retry-After may succeed. */
        public boolean isRateLimited() {
            return status() == 429;
        }

        /**
         * The partner refused the call token. When a connection breaks, the HTTP client may send the same request
         * once more, and its single-use token is then refused as used although the first one arrived; a new attempt
         * with a new token finds the same hold (same reference) or order (same key).
         */
        public boolean isTokenRefused() {
            return status() == 401 && "partner-call-unauthenticated".equals(reason);
        }

        /** The wait the partner asked for (Retry-After), if it did. */
        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }

        /** The partner's problem type without its URN prefix (e.g. {@code not-enough-stock}), or null. */
        public String reason() {
            return reason;
        }
    }

    /** The partner did not answer, or calls to it are paused by its circuit breaker (503). */
    public static class PartnerUnavailableException extends DomainException {
        PartnerUnavailableException(String detail) {
            super("partner-unavailable", "Partner unavailable", 503, detail);
        }
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    MembershipStore directory;
    @Inject
    CallTokens tokens;
    @Inject
    MetricRegistry metrics;
    @Inject
    PartnerMetrics partnerMetrics;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.partner-breaker-pause")
    Duration breakerPause;

    private volatile CircuitBreakerRegistry breakers;

    /** A catalogue answer: not modified (304), the full catalogue, or the changes after a revision. */
    public record CatalogueAnswer(boolean modified, long revision, String etag, List<ListedProduct> products,
                                  CatalogueDelta delta) {
    }

    /**
     * The partner's catalogue: with {@code etag} conditional (304 → not modified), with {@code since}
     * only the changes after that revision.
     */
    @Retry(maxRetries = 2, delay = 200, jitter = 50, retryOn = PartnerUnavailableException.class, abortOn = BreakerOpenException.class)
    public CatalogueAnswer catalogue(String partner, String etag, Long since) {
        DirectoryMember member = member(partner);
        return call(partner, "catalogue", () -> {
            String token = token(partner, member, "GET", "/api/v1/products" + (since == null ? "" : "?since=" + since), null, false);
            return using(member, PartnerInventoryApi.class, api -> {
                Response answer = ConditionalAnswers.of(() -> since == null ? api.products(token, etag) : api.changes(token, etag, since));
                try (Response received = answer) {
                    String newEtag = received.getHeaderString("ETag");
                    long revision = Long.parseLong(Optional.ofNullable(received.getHeaderString(PartnerInventoryApi.REVISION_HEADER))
                            .orElseGet(() -> newEtag == null ? "0" : newEtag.replaceAll("[^0-9]", "")));
                    if (received.getStatus() == 304) {
                        return new CatalogueAnswer(false, revision, newEtag == null ? etag : newEtag, List.of(), null);
                    }
                    if (since == null) {
                        return new CatalogueAnswer(true, revision, newEtag, received.readEntity(new GenericType<List<ListedProduct>>() { }), null);
                    }
                    return new CatalogueAnswer(true, revision, newEtag, List.of(), received.readEntity(CatalogueDelta.class));
                } catch (NumberFormatException e) {
                    throw new PartnerCallFailedException(502, null, partner + " sent no usable catalogue revision");
                }
            });
        });
    }

    /** Holds stock at the partner; the same {@code reference} again finds the same hold, so this is retried. */
    @Retry(maxRetries = 2, delay = 200, jitter = 50, retryOn = PartnerUnavailableException.class, abortOn = BreakerOpenException.class)
    public HoldGranted hold(String partner, String productId, int quantity, String reference) {
        DirectoryMember member = member(partner);
        return call(partner, "hold", () -> using(member, PartnerInventoryApi.class, api -> api.hold(token(partner, member, "GET",
                "/api/v1/product/" + productId + "?quantity=" + quantity + "&reference=" + reference, null, true),
                productId, quantity, reference)));
    }

    /** Places an order; the idempotency key makes a retry find the first order, so this is retried too. */
    @Retry(maxRetries = 2, delay = 500, jitter = 100, retryOn = PartnerUnavailableException.class, abortOn = BreakerOpenException.class)
    public OrderState order(String partner, OrderRequest order, String idempotencyKey) {
        DirectoryMember member = member(partner);
        byte[] body = JSON.toJson(order).getBytes(StandardCharsets.UTF_8);
        return call(partner, "order", () -> using(member, PartnerInventoryApi.class,
                api -> api.order(token(partner, member, "POST", "/api/v1/order", body, true), idempotencyKey, body)));
    }

    @Retry(maxRetries = 2, delay = 200, jitter = 50, retryOn = PartnerUnavailableException.class, abortOn = BreakerOpenException.class)
    public OrderState orderState(String partner, String orderId) {
        DirectoryMember member = member(partner);
        return call(partner, "order-status", () -> using(member, PartnerInventoryApi.class,
                api -> api.order(token(partner, member, "GET", "/api/v1/order/" + orderId, null, false), orderId)));
    }

    /** A page of the partner's event feed about the products this shop shares with it (needs share-data), as the partner sent it. */
    @Retry(maxRetries = 2, delay = 200, jitter = 50, retryOn = PartnerUnavailableException.class, abortOn = BreakerOpenException.class)
    public String events(String partner, String after, String limit) {
        DirectoryMember member = member(partner);
        return call(partner, "events", () -> using(member, SharedEventsApi.class,
                api -> api.events(token(partner, member, "GET", "/api/events/shared", null, false), after, limit)));
    }

    /** The partner's circuit breaker: closed, open or half_open. */
    public String breakerState(String partner) {
        return breakers().circuitBreaker(partner).getState().name().toLowerCase(java.util.Locale.ROOT);
    }

    private String token(String partner, DirectoryMember member, String method, String path, byte[] body, boolean changes) {
        String prefix = Optional.ofNullable(URI.create(member.baseUrl()).getRawPath()).orElse("");
        return CallTokens.SCHEME + " " + tokens.sign(partner, method, prefix.replaceAll("/$", "") + path, body, changes);
    }

    /** Calls to a partner whose breaker is open fail at once (503), and are not retried. */
    public static class BreakerOpenException extends PartnerUnavailableException {
        BreakerOpenException(String partner) {
            super("Calls to " + partner + " are paused after repeated failures; it is tried again shortly");
        }
    }

    /**
     * One call, timed per partner and kind ({@code fedmarket_partner_call_seconds}); failures are
     * counted by reason ({@code fedmarket_partner_call_failures_total}: unavailable, refused, paused).
     */
    private <T> T call(String partner, String kind, Supplier<T> call) {
        CircuitBreaker breaker = breakers().circuitBreaker(partner);
        Tag[] tags = {new Tag("partner", partner), new Tag("call", kind)};
        long start = System.nanoTime();
        try {
            return breaker.executeSupplier(() -> {
                try {
                    return call.get();
                } catch (ProcessingException e) {
                    throw new PartnerUnavailableException(partner + " cannot be reached");
                } catch (RedirectionException e) { // its base URL is not where it answers: as good as no answer
                    throw new PartnerUnavailableException(partner + " answered with a redirect (HTTP " + e.getResponse().getStatus() + ")");
                } catch (RemoteRefusal e) {
                    if (e.status() >= 500) {
                        throw new PartnerUnavailableException(partner + " failed: " + e.getMessage());
                    }
                    throw new PartnerCallFailedException(e.status(), e.type().orElse(null), partner + " refused: " + e.getMessage(),
                            e.retryAfter().orElse(null));
                }
            });
        } catch (CallNotPermittedException e) {
            failed(tags, "paused");
            throw new BreakerOpenException(partner);
        } catch (PartnerUnavailableException e) {
            failed(tags, "unavailable");
            throw e;
        } catch (PartnerCallFailedException e) {
            failed(tags, "refused");
            throw e;
        } finally {
            metrics.timer("fedmarket_partner_call", tags).update(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private void failed(Tag[] tags, String reason) {
        partnerMetrics.callFailed(tags[0].getTagValue(), tags[1].getTagValue(), reason);
    }

    private CircuitBreakerRegistry breakers() {
        CircuitBreakerRegistry registry = breakers;
        if (registry == null) {
            registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                    .slidingWindowSize(10)
                    .minimumNumberOfCalls(4)
                    .failureRateThreshold(50)
                    .waitDurationInOpenState(breakerPause)
                    .permittedNumberOfCallsInHalfOpenState(1)
                    .recordExceptions(PartnerUnavailableException.class) // a refusal is an answer, not a failure
                    .build());
            breakers = registry;
        }
        return registry;
    }

    private DirectoryMember member(String partner) {
        return directory.member(partner).orElseThrow(() -> new UnknownPartnerException(partner));
    }

    /** One call through a client of the partner's {@code api}, closed afterwards with its connections. */
    private static <T, R> R using(DirectoryMember member, Class<T> api, Function<T, R> call) {
        T client = RestClientBuilder.newBuilder()
                .baseUri(URI.create(member.baseUrl() + "/api"))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .followRedirects(false)
                .register(ProblemAnswerMapper.class)
                .register(GzipAnswers.class)
                .build(api);
        try {
            return call.apply(client);
        } finally {
            try {
                ((Closeable) client).close();
            } catch (IOException | ClassCastException notClosable) {
                // nothing more to release
            }
        }
    }
}
