package org.fedmarket;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each rule of {@link ArchitectureRules} can fail: applied to the classes planted under org.fedmarket.archfixture
 * (the layout of org.fedmarket in miniature), it reports the class planted to break it.
 */
class PlantedViolationsTest {

    private static final String ROOT = "org.fedmarket.archfixture";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);

    /** A platform class that uses a module, even its api, is reported. */
    @Test
    void platformUsingAModuleIsReported() {
        assertReports(ArchitectureRules.platformDependsOnNoModule(ROOT), "platform.PlatformUsesHub");
    }

    /** A hub class that uses another module is reported. */
    @Test
    void hubUsingAnotherModuleIsReported() {
        assertReports(ArchitectureRules.usesOnlyThePlatform(ROOT, "hub"), "hub.application.HubUsesInventory");
    }

    /** An inventory class that uses another module is reported. */
    @Test
    void inventoryUsingAnotherModuleIsReported() {
        assertReports(ArchitectureRules.usesOnlyThePlatform(ROOT, "inventory"), "inventory.application.InventoryUsesHub");
    }

    /** A class using another module's domain rather than its api is reported. */
    @Test
    void reachingPastAModulesApiIsReported() {
        assertReports(ArchitectureRules.modulesAreReachedOnlyThroughTheirApi(ROOT),
                "federation.application.FederationUsesInventoryDomain");
    }

    /** Two modules that use each other are reported. */
    @Test
    void aCycleOfModulesIsReported() {
        assertReports(ArchitectureRules.modulesAreFreeOfCycles(ROOT),
                "hub.application.HubUsesInventory", "inventory.application.InventoryUsesHub");
    }

    /** Two layers of a module that use each other are reported. */
    @Test
    void aCycleOfLayersIsReported() {
        assertReports(ArchitectureRules.layersInsideAModuleAreFreeOfCycles(ROOT), "hub.domain.DomainUsesApplication");
    }

    /** A domain class using its module's application, or a platform feature's domain using its persistence, is reported. */
    @Test
    void aDomainUsingAnotherLayerIsReported() {
        assertReports(ArchitectureRules.domainUsesNoOtherLayer(ROOT),
                "hub.domain.DomainUsesApplication", "platform.account.domain.AccountUsesPersistence");
    }

    /** Persistence using its module's application, or a platform feature's web, is reported. */
    @Test
    void persistenceUsingALayerAboveIsReported() {
        assertReports(ArchitectureRules.persistenceUsesNoLayerButTheDomain(ROOT),
                "hub.persistence.PersistenceUsesApplication", "platform.account.persistence.AccountsUseWeb");
    }

    /** An application class using its module's rest, or a platform feature's web, is reported. */
    @Test
    void applicationUsingRestOrWebIsReported() {
        assertReports(ArchitectureRules.applicationUsesNeitherRestNorWeb(ROOT),
                "hub.application.ApplicationUsesRest", "platform.account.application.AccountServiceUsesWeb");
    }

    /** An EntityManager outside persistence is reported. */
    @Test
    void anEntityManagerOutsidePersistenceIsReported() {
        assertReports(ArchitectureRules.onlyPersistencePackagesTouchTheEntityManager(ROOT),
                "hub.application.ApplicationUsesEntityManager");
    }

    /** A DataSource or a Connection outside persistence is reported; in persistence or platform.database it is not. */
    @Test
    void jdbcOutsidePersistenceIsReported() {
        ArchRule rule = ArchitectureRules.onlyPersistencePackagesTouchJdbc(ROOT);
        assertReports(rule, "hub.application.ApplicationUsesDataSource", "hub.rest.RestUsesConnection");
        String report = rule.evaluate(FIXTURE).getFailureReport().toString();
        assertFalse(report.contains("MemberRepository") || report.contains("Migrations"), report);
    }

    /** Domain code using JAX-RS is reported. */
    @Test
    void domainCodeUsingRestIsReported() {
        assertReports(ArchitectureRules.domainCodeKnowsNothingOfRestOrFaces(ROOT), "hub.domain.DomainUsesJaxRs");
    }

    /** A resource outside a rest package, or not named …Resource, is reported. */
    @Test
    void aMisplacedOrMisnamedResourceIsReported() {
        assertReports(ArchitectureRules.restResourcesLiveInRestPackagesAndAreNamedResource(ROOT),
                "hub.application.MembersResource", "hub.rest.MembersEndpoint");
    }

    /** A REST contract outside an api package is reported. */
    @Test
    void aContractOutsideApiIsReported() {
        assertReports(ArchitectureRules.restContractsAreInterfacesInApiPackages(ROOT), "hub.rest.ContractOutsideApi");
    }

    /** A backing bean outside a web package is reported. */
    @Test
    void aBackingBeanOutsideWebIsReported() {
        assertReports(ArchitectureRules.facesBackingBeansLiveInWebPackages(ROOT), "hub.application.MembersBacking");
    }

    private static void assertReports(ArchRule rule, String... planted) {
        EvaluationResult result = rule.evaluate(FIXTURE);
        assertTrue(result.hasViolation(), "no violation of: " + rule.getDescription());
        String report = result.getFailureReport().toString();
        for (String type : planted) {
            assertTrue(report.contains(ROOT + "." + type), type + " not in the report:\n" + report);
        }
    }
}
