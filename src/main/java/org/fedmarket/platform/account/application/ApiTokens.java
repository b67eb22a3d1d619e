package org.fedmarket.platform.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.platform.account.domain.ApiToken;
import org.fedmarket.platform.account.domain.Scope;
import org.fedmarket.platform.account.persistence.ApiTokenRepository;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API tokens for a shop's own integrations (a repricing bot, an ERP). A token is shown once, when it
 * is made; the node keeps only its public id, {@code base64url(SHA-256(token))}. Verified tokens are
 * remembered for a few seconds; a revocation on this node forgets them at once, one on another
 * instance takes effect within {@link #CACHE_AGE}.
 */
@ApplicationScoped
public class ApiTokens {

    public static final String PREFIX = "fmt_";
    static final Duration CACHE_AGE = Duration.ofSeconds(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as its administrators see it (never the token itself). */
    public record TokenView(String publicId, String name, List<String> scopes, String createdBy, OffsetDateTime createdAt,
                            OffsetDateTime revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.publicId(), t.name(), t.scopes().stream().map(Scope::id).toList(), t.createdBy(), t.createdAt(),
                    t.revokedAt());
        }
    }

    /** A new token: {@code token} is shown this once. */
    public record Created(String token, TokenView view) {
    }

    /** Who a verified token is, for the authentication mechanism. */
    public record Caller(String publicId, Set<String> roles) {
    }

    private record Remembered(Optional<Caller> caller, Instant until) {
    }

    @Inject
    Clock clock;
    @Inject
    ApiTokenRepository tokens;

    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

    @Audited("accounts.api-token-created")
    @Transactional
    public Created create(String name, List<String> scopes, String admin) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = new ApiToken(publicId(token), name, scopes == null ? Set.of()
                : scopes.stream().map(Scope::of).collect(java.util.stream.Collectors.toSet()), admin, OffsetDateTime.now(clock));
        tokens.add(stored);
        return new Created(token, TokenView.of(stored));
    }

    @Transactional
    public List<TokenView> all() {
        return tokens.all().stream().map(TokenView::of).toList();
    }

    @Audited("accounts.api-token-revoked")
    @Transactional
    public TokenView revoke(String publicId) {
        ApiToken token = tokens.lock(publicId).orElseThrow(() -> new NoSuchEntityException("API token", publicId));
        token.revoke(OffsetDateTime.now(clock));
        verified.clear();
        return TokenView.of(token);
    }

    /** The caller a presented token stands for, if it is a token of this node's and not revoked. */
    public Optional<Caller> verify(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        String id = publicId(presented);
        Remembered hit = verified.get(id);
        Instant now = Instant.now(clock);
        if (hit != null && hit.until().isAfter(now)) {
            return hit.caller();
        }
        Optional<Caller> caller = lookUp(id);
        if (verified.size() > 10_000) {
            verified.clear();
        }
        verified.put(id, new Remembered(caller, now.plus(CACHE_AGE)));
        return caller;
    }

    private Optional<Caller> lookUp(String publicId) {
        return tokens.find(publicId).filter(ApiToken::active)
                .map(t -> new Caller(t.publicId(), t.scopes().stream().map(Scope::id).collect(java.util.stream.Collectors.toSet())));
    }

    /** base64url(SHA-256(token)), without padding. */
    public static String publicId(String token) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
