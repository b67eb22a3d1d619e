package org.fedmarket.platform.node;

import org.fedmarket.platform.node.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleSelectionTest {

    @Test
    void parsesACommaSeparatedListIgnoringCaseAndBlanks() {
        ModuleSelection selection = ModuleSelection.parse(" Federation , inventory,, ");
        assertEquals(EnumSet.of(Module.FEDERATION, Module.INVENTORY), selection.enabled());
        assertEquals("federation,inventory", selection.toString());
    }

    @Test
    void theDefaultTurnsEveryModuleOn() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = ModuleSelectionTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        assertEquals(EnumSet.allOf(Module.class), ModuleSelection.parse(defaults.getProperty(ModuleSelection.KEY)).enabled());
    }

    @Test
    void anUnknownModuleIsNamedInTheError() {
        var e = assertThrows(InvalidConfigurationException.class, () -> ModuleSelection.parse("hub,shop"));
        assertTrue(e.getMessage().contains("'shop'"), e.getMessage());
        assertTrue(e.getMessage().contains("hub, federation, inventory"), e.getMessage());
    }

    @Test
    void anEmptyListIsRefused() {
        assertThrows(InvalidConfigurationException.class, () -> ModuleSelection.parse(" , "));
    }

    @Test
    void platformClassesAreAlwaysOnAndModuleClassesFollowTheirModule() {
        ModuleSelection hubOnly = ModuleSelection.parse("hub");
        assertTrue(hubOnly.isOn(ModuleSelection.class));
        assertTrue(hubOnly.isOn(org.fedmarket.hub.rest.HubResource.class));
        assertFalse(hubOnly.isOn(org.fedmarket.inventory.rest.ProductAdminResource.class));
    }
}
