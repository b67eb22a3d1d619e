package org.fedmarket.platform.node;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleTest {

    @Test
    void apiPathsBelongToTheModuleWhosePrefixTheyStartWith() {
        assertEquals(Optional.of(Module.INVENTORY), Module.owningApiPath("/api/v1/products"));
        assertEquals(Optional.of(Module.INVENTORY), Module.owningApiPath("/api/inventory/products"));
        assertEquals(Optional.of(Module.HUB), Module.owningApiPath("/api/hub"));
        assertEquals(Optional.empty(), Module.owningApiPath("/api/hubs"), "a prefix matches whole segments only");
        assertEquals(Optional.empty(), Module.owningApiPath("/api/node"));
    }

    @Test
    void adminPagesBelongToTheModuleOfTheirFolder() {
        assertEquals(Optional.of(Module.FEDERATION), Module.owningPage("/admin/federation/index.xhtml"));
        assertEquals(Optional.empty(), Module.owningPage("/admin/index.xhtml"));
    }

    /**
     * The REST gate decides by package, the route filter and the OpenAPI filter by path: every resource must live under
     * a path prefix of the module whose package it is in, and platform resources under none — except the features a
     * module has the platform host, which live under that module's hosted prefixes.
     */
    @Test
    void everyResourcePathIsOwnedByTheModuleOfItsPackage() {
        var resources = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fedmarket").stream()
                .filter(c -> c.isAnnotatedWith(Path.class) && !c.isInterface())
                .toList();
        assertTrue(resources.size() >= 4, "found " + resources.size() + " resources");
        for (JavaClass resource : resources) {
            String path = "/api" + resource.getAnnotationOfType(Path.class).value();
            Optional<Module> byPath = Module.owningApiPath(path);
            if (byPath.isPresent() && byPath.get().hostsApiPath(path)) {
                assertEquals(Optional.empty(), Module.owningClass(resource.reflect()), resource.getName() + " is hosted by the platform");
                continue;
            }
            assertEquals(Module.owningClass(resource.reflect()), byPath, resource.getName() + " at " + path);
        }
    }
}
