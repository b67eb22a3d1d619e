package org.fedmarket.platform.node;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeSettingsTest {

    private static NodeSettings settings(String modules, String baseUrl, String hubUrl) {
        return new NodeSettings(modules, "test", baseUrl, Optional.ofNullable(hubUrl));
    }

    @Test
    void aShopWithoutHubModuleNeedsAHubUrl() {
        var e = assertThrows(InvalidConfigurationException.class,
                () -> settings("federation,inventory", "http://shop:9080", null).validate());
        assertTrue(e.getMessage().contains("FEDMARKET_HUB_URL"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line for the operator");
    }

    @Test
    void aShopWithAHubUrlStarts() {
        assertDoesNotThrow(() -> settings("federation,inventory", "http://shop:9080", "http://hub:9080/").validate());
        assertEquals("http://hub:9080", settings("federation", "http://shop:9080", "http://hub:9080/").hubUrl());
    }

    @Test
    void aNodeThatIsItsOwnHubTalksToItself() {
        NodeSettings all = settings("hub,federation,inventory", "http://node:9080/", null);
        assertDoesNotThrow(all::validate);
        assertEquals("http://node:9080", all.hubUrl());
    }

    @Test
    void inventoryAloneNeedsNoHub() {
        assertDoesNotThrow(() -> settings("inventory", "http://shop:9080", " ").validate());
    }

    @Test
    void urlsMustBeAbsoluteHttp() {
        assertThrows(InvalidConfigurationException.class, () -> settings("hub", "shop:9080", null).validate());
        assertThrows(InvalidConfigurationException.class,
                () -> settings("federation", "http://shop:9080", "ftp://hub").validate());
    }
}
