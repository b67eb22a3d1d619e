package org.fedmarket;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module rules of the code base: who may use whom, and through what. */
class ModuleBoundariesTest {

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fedmarket");

    private static final String HUB = "org.fedmarket.hub..";
    private static final String FEDERATION = "org.fedmarket.federation..";
    private static final String INVENTORY = "org.fedmarket.inventory..";

    @Test
    void platformDependsOnNoModule() {
        noClasses().that().resideInAPackage("org.fedmarket.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(HUB, FEDERATION, INVENTORY)
                .check(CODE);
    }

    @Test
    void hubUsesOnlyThePlatform() {
        noClasses().that().resideInAPackage(HUB)
                .should().dependOnClassesThat().resideInAnyPackage(FEDERATION, INVENTORY)
                .check(CODE);
    }

    @Test
    void inventoryUsesOnlyThePlatform() {
        noClasses().that().resideInAPackage(INVENTORY)
                .should().dependOnClassesThat().resideInAnyPackage(HUB, FEDERATION)
                .check(CODE);
    }

    @Test
    void aModuleIsReachedFromOutsideOnlyThroughItsApiPackage() {
        for (String module : new String[]{"org.fedmarket.hub", "org.fedmarket.federation", "org.fedmarket.inventory"}) {
            noClasses().that().resideOutsideOfPackage(module + "..")
                    .should().dependOnClassesThat(resideInAPackage(module + "..").and(not(resideInAPackage(module + ".api.."))))
                    .as("outside " + module + " only " + module + ".api is used")
                    .check(CODE);
        }
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching("org.fedmarket.(*)..").should().beFreeOfCycles().check(CODE);
    }

    @Test
    void layersInsideAModuleAreFreeOfCycles() {
        slices().matching("org.fedmarket.(*).(*)..").should().beFreeOfCycles().check(CODE);
    }

    @Test
    void onlyPersistencePackagesTouchTheEntityManager() {
        noClasses().that().resideOutsideOfPackage("..persistence..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(CODE);
    }

    @Test
    void domainCodeKnowsNothingOfRestOrFaces() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..")
                .check(CODE);
    }

    @Test
    void restResourcesLiveInRestPackagesAndAreNamedResource() {
        classes().that().areAnnotatedWith(Path.class).and().areNotInterfaces()
                .should().resideInAPackage("..rest..")
                .andShould().haveSimpleNameEndingWith("Resource")
                .check(CODE);
    }

    @Test
    void restContractsAreInterfacesInApiPackages() {
        classes().that().areAnnotatedWith(Path.class).and().areInterfaces()
                .should().resideInAPackage("..api..")
                .check(CODE);
    }

    @Test
    void facesBackingBeansLiveInWebPackages() {
        classes().that().haveSimpleNameEndingWith("Backing")
                .should().resideInAPackage("..web..")
                .check(CODE);
    }
}
