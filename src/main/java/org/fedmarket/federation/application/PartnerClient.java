package org.fedmarket.federation.application;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.fedmarket.federation.domain.DirectoryMember;
import org.fedmarket.inventory.api.PartnerInventoryApi;
import org.fedmarket.inventory.api.ProductView;
import org.fedmarket.platform.partner.CallTokens;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.DomainException;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * This shop's calls to its partners, all through here: signed with a call token, sent to the base
 * URL the registry gives, with connect and read timeouts, retried when they are reads and the
 * partner did not answer (MicroProfile Fault Tolerance), and behind one circuit breaker per partner,
 * so a partner that is down costs no waiting until it is tried again.
 */
@ApplicationScoped
public class PartnerClient {

    /** The partner refused the call (its status). */
    public static class PartnerCallFailedException extends DomainException {
        PartnerCallFailedException(int status, String detail) {
            super("partner-call-failed", "Partner call failed", status, detail);
        }
    }

    /** The partner did not answer, or calls to it are paused by its circuit breaker (503). */
    public static class PartnerUnavailableException extends DomainException {
        PartnerUnavailableException(String detail) {
            super("partner-unavailable", "Partner unavailable", 503, detail);
        }
    }

    @Inject
    MembershipStore directory;
    @Inject
    CallTokens tokens;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.partner-breaker-pause", defaultValue = "PT30S")
    Duration breakerPause;

    private volatile CircuitBreakerRegistry breakers;

    @Retry(maxRetries = 2, delay = 200, retryOn = PartnerUnavailableException.class, abortOn = BreakerOpenException.class)
    public List<ProductView> catalogueOf(String partner) {
        DirectoryMember member = member(partner);
        return call(partner, () -> client(member).products(CallTokens.SCHEME + " "
                + tokens.sign(partner, "GET", "/api/v1/products", null)));
    }

    /** Calls to a partner whose breaker is open fail at once (503), and are not retried. */
    public static class BreakerOpenException extends PartnerUnavailableException {
        BreakerOpenException(String partner) {
            super("Calls to " + partner + " are paused after repeated failures; it is tried again shortly");
        }
    }

    private <T> T call(String partner, Supplier<T> call) {
        CircuitBreaker breaker = breakers().circuitBreaker(partner);
        try {
            return breaker.executeSupplier(() -> {
                try {
                    return call.get();
                } catch (ProcessingException e) {
                    throw new PartnerUnavailableException(partner + " cannot be reached");
                } catch (HubRefusedException e) {
                    if (e.status() >= 500) {
                        throw new PartnerUnavailableException(partner + " failed: " + e.getMessage());
                    }
                    throw new PartnerCallFailedException(e.status(), partner + " refused: " + e.getMessage());
                }
            });
        } catch (CallNotPermittedException e) {
            throw new BreakerOpenException(partner);
        }
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
        return directory.member(partner).orElseThrow(() -> new BusinessRuleException("partner-unknown",
                partner + " is not an active member in this shop's directory"));
    }

    private static PartnerInventoryApi client(DirectoryMember member) {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(member.baseUrl() + "/api"))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .followRedirects(false)
                .register(HubProblemMapper.class)
                .build(PartnerInventoryApi.class);
    }
}
