package org.fedmarket.hub.application;

import org.fedmarket.platform.secret.Secrets;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.fedmarket.hub.api.ChallengeRequest;
import org.fedmarket.hub.api.MemberNodeApi;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.node.NodeSettings;
import org.fedmarket.platform.problem.DomainException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Proves that an applicant controls the base URL it claims: the Hub sends a fresh nonce to that URL
 * and only the holder of the applicant's private key can return it signed.
 */
@ApplicationScoped
public class ChallengeClient {

    /** The base URL did not answer, or answered without proving possession of the key (422). */
    public static class ChallengeFailedException extends DomainException {
        public ChallengeFailedException(String slug, String detail) {
            super(slug, "Base URL not verified", 422, detail);
        }
    }

    @Inject
    NodeSettings settings;
    @Inject
    @ConfigProperty(name = "fedmarket.hub.challenge-timeout")
    Duration timeout;
    @Inject
    @ConfigProperty(name = "fedmarket.hub.allow-private-member-urls")
    boolean allowPrivateUrls;

    public void challenge(String shopId, String baseUrl, List<JWK> keys) {
        if (!allowPrivateUrls) {
            requirePublic(baseUrl);
        }
        String nonce = Secrets.random(24);
        String answer;
        MemberNodeApi node = null;
        try {
            node = RestClientBuilder.newBuilder()
                    .baseUri(URI.create(baseUrl + "/api"))
                    .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .followRedirects(false)
                    .build(MemberNodeApi.class);
            answer = node.answer(new ChallengeRequest(settings.baseUrl(), shopId, nonce));
        } catch (WebApplicationException e) {
            throw new ChallengeFailedException("base-url-challenge-failed", baseUrl
                    + " answered the ownership challenge with HTTP " + e.getResponse().getStatus());
        } catch (ProcessingException | IllegalArgumentException e) {
            throw new ChallengeFailedException("base-url-unreachable", baseUrl + " could not be reached to verify it: "
                    + rootMessage(e));
        } finally {
            close(node);
        }
        try {
            SignedJWT jwt = SignedMessages.parse(answer, Protocol.CHALLENGE);
            JWTClaimsSet claims = SignedMessages.verify(jwt,
                    kid -> keys.stream().filter(k -> kid.equals(k.getKeyID())).findFirst(), settings.baseUrl());
            if (!nonce.equals(claims.getStringClaim("nonce")) || !shopId.equals(claims.getIssuer())) {
                throw new ChallengeFailedException("base-url-challenge-failed",
                        baseUrl + " signed a different challenge than the one sent");
            }
        } catch (SignedMessages.InvalidSignatureException e) {
            throw new ChallengeFailedException("base-url-challenge-failed", baseUrl
                    + " did not prove it holds the applicant's key: " + e.getMessage());
        } catch (java.text.ParseException e) {
            throw new ChallengeFailedException("base-url-challenge-failed", "Unreadable challenge answer from " + baseUrl);
        }
    }

    /** A client per challenge (each applicant has its own address), closed with its connections afterwards. */
    private static void close(Object client) {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception nothingMoreToRelease) {
                // closed as far as it goes
            }
        }
    }

    /**
     * The Hub calls only public addresses on an applicant's word, so an applicant cannot point it at
     * the Hub's own network (loopback, private, link-local — cloud metadata included —, shared and reserved ranges),
     * whether by a literal address or by a host name that resolves to one.
     */
    static void requirePublic(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        if (host == null) {
            throw new ChallengeFailedException("base-url-unreachable", baseUrl + " names no host");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!isPublic(address)) {
                    throw new ChallengeFailedException("base-url-not-public", baseUrl + " resolves to " + address.getHostAddress()
                            + ", which is not a public address");
                }
            }
        } catch (UnknownHostException e) {
            throw new ChallengeFailedException("base-url-unreachable", "The host of " + baseUrl + " is unknown");
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // unique local fc00::/7
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0                                        // "this network" 0.0.0.0/8
                && !(first == 100 && (second & 0xc0) == 64)      // shared address space 100.64.0.0/10
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments 192.0.0.0/24
                && !(first == 198 && (second & 0xfe) == 18)      // benchmarking 198.18.0.0/15
                && first < 240;                                  // reserved 240.0.0.0/4 and broadcast
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return Optional.ofNullable(root.getMessage()).filter(m -> !m.isBlank()).orElse("no answer");
    }
}
