package org.fedmarket.federation.application;

import org.fedmarket.platform.problem.DomainException;

import java.time.Duration;
import java.util.Optional;

/**
 * The Hub refused a call with a problem: its type, status and detail are passed on to this node's
 * caller (the administrator), so "invitation already used" reads the same on both ends.
 */
public class HubRefusedException extends DomainException {

    /** The problem type of a Hub refusal that named none of its own. */
    private static final String UNTYPED = "hub-refused";

    private final Duration retryAfter;

    private HubRefusedException(String slug, int status, String detail, Duration retryAfter) {
        super(slug, "Refused by the Hub", status, detail);
        this.retryAfter = retryAfter;
    }

    /** How long the other node asked to wait (its Retry-After, in seconds), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The Hub answered, but with something this node cannot read: a bad gateway. */
    static HubRefusedException unreadable(String what, RuntimeException cause) {
        return new HubRefusedException(UNTYPED, 502, "The Hub's " + what + " cannot be read: " + cause.getMessage(), null);
    }

    /** The Hub's refusal as this node passes it on: the Hub's type (or {@code hub-refused}), 502 for its 5xx and redirects. */
    static HubRefusedException of(RemoteRefusal refusal) {
        int status = refusal.status() >= 400 && refusal.status() < 500 ? refusal.status() : 502; // a 5xx or a redirect: bad gateway
        return new HubRefusedException(refusal.type().orElse(UNTYPED), status,
                refusal.detail().orElse("The Hub answered HTTP " + refusal.status()), refusal.retryAfter().orElse(null));
    }
}
