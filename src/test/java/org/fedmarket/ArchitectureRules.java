package org.fedmarket;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import org.fedmarket.platform.ratelimit.RateLimits;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependency;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyTarget;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules, each over a root package: {@link ModuleBoundariesTest} applies them to the code under
 * org.fedmarket, where they must hold, and {@link PlantedViolationsTest} to the classes planted under
 * org.fedmarket.archfixture, where each must report its planted violation. {@link SourceImportsTest} checks the
 * module and layer rules once more in the sources, with the same tables.
 */
final class ArchitectureRules {

    static final List<String> MODULES = List.of("hub", "federation", "inventory", "storefront");
    /** The modules that use no other module, only the platform. */
    static final List<String> PLATFORM_ONLY_MODULES = List.of("hub", "inventory");
    static final List<String> LAYERS = List.of("api", "application", "domain", "persistence", "rest", "web");
    /**
     * Inside a module or platform feature, the layers a layer may not use: rest → application → domain, persistence
     * below application. Nothing below rest and web uses them.
     */
    static final Map<String, List<String>> MAY_NOT_USE = Map.of(
            "domain", List.of("application", "persistence", "rest", "web"),
            "persistence", List.of("application", "rest", "web"),
            "application", List.of("rest", "web"));

    private ArchitectureRules() {
    }

    /**
     * Where a package sits: its module ({@code root.hub}) or platform feature ({@code root.platform.account}) and the
     * layer below it that holds the package. Kernel packages such as {@code root.platform.rest} have no place.
     */
    record Place(String feature, String layer) {
        static Optional<Place> of(String root, String packageName) {
            if (!packageName.startsWith(root + ".")) {
                return Optional.empty();
            }
            String[] parts = packageName.substring(root.length() + 1).split("\\.");
            int layer = MODULES.contains(parts[0]) ? 1 : parts[0].equals("platform") ? 2 : -1;
            if (layer < 0 || parts.length <= layer || !LAYERS.contains(parts[layer])) {
                return Optional.empty();
            }
            return Optional.of(new Place(root + "." + String.join(".", Arrays.copyOf(parts, layer)), parts[layer]));
        }
    }

    /** The module a package belongs to, if any. */
    static Optional<String> module(String root, String packageName) {
        return MODULES.stream().filter(m -> (packageName + ".").startsWith(root + "." + m + ".")).findFirst();
    }

    static ArchRule platformDependsOnNoModule(String root) {
        return noClasses().that().resideInAPackage(root + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(modulePackages(root, MODULES));
    }

    static ArchRule usesOnlyThePlatform(String root, String module) {
        return noClasses().that().resideInAPackage(root + "." + module + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        modulePackages(root, MODULES.stream().filter(m -> !m.equals(module)).toList()));
    }

    static ArchRule modulesAreReachedOnlyThroughTheirApi(String root) {
        return CompositeArchRule.of(MODULES.stream().map(module -> noClasses()
                .that().resideOutsideOfPackage(root + "." + module + "..")
                .should().dependOnClassesThat(resideInAPackage(root + "." + module + "..")
                        .and(not(resideInAPackage(root + "." + module + ".api.."))))
                .as("outside " + module + " only " + module + ".api is used")).toList());
    }

    static ArchRule modulesAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule layersInsideAModuleAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*).(*)..").should().beFreeOfCycles();
    }

    static ArchRule domainUsesNoOtherLayer(String root) {
        return layerRule(root, "domain");
    }

    static ArchRule persistenceUsesNoLayerButTheDomain(String root) {
        return layerRule(root, "persistence");
    }

    static ArchRule applicationUsesNeitherRestNorWeb(String root) {
        return layerRule(root, "application");
    }

    static ArchRule onlyPersistencePackagesTouchTheEntityManager(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..persistence..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class);
    }

    static ArchRule onlyPersistencePackagesTouchJdbc(String root) {
        return classes().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages("..persistence..", root + ".platform.database..")
                .should(onlyHaveDependenciesWhere(
                        not(dependencyTarget(assignableTo(DataSource.class).or(assignableTo(Connection.class)))))
                        // Known debt, the one exception: platform.ratelimit.RateLimits (no persistence package)
                        // hands the DataSource of the limits' own pool (jdbc/fedmarket-limits) to bucket4j, which
                        // keeps the token buckets in PostgreSQL. Its bucket storage belongs in a persistence package.
                        .ignoreDependency(dependency(RateLimits.class, DataSource.class)))
                .as("only persistence packages and " + root + ".platform.database use a DataSource or a JDBC Connection"
                        + " (known exception: RateLimits -> DataSource)");
    }

    static ArchRule domainCodeKnowsNothingOfRestOrFaces(String root) {
        return noClasses().that().resideInAPackage(root + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..");
    }

    static ArchRule restResourcesLiveInRestPackagesAndAreNamedResource(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith(Path.class).and().areNotInterfaces()
                .should().resideInAPackage("..rest..")
                .andShould().haveSimpleNameEndingWith("Resource");
    }

    static ArchRule restContractsAreInterfacesInApiPackages(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith(Path.class).and().areInterfaces()
                .should().resideInAPackage("..api..");
    }

    static ArchRule facesBackingBeansLiveInWebPackages(String root) {
        return classes().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("Backing")
                .should().resideInAPackage("..web..");
    }

    /** Classes of a layer have no dependency on the layers {@link #MAY_NOT_USE} names, in their own module or feature. */
    private static ArchRule layerRule(String root, String layer) {
        List<String> forbidden = MAY_NOT_USE.get(layer);
        DescribedPredicate<JavaClass> inLayer = DescribedPredicate.describe("are in a " + layer + " layer",
                c -> Place.of(root, c.getPackageName()).map(p -> p.layer().equals(layer)).orElse(false));
        DescribedPredicate<Dependency> intoForbidden = DescribedPredicate.describe(
                "target " + String.join(", ", forbidden) + " of the same module or feature", d -> {
                    Optional<Place> from = Place.of(root, d.getOriginClass().getPackageName());
                    Optional<Place> to = Place.of(root, d.getTargetClass().getBaseComponentType().getPackageName());
                    return from.isPresent() && to.isPresent() && from.get().feature().equals(to.get().feature())
                            && forbidden.contains(to.get().layer());
                });
        return classes().that(inLayer).should(onlyHaveDependenciesWhere(not(intoForbidden)))
                .as("inside a module or platform feature, " + layer + " uses no " + String.join(", ", forbidden));
    }

    private static String[] modulePackages(String root, List<String> modules) {
        return modules.stream().map(m -> root + "." + m + "..").toArray(String[]::new);
    }
}
