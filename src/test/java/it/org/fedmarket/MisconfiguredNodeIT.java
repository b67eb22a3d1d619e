package it.org.fedmarket;

import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static it.org.fedmarket.support.NodeSpec.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Impossible settings stop the start with one clear message, and the node never reports ready. */
class MisconfiguredNodeIT {

    @RegisterExtension
    static final Cluster cluster = Cluster.of(
            node("no-hub").modules("federation").expectingStartFailure(),
            node("bad-module").modules("hub,shop").expectingStartFailure(),
            node("no-master-key").modules("hub").env("FEDMARKET_KEYS_MASTER_KEY", "").expectingStartFailure());

    @Test
    void federationWithoutAHubUrlAndWithoutTheHubModuleDoesNotStart() {
        Node node = cluster.node("no-hub");
        String log = node.log();
        assertTrue(log.contains("fedmarket cannot start: fedmarket.modules=federation needs a Hub: set fedmarket.hub.url"
                + " (FEDMARKET_HUB_URL) or also enable the hub module"), log);
        assertNotEquals(200, node.http().get("/health/ready").status());
        assertEquals(404, node.http().get("/api/node").status(), "the application serves nothing");
    }

    @Test
    void aNodeThatSignsDoesNotStartWithoutAMasterKey() {
        Node node = cluster.node("no-master-key");
        assertTrue(node.log().contains("fedmarket cannot start: fedmarket.keys.master-key (FEDMARKET_KEYS_MASTER_KEY) must be"
                + " 32 random bytes in base64"), node.log());
        assertNotEquals(200, node.http().get("/health/ready").status());
    }

    @Test
    void anUnknownModuleNameIsNamedInTheMessage() {
        Node node = cluster.node("bad-module");
        assertTrue(node.log().contains("fedmarket cannot start: fedmarket.modules names an unknown module 'shop'"),
                node.log());
        assertNotEquals(200, node.http().get("/health/ready").status());
    }
}
