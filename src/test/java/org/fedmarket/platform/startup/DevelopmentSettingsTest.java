package org.fedmarket.platform.startup;

import org.fedmarket.platform.node.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevelopmentSettingsTest {

    @Test
    void thePublishedMasterKeyIsRefusedOnANodeOthersCanReach() {
        for (String url : List.of("https://shop.example", "http://10.0.0.5:9080", "http://192.168.1.2", "http://localhost.example.com")) {
            InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                    () -> DevelopmentSettings.refusePublishedKeyOffLoopback(true, url), url);
            assertTrue(refused.getMessage().contains("development key published with the source"), refused.getMessage());
        }
    }

    @Test
    void onLoopbackEveryDevelopmentSettingIsNamedAsAWarning() {
        for (String url : List.of("http://localhost:9080", "http://127.0.0.1:9081", "http://[::1]:9080", "http://shop-a.localhost")) {
            DevelopmentSettings.refusePublishedKeyOffLoopback(true, url);
        }
        assertEquals(4, DevelopmentSettings.warnings(true, true, true, true).size());
        assertTrue(DevelopmentSettings.warnings(false, true, false, false).get(0).contains("admin-dev-only"));
        assertTrue(DevelopmentSettings.warnings(false, false, false, true).get(0).contains("/metrics"));
    }

    @Test
    void aNodeWithItsOwnSettingsHearsNothing() {
        assertEquals(List.of(), DevelopmentSettings.warnings(false, false, false, false));
        DevelopmentSettings.refusePublishedKeyOffLoopback(false, "https://shop.example");
        assertFalse(DevelopmentSettings.isLoopback("http://127.0.0.1.example.com"));
        assertFalse(DevelopmentSettings.isLoopback("not a url"));
    }
}
