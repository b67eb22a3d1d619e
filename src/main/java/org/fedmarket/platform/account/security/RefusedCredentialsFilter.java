package org.fedmarket.platform.account.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * An API request whose credentials were refused is answered 401 (429 when the login throttle refused them) before any resource runs — also
 * on routes that need no login, so a client learns at once that its credentials are wrong.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RefusedCredentialsFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(AdminAuthenticationMechanism.REFUSED) != null) {
            context.abortWith(AdminAuthenticationMechanism.refusal(request));
        }
    }
}
