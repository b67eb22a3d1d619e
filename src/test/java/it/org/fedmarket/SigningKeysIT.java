package it.org.fedmarket;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A node's signing keys: made on first start, kept across restarts, published, rotated with a grace period. */
class SigningKeysIT {

    private static final Duration GRACE = Duration.ofSeconds(4);

    private static final com.nimbusds.jose.jwk.RSAKey OPERATOR_KEY = it.org.fedmarket.support.TestShop.generate();
    private static final java.nio.file.Path OPERATOR_KEY_FILE = operatorKeyFile();

    @RegisterExtension
    static final Cluster cluster = Cluster.of(
            hub("keys-hub").env("FEDMARKET_KEYS_ROTATION_GRACE", "PT4S"),
            node("catalogue-only").modules("inventory"),
            hub("other-key"),
            hub("operator-key").env("FEDMARKET_KEYS_INITIAL_KEY_FILE", OPERATOR_KEY_FILE.toString()));

    private static java.nio.file.Path operatorKeyFile() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("operator-key", ".jwk");
            file.toFile().deleteOnExit();
            return java.nio.file.Files.writeString(file, OPERATOR_KEY.toJSONString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aNodeStartsWithTheKeyItsOperatorProvides() {
        List<JWK> keys = jwks(cluster.node("operator-key")).getKeys();
        assertEquals(List.of(OPERATOR_KEY.getKeyID()), keys.stream().map(JWK::getKeyID).toList());
        assertEquals(OPERATOR_KEY.toPublicJWK().toRSAKey().getModulus(), keys.get(0).toRSAKey().getModulus());
    }

    private static JWKSet jwks(Node node) {
        Reply reply = node.http().get("/api/node/jwks").assertStatus(200);
        assertTrue(reply.contentType().startsWith("application/jwk-set+json"), reply.contentType());
        assertTrue(reply.header("Cache-Control").contains("max-age"), reply.header("Cache-Control"));
        try {
            return JWKSet.parse(reply.body());
        } catch (ParseException e) {
            throw new AssertionError(reply.body(), e);
        }
    }

    @Test
    void theFirstStartMakesOneKeyAndARestartKeepsIt() throws Exception {
        Node hub = cluster.node("keys-hub");
        List<JWK> keys = jwks(hub).getKeys();
        assertEquals(1, keys.size(), keys.toString());
        JWK key = keys.get(0);
        assertEquals("RSA", key.getKeyType().getValue());
        assertEquals("RS256", key.getAlgorithm().getName());
        assertEquals("sig", key.getKeyUse().identifier());
        assertEquals(key.computeThumbprint().toString(), key.getKeyID(), "kid is the RFC 7638 thumbprint");
        assertFalse(key.isPrivate(), "no private part is ever published");
        assertNotNull(key.getNotBeforeTime());
        assertNull(key.getExpirationTime(), "the current key has no end yet");

        hub.stop();
        hub.start();
        assertEquals(key.getKeyID(), jwks(hub).getKeys().get(0).getKeyID(), "the stored key is reused");
        assertEquals(1, jwks(hub).size());
    }

    @Test
    void rotationPublishesTheNewKeyAndRetiresTheOldOneAfterTheGracePeriod() {
        Node hub = cluster.node("keys-hub");
        hub.http().send("POST", "/api/admin/keys/rotation", null, null).assertProblem(401);
        String before = jwks(hub).getKeys().get(0).getKeyID();

        Instant rotatedAt = Instant.now();
        JsonObject created = hub.http().asAdmin().send("POST", "/api/admin/keys/rotation", null, null)
                .assertStatus(201).json();
        String after = created.getString("kid");
        assertNotEquals(before, after);
        assertEquals("CURRENT", created.getString("state"));

        JWKSet both = jwks(hub);
        assertEquals(2, both.size(), both.toString());
        assertNull(both.getKeyByKeyId(after).getExpirationTime());
        Instant oldEnds = both.getKeyByKeyId(before).getExpirationTime().toInstant();
        assertTrue(!oldEnds.isBefore(rotatedAt.plus(GRACE).minusSeconds(2)) && !oldEnds.isAfter(Instant.now().plus(GRACE)),
                "the old key verifies for the grace period: " + oldEnds);

        awaitUntil(oldEnds.plusMillis(1500)); // exp is in whole seconds, rounded down
        JWKSet remaining = jwks(hub);
        assertEquals(List.of(after), remaining.getKeys().stream().map(JWK::getKeyID).toList());
        String states = hub.http().asAdmin().get("/api/admin/keys").assertStatus(200).jsonArray().stream()
                .map(k -> k.asJsonObject().getString("kid").equals(before) ? k.asJsonObject().getString("state") : "")
                .reduce("", String::concat);
        assertEquals("RETIRED", states, "the administrators still see the retired key");
    }

    @Test
    void aNodeThatSignsNothingHoldsNoKeysAndRefusesToRotate() {
        Node node = cluster.node("catalogue-only");
        assertEquals(0, jwks(node).size());
        assertEquals("urn:fedmarket:problem:signs-nothing", node.http().asAdmin()
                .send("POST", "/api/admin/keys/rotation", null, null).assertProblem(409).getString("type"));
        assertEquals(0, jwks(node).size());
    }

    @Test
    void aNodeStartedWithAnotherMasterKeyRefusesToStart() {
        Node node = cluster.node("other-key");
        assertEquals(1, jwks(node).size(), "it made its key with the first master key");
        node.stop();
        node.env("FEDMARKET_KEYS_MASTER_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        AssertionError refused = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, node::start);
        assertTrue(node.log().contains("fedmarket cannot start: fedmarket.keys.master-key does not open the stored signing key"),
                refused.getMessage());
        assertNotEquals(200, node.http().get("/health/ready").status());
    }

    private static void awaitUntil(Instant when) {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
