package org.fedmarket.platform.account.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import org.fedmarket.platform.problem.Problem;
import org.fedmarket.platform.problem.ProblemResponses;

import java.net.URI;
import java.util.Set;

/**
 * Browsers replay cached Basic credentials on any request to this node, so a page elsewhere
 * could make an administrator's browser change things through the API. Browsers say where a
 * request comes from ({@code Sec-Fetch-Site}, {@code Origin}); a state-changing API request from
 * another site is refused with 403. Scripts and other nodes send neither header and are unaffected.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 10)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> SAME_SITE = Set.of("same-origin", "none");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || !isCrossSite(request)) {
            return;
        }
        UriInfo uri = request.getUriInfo();
        request.abortWith(ProblemResponses.of(Problem.ofType("cross-site-request", "Forbidden", 403,
                "State-changing API requests from other sites are refused", uri.getRequestUri().getRawPath())).build());
    }

    static boolean isCrossSite(ContainerRequestContext request) {
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !SAME_SITE.contains(fetchSite.trim().toLowerCase());
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return false;
        }
        URI own = request.getUriInfo().getRequestUri();
        try {
            URI from = URI.create(origin.trim());
            return !(own.getScheme().equalsIgnoreCase(from.getScheme())
                    && own.getHost().equalsIgnoreCase(from.getHost())
                    && port(own) == port(from));
        } catch (IllegalArgumentException | NullPointerException unparsable) {
            return true; // "null" and garbage origins are not this node
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
