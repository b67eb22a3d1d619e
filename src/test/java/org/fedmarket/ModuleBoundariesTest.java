package org.fedmarket;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module rules of the code base: who may use whom, and through what. The rules are in {@link ArchitectureRules};
 * {@link PlantedViolationsTest} shows that each of them reports a violation, {@link SourceImportsTest} checks what
 * the bytecode cannot show (inlined constants).
 */
class ModuleBoundariesTest {

    private static final String ROOT = "org.fedmarket";
    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** The rules see the real code, and not the classes planted for {@link PlantedViolationsTest}. */
    @Test
    void theRulesSeeTheCodeWithoutThePlantedClasses() {
        assertTrue(CODE.containPackage("org.fedmarket.hub.domain") && CODE.containPackage("org.fedmarket.platform.account.domain"));
        assertFalse(CODE.containPackage("org.fedmarket.archfixture"), "the fixture is in the real code's import");
    }

    /** The platform uses no module. */
    @Test
    void platformDependsOnNoModule() {
        ArchitectureRules.platformDependsOnNoModule(ROOT).check(CODE);
    }

    /** The hub uses the platform and no other module. */
    @Test
    void hubUsesOnlyThePlatform() {
        ArchitectureRules.usesOnlyThePlatform(ROOT, "hub").check(CODE);
    }

    /** The inventory uses the platform and no other module. */
    @Test
    void inventoryUsesOnlyThePlatform() {
        ArchitectureRules.usesOnlyThePlatform(ROOT, "inventory").check(CODE);
    }

    /** From outside a module, only its api package is used. */
    @Test
    void aModuleIsReachedFromOutsideOnlyThroughItsApiPackage() {
        ArchitectureRules.modulesAreReachedOnlyThroughTheirApi(ROOT).check(CODE);
    }

    /** No two modules (or a module and the platform) use each other. */
    @Test
    void modulesAreFreeOfCycles() {
        ArchitectureRules.modulesAreFreeOfCycles(ROOT).check(CODE);
    }

    /** No two layers of a module (or two platform packages) use each other. */
    @Test
    void layersInsideAModuleAreFreeOfCycles() {
        ArchitectureRules.layersInsideAModuleAreFreeOfCycles(ROOT).check(CODE);
    }

    /** Inside a module or platform feature, the domain uses no application, persistence, rest or web. */
    @Test
    void domainUsesNoOtherLayer() {
        ArchitectureRules.domainUsesNoOtherLayer(ROOT).check(CODE);
    }

    /** Inside a module or platform feature, persistence uses the domain but no application, rest or web. */
    @Test
    void persistenceUsesNoLayerButTheDomain() {
        ArchitectureRules.persistenceUsesNoLayerButTheDomain(ROOT).check(CODE);
    }

    /** Inside a module or platform feature, the application uses domain, persistence and api, but no rest or web. */
    @Test
    void applicationUsesNeitherRestNorWeb() {
        ArchitectureRules.applicationUsesNeitherRestNorWeb(ROOT).check(CODE);
    }

    /** Only persistence packages use the EntityManager. */
    @Test
    void onlyPersistencePackagesTouchTheEntityManager() {
        ArchitectureRules.onlyPersistencePackagesTouchTheEntityManager(ROOT).check(CODE);
    }

    /** Only persistence packages and platform.database use a DataSource or a JDBC Connection (RateLimits excepted). */
    @Test
    void onlyPersistencePackagesTouchJdbc() {
        ArchitectureRules.onlyPersistencePackagesTouchJdbc(ROOT).check(CODE);
    }

    /** Domain code uses neither JAX-RS, Faces nor servlets. */
    @Test
    void domainCodeKnowsNothingOfRestOrFaces() {
        ArchitectureRules.domainCodeKnowsNothingOfRestOrFaces(ROOT).check(CODE);
    }

    /** A class with @Path is in a rest package and named …Resource. */
    @Test
    void restResourcesLiveInRestPackagesAndAreNamedResource() {
        ArchitectureRules.restResourcesLiveInRestPackagesAndAreNamedResource(ROOT).check(CODE);
    }

    /** An interface with @Path (a REST client contract) is in an api package. */
    @Test
    void restContractsAreInterfacesInApiPackages() {
        ArchitectureRules.restContractsAreInterfacesInApiPackages(ROOT).check(CODE);
    }

    /** A Faces backing bean (…Backing) is in a web package. */
    @Test
    void facesBackingBeansLiveInWebPackages() {
        ArchitectureRules.facesBackingBeansLiveInWebPackages(ROOT).check(CODE);
    }
}
