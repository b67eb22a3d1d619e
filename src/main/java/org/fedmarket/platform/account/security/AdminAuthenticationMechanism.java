package org.fedmarket.platform.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import org.fedmarket.platform.problem.Problem;
import org.fedmarket.platform.account.application.ApiTokens;
import org.fedmarket.platform.keys.application.IssuedTokens;
import com.nimbusds.jwt.JWTClaimsSet;

import java.io.IOException;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.text.ParseException;

/**
 * Form login for the admin pages (the login page calls {@code SecurityContext.authenticate}, the
 * session then carries the administrator), HTTP Basic for scripts calling the REST API, which
 * never creates a session, and bearer tokens this node issued (see {@link IssuedTokens}). Pages that need a login redirect there; for the API, the JAX-RS layer
 * answers 401 problem+json (see {@link RefusedCredentialsFilter}).
 */
@ApplicationScoped
public class AdminAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = "fedmarket.admin";
    static final String REFUSED = "fedmarket.credentials-refused";

    record SignedIn(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;
    @Inject
    IssuedTokens issuedTokens;
    @Inject
    ApiTokens apiTokens;

    /** API tokens log in as {@code token:<public id>}. */
    public static final String TOKEN_PRINCIPAL_PREFIX = "token:";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return formLogin(request, context, identityStores.validate(submitted));
        }
        String authorization = request.getHeader("Authorization");
        boolean refused = request.getAttribute(REFUSED) != null; // Liberty asks twice on @RolesAllowed routes
        String apiToken = apiToken(authorization);
        if (!refused && apiToken != null) {
            Optional<ApiTokens.Caller> caller = apiTokens.verify(apiToken);
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(TOKEN_PRINCIPAL_PREFIX + caller.get().publicId(), caller.get().roles());
            }
            request.setAttribute(REFUSED, Boolean.TRUE);
            refused = true;
        }
        if (!refused && apiToken == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<JWTClaimsSet> token = issuedTokens.verify(authorization.substring(7).trim());
            if (token.isPresent()) {
                return context.notifyContainerAboutLogin(token.get().getSubject(), groups(token.get()));
            }
            request.setAttribute(REFUSED, Boolean.TRUE);
            refused = true;
        }
        if (!refused && authorization != null && authorization.regionMatches(true, 0, "Basic", 0, 5)) {
            UsernamePasswordCredential basic = parseBasic(authorization.substring(5).trim());
            CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT
                    : identityStores.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            request.setAttribute(REFUSED, Boolean.TRUE);
            refused = true;
        }
        if (refused) {
            if (!context.isProtected()) {
                return AuthenticationStatus.SEND_FAILURE; // Liberty still serves public resources; the API's filter answers 401
            }
            return isApi(request) ? unauthorized(request, response, refusal(authorization)) : toLogin(request, context);
        }
        HttpSession session = isApi(request) ? null : request.getSession(false); // the API is Basic-only
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn admin) {
            return context.notifyContainerAboutLogin(admin.name(), admin.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return isApi(request) ? unauthorized(request, response, "Authentication is required") : toLogin(request, context);
    }

    static String refusal(String authorization) {
        if (apiToken(authorization) != null) {
            return "The API token is unknown or revoked";
        }
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? "The access token is invalid, expired or revoked" : "Wrong username or password";
    }

    /** An API token: {@code Authorization: Token <token>}, or a bearer token that is one of ours ({@code fmt_…}). */
    static String apiToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        if (authorization.regionMatches(true, 0, "Token ", 0, 6)) {
            return authorization.substring(6).trim();
        }
        if (authorization.regionMatches(true, 0, "Bearer " + ApiTokens.PREFIX, 0, 7 + ApiTokens.PREFIX.length())) {
            return authorization.substring(7).trim();
        }
        return null;
    }

    private static Set<String> groups(JWTClaimsSet claims) {
        try {
            List<String> groups = claims.getStringListClaim("groups");
            return groups == null ? Set.of() : Set.copyOf(groups);
        } catch (ParseException e) {
            return Set.of();
        }
    }

    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpMessageContext context) {
        String next = request.getRequestURI().substring(request.getContextPath().length());
        return context.redirect(request.getContextPath() + "/login.xhtml?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
                                                  CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE; // the login page shows the message; no error page
        }
        request.getSession(true);
        request.changeSessionId(); // no session fixation across the login
        request.getSession().setAttribute(SESSION_KEY,
                new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A protected API request without valid login: the resource will not run, so the answer is
     * written here. Not flushed — Liberty sets the status once more after SEND_FAILURE.
     */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String detail) {
        try (Response problem = Problem.unauthorized(detail, request.getRequestURI())) {
            response.setStatus(problem.getStatus());
            response.setHeader("WWW-Authenticate", problem.getHeaderString("WWW-Authenticate"));
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write((String) problem.getEntity());
        } catch (IOException clientGone) {
            // nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static UsernamePasswordCredential parseBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
