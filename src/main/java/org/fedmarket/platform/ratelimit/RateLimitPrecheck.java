package org.fedmarket.platform.ratelimit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.fedmarket.platform.partner.CallTokens;

/**
 * Refuses a {@link RateLimited} call before its token is verified or its body read, when the caller it claims to be
 * has a bucket this node found empty and that cannot have refilled yet: a partner flooding past its limit costs a
 * header read and a map lookup per call. While no bucket is known empty, it costs one clock read. Nothing is drawn
 * here, so a forger naming another shop cannot spend that shop's bucket; it can only learn that the shop is being
 * refused (429 instead of 401).
 */
@Provider
@RateLimited
@Priority(Priorities.AUTHENTICATION - 100)
public class RateLimitPrecheck implements ContainerRequestFilter {

    @Inject
    RateLimits limits;
    @Context
    ResourceInfo resource;
    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!limits.anyKnownEmpty()) {
            return; // nobody is being refused: no token to read
        }
        Object claimedPartner = CallTokens.claimedCaller(request.getHeaderString("Authorization")).orElse(null);
        limits.refuseIfKnownEmpty(RateLimitFilter.limitOf(resource), RateLimitFilter.subject(request, claimedPartner, servletRequest));
    }
}
