package it.org.fedmarket.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A shop written from FEDERATION.md alone, inside the test: its own RSA key, and a small real HTTP
 * server at its base URL that answers the Hub's challenge (correctly, or in a way a test chooses)
 * and collects pushed events. Lets tests send the Hub requests a fedmarket shop never would.
 */
public final class TestShop implements AutoCloseable {

    /** How the shop answers the Hub's ownership challenge. */
    public enum Answer { CORRECTLY, WITH_ANOTHER_KEY, WITH_ANOTHER_NONCE, NOT_AT_ALL }

    private final String shopId;
    private volatile RSAKey key;
    private final HttpServer server;
    private volatile Answer answer = Answer.CORRECTLY;
    private final List<String> inbox = new CopyOnWriteArrayList<>();

    public TestShop(String shopId) {
        this.shopId = shopId;
        this.key = generate();
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", Ports.free()), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/federation/challenge", this::challenge);
        server.createContext("/api/federation/inbox", exchange -> {
            inbox.add(read(exchange.getRequestBody()));
            respond(exchange, 202, "", "text/plain");
        });
        server.start();
    }

    public static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String shopId() {
        return shopId;
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public RSAKey key() {
        return key;
    }

    /** Signs with {@code rotated} from now on, after it was published to the Hub. */
    public void useKey(RSAKey rotated) {
        this.key = rotated;
    }

    public void answer(Answer how) {
        this.answer = how;
    }

    public List<String> inbox() {
        return List.copyOf(inbox);
    }

    /** A join request as FEDERATION.md describes it, signed with {@code signer}. */
    public String joinRequest(String hubUrl, String invitation, RSAKey signer) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(shopId).audience(hubUrl)
                .claim("name", "Test shop " + shopId)
                .claim("baseUrl", baseUrl())
                .claim("acceptsPush", true)
                .claim("jwks", new JWKSet(key.toPublicJWK()).toJSONObject());
        if (invitation != null) {
            claims.claim("invitation", invitation);
        }
        return sign("fedmarket-join+jwt", claims, signer);
    }

    public String joinRequest(String hubUrl, String invitation) {
        return joinRequest(hubUrl, invitation, key);
    }

    /** A session assertion: the shop signs in with its key. */
    public String sessionAssertion(String hubUrl) {
        return sign("fedmarket-session+jwt", new JWTClaimsSet.Builder().issuer(shopId).audience(hubUrl), key);
    }

    /** Signs {@code claims} with a fresh jti (unless they carry one), iat now and a lifetime of 60 s. */
    public static String sign(String typ, JWTClaimsSet.Builder claims, RSAKey signer) {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType(typ))
                .keyID(signer.getKeyID()).build(),
                (claims.build().getJWTID() == null ? claims.jwtID(UUID.randomUUID().toString()) : claims).issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(60))).build());
        try {
            jwt.sign(new RSASSASigner(signer));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private void challenge(HttpExchange exchange) throws IOException {
        JsonObject challenge = Json.createReader(new StringReader(read(exchange.getRequestBody()))).readObject();
        Answer how = answer;
        if (how == Answer.NOT_AT_ALL) {
            respond(exchange, 500, "{}", "application/json");
            return;
        }
        String nonce = how == Answer.WITH_ANOTHER_NONCE ? "not-the-nonce" : challenge.getString("nonce");
        RSAKey signer = how == Answer.WITH_ANOTHER_KEY ? generate() : key;
        String jws = sign("fedmarket-challenge+jwt", new JWTClaimsSet.Builder().issuer(shopId)
                .audience(challenge.getString("hub")).claim("nonce", nonce), signer);
        respond(exchange, 200, jws, "application/jose");
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().putAll(Map.of("Content-Type", List.of(type)));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
