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
            node("no-master-key").modules("hub").env("FEDMARKET_KEYS_MASTER_KEY", "").expectingStartFailure(),
            node("published-key").modules("hub").env("FEDMARKET_KEYS_MASTER_KEY", "ZGV2ZWxvcG1lbnQtb25seS1tYXN0ZXIta2V5LTMyYiE=")
                    .env("FEDMARKET_NODE_BASE_URL", "https://hub.example").expectingStartFailure());

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

    @Test
    void thePublishedDevelopmentKeyIsRefusedOffLoopbackAndEveryDevelopmentSettingIsWarnedOf() {
        Node node = cluster.node("published-key");
        String log = node.log();
        assertTrue(log.contains("DEVELOPMENT SETTING — never in production: fedmarket.hub.allow-private-member-urls is true"), log);
        assertTrue(log.contains("fedmarket cannot start: fedmarket.keys.master-key (FEDMARKET_KEYS_MASTER_KEY) is the development key"
                + " published with the source, and this node's base URL https://hub.example is not loopback"), log);
        assertNotEquals(200, node.http().get("/health/ready").status());
    }
}
