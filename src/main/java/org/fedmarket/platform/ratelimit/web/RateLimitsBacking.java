package org.fedmarket.platform.ratelimit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.platform.ratelimit.RateLimits;

import java.util.List;

/** The rate limits as the administration page lists them. */
@Named("rateLimitsPage")
@RequestScoped
public class RateLimitsBacking {

    @Inject
    RateLimits limits;

    public List<RateLimits.Limit> getLimits() {
        return List.copyOf(limits.all().values());
    }
}
