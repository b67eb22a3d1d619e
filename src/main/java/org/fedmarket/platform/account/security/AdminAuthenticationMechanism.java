package org.fedmarket.platform.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import org.fedmarket.platform.account.application.AdminAccountService;
import org.fedmarket.platform.account.application.ApiTokens;
import org.fedmarket.platform.account.application.LoginThrottle;
import org.fedmarket.platform.account.domain.AdminAccount;
import org.fedmarket.platform.keys.application.IssuedTokens;
import org.fedmarket.platform.problem.Problem;
import org.fedmarket.platform.problem.ProblemResponses;
import org.fedmarket.platform.ratelimit.RateLimitedException;
import com.nimbusds.jwt.JWTClaimsSet;

import java.io.IOException;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
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
    /** Set when the login throttle refused the attempt before checking it: seconds to wait. */
    public static final String THROTTLED = "fedmarket.login-throttled";
    private static final String AUTH_TYPE_KEY = "jakarta.servlet.http.authType";
    private static final String AUTH_TYPE = "fedmarket";

    /** A session's administrator, and when they signed in: a later password change or disabling ends it. */
    record SignedIn(String name, Set<String> groups, java.time.Instant since) implements Serializable {
    }

    @Inject
    Clock clock;
    @Inject
    AdminAccountService accounts;
    @Inject
    IssuedTokens issuedTokens;
    @Inject
    ApiTokens apiTokens;
    @Inject
    LoginThrottle throttle;

    /** API tokens log in as {@code token:<public id>}. */
    public static final String TOKEN_PRINCIPAL_PREFIX = "token:";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // Liberty re-reads a header of a mechanism it takes for "BASIC" and fails on one without a colon.
        context.getMessageInfo().getMap().put(AUTH_TYPE_KEY, AUTH_TYPE);
        Credential submitted = context.getAuthParameters().getCredential();
        if (isPartnerApi(request)) {
            // other shops' calls: their Authorization is a call token, read by the partner call filter, which answers
            // partner-call-unauthenticated to any other scheme (a call token sent as Bearer included)
            return context.doNothing();
        }
        if (submitted instanceof UsernamePasswordCredential form) {
            Optional<CredentialValidationResult> checked = checkPassword(request, form);
            return checked.isEmpty() ? AuthenticationStatus.SEND_FAILURE : formLogin(request, context, checked.get());
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
            Optional<CredentialValidationResult> result = basic == null ? Optional.of(CredentialValidationResult.INVALID_RESULT)
                    : checkPassword(request, basic);
            if (result.isPresent() && result.get().getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result.get());
            }
            request.setAttribute(REFUSED, Boolean.TRUE);
            refused = true;
        }
        if (refused) {
            if (!context.isProtected()) {
                // Liberty serves public resources; the API's filter answers 401. (SEND_FAILURE here would make Liberty
                // parse the Basic header once more itself, and fail with a 500 on one without a colon.)
                return context.doNothing();
            }
            return isApi(request) ? refuse(request, response) : toLogin(request, context);
        }
        HttpSession session = isApi(request) ? null : request.getSession(false); // the API is Basic-only
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn admin) {
            if (accounts.sessionValid(admin.name(), admin.since())) {
                return context.notifyContainerAboutLogin(admin.name(), admin.groups());
            }
            session.invalidate(); // disabled, or the password changed since this sign-in
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return isApi(request) ? write(response, ProblemResponses.unauthorized("Authentication is required", request.getRequestURI()))
                : toLogin(request, context);
    }

    /**
     * The password check, unless the throttle refuses this attempt first: then empty, and the request carries
     * {@link #THROTTLED} (how long to wait). A failed check counts against the client's address and the account.
     */
    private Optional<CredentialValidationResult> checkPassword(HttpServletRequest request, UsernamePasswordCredential credential) {
        LoginThrottle.Attempt<AdminAccount> attempt = throttle.attempt(request.getRemoteAddr(), credential.getCaller(),
                admission -> accounts.authenticate(credential.getCaller(), credential.getPasswordAsString(), admission));
        if (attempt.throttled()) {
            request.setAttribute(THROTTLED, attempt.waitSeconds());
            return Optional.empty();
        }
        return Optional.of(attempt.passed().map(a -> new CredentialValidationResult(a.username(), a.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT));
    }

    /** The answer to an API request whose credentials were refused or throttled: 401, or 429 with Retry-After. */
    static Response refusal(HttpServletRequest request) {
        if (request.getAttribute(THROTTLED) instanceof Long seconds) {
            return ProblemResponses.of(new RateLimitedException("sign-in", "this address or account", seconds)
                    .toProblem(request.getRequestURI())).header("Retry-After", seconds).build();
        }
        return ProblemResponses.unauthorized(refusal(request.getHeader("Authorization")), request.getRequestURI());
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

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
                                                  CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE; // the login page shows the message; no error page
        }
        request.getSession(true);
        request.changeSessionId(); // no session fixation across the login
        request.getSession().setAttribute(SESSION_KEY,
                new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()), Instant.now(clock)));
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
        return write(response, refusal(request));
    }

    /**
     * A protected API request without valid login: the resource will not run, so the answer is
     * written here. Not flushed — Liberty sets the status once more after SEND_FAILURE.
     */
    private static AuthenticationStatus write(HttpServletResponse response, Response answer) {
        try (answer) {
            response.setStatus(answer.getStatus());
            answer.getStringHeaders().forEach((name, values) -> response.setHeader(name, values.get(0)));
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write((String) answer.getEntity());
        } catch (IOException clientGone) {
            // nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The partner API ({@code /api/v1/…}), which only other shops call, each with its own call token. */
    private static boolean isPartnerApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/");
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
