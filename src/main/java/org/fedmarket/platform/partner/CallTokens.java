package org.fedmarket.platform.partner;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.keys.application.SignedMessages.InvalidSignatureException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Call tokens between partners (FEDERATION.md, "Calls between partners"). A token for a read (GET,
 * HEAD) names caller and callee and may serve several reads until it expires, so its verification
 * is cached; a token for a change also binds method, path and body hash and works once.
 */
@ApplicationScoped
public class CallTokens {

    public static final String TYPE = "fedmarket-call+jwt";
    public static final String SCHEME = "FedmarketCall";
    public static final Duration LIFETIME = Duration.ofSeconds(60);
    private static final int CACHE_LIMIT = 10_000;

    /** Who called, as established by a verified token. */
    public record Caller(String shopId, String kid, Instant expires) {
    }

    @Inject
    Clock clock;
    @Inject
    Instance<PartnerDirectory> directories;
    @Inject
    SignedMessages signer;

    private volatile PartnerDirectory fixedDirectory;
    private final Map<String, Caller> verifiedReads = new ConcurrentHashMap<>();
    private final Map<String, Instant> usedChanges = new ConcurrentHashMap<>();

    public CallTokens() {
        // for CDI
    }

    /** Checks tokens against a given directory and clock, outside a container. */
    CallTokens(PartnerDirectory directory, Clock clock) {
        this.fixedDirectory = directory;
        this.clock = clock;
    }

    /** A token for calling {@code partner}; {@code method}, {@code path} and {@code body} bind it when it changes something. */
    public String sign(String partner, String method, String path, byte[] body) {
        return sign(partner, method, path, body, false);
    }

    /** The same; {@code changes} binds a GET too, for the routes that change state on GET. */
    public String sign(String partner, String method, String path, byte[] body, boolean changes) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(directory().ownShopId()).audience(partner)
                .expirationTime(Date.from(Instant.now(clock).plus(LIFETIME)));
        if (changes || !isRead(method)) {
            claims.claim("htm", method).claim("htu", path).claim("bh", hash(body));
        }
        return signer.sign(TYPE, claims.build());
    }

    /** Verifies a token for this request; throws {@link PartnerCallRefusedException} (401) on any flaw. */
    public Caller verify(String token, String method, String path, byte[] body) {
        return verify(token, method, path, body, false);
    }

    /** The same; {@code changes} treats a GET as a change (bound, single-use token). */
    public Caller verify(String token, String method, String path, byte[] body, boolean changes) {
        boolean read = isRead(method) && !changes;
        if (read) {
            Caller cached = verifiedReads.get(token);
            if (cached != null && cached.expires().isAfter(Instant.now(clock))
                    && directory().key(cached.shopId(), cached.kid()).isPresent()) { // still a member, key not retired
                return cached;
            }
        }
        JWTClaimsSet claims;
        String caller;
        String kid;
        try {
            SignedJWT jwt = SignedMessages.parse(token, TYPE);
            kid = jwt.getHeader().getKeyID();
            caller = Optional.ofNullable(jwt.getJWTClaimsSet().getIssuer()).orElse("");
            claims = SignedMessages.verify(jwt, keyId -> directory().key(caller, keyId), directory().ownShopId());
            if (Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()).compareTo(LIFETIME) > 0) {
                throw new InvalidSignatureException("A call token lives at most " + LIFETIME.toSeconds() + " s");
            }
            if (!read) {
                if (!method.equals(claims.getStringClaim("htm")) || !path.equals(claims.getStringClaim("htu"))) {
                    throw new InvalidSignatureException("The token was made for another request");
                }
                if (!hash(body).equals(claims.getStringClaim("bh"))) {
                    throw new InvalidSignatureException("The body is not the one the token was made for");
                }
            }
        } catch (InvalidSignatureException e) {
            throw PartnerCallRefusedException.unauthenticated(e.getMessage());
        } catch (java.text.ParseException e) {
            throw PartnerCallRefusedException.unauthenticated("Unreadable call token");
        }
        Instant expires = claims.getExpirationTime().toInstant().plus(SignedMessages.CLOCK_SKEW);
        Caller verified = new Caller(caller, kid, expires);
        if (read) {
            remember(verifiedReads, token, verified);
        } else if (usedChanges.putIfAbsent(caller + "/" + claims.getJWTID(), expires) != null) {
            throw PartnerCallRefusedException.unauthenticated("This call token was used already");
        } else {
            prune(usedChanges);
        }
        return verified;
    }

    /**
     * The shop a call token in an {@code Authorization} header says it comes from, unverified: only for decisions a
     * forger cannot turn against that shop (refusing a call early), never for granting anything.
     */
    public static Optional<String> claimedCaller(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(SignedJWT.parse(authorization.substring(SCHEME.length() + 1).trim()).getJWTClaimsSet().getIssuer());
        } catch (java.text.ParseException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Refuses with 403 unless this shop grants {@code caller} the {@code right}. */
    public void authorise(Caller caller, String right) {
        if (!right.isEmpty() && !directory().grantedTo(caller.shopId()).contains(right)) {
            throw PartnerCallRefusedException.forbidden(right, caller.shopId());
        }
    }

    /** Resolved once: a CDI lookup on every call would cost more than the check itself. */
    private PartnerDirectory directory() {
        PartnerDirectory directory = fixedDirectory;
        if (directory == null) {
            if (directories.isUnsatisfied()) {
                throw PartnerCallRefusedException.unauthenticated("This node takes no partner calls");
            }
            directory = directories.get();
            fixedDirectory = directory;
        }
        return directory;
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    static String hash(byte[] body) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body)).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <V> void remember(Map<String, V> cache, String key, V value) {
        cache.put(key, value);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear(); // crude but bounded; tokens live a minute
        }
    }

    private void prune(Map<String, Instant> used) {
        if (used.size() > CACHE_LIMIT) {
            Instant now = Instant.now(clock);
            used.values().removeIf(expiry -> expiry.isBefore(now));
        }
    }

}
