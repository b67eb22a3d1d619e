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
import org.fedmarket.platform.partner.PartnerCallFilter;

import java.security.Principal;

/**
 * Draws a token for each call of a {@link RateLimited} method, after the caller is known: a partner
 * (its shop id), a logged-in user or API token (its principal), else the client address.
 */
@Provider
@RateLimited
@Priority(Priorities.AUTHORIZATION + 100)
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject
    RateLimits limits;
    @Context
    ResourceInfo resource;
    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        limits.consume(limitOf(resource), subject(request, request.getProperty(PartnerCallFilter.CALLER), servletRequest));
    }

    static String limitOf(ResourceInfo resource) {
        RateLimited onMethod = resource.getResourceMethod().getAnnotation(RateLimited.class);
        return (onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RateLimited.class)).value();
    }

    /** Whose bucket a call draws from: the partner's (its shop id), the signed-in user's or API token's, else the address's. */
    static String subject(ContainerRequestContext request, Object partner, HttpServletRequest servletRequest) {
        if (partner != null) {
            return "partner:" + partner;
        }
        Principal user = request.getSecurityContext().getUserPrincipal();
        if (user != null) {
            return "user:" + user.getName();
        }
        return "address:" + servletRequest.getRemoteAddr();
    }
}
