package org.fedmarket;

import org.fedmarket.ArchitectureRules.Place;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module and layer rules of {@link ArchitectureRules}, read from the sources. ArchUnit sees bytecode, and javac
 * inlines every {@code static final} constant: a String from another module's internal package used in an annotation
 * leaves no trace there. So each file's imports (static and wildcard ones too) and every fully qualified
 * {@code org.fedmarket.…} class name in its text (comments included: a {@code {@link}} is a reference too) are checked.
 */
class SourceImportsTest {

    private static final String ROOT = "org.fedmarket";
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** An import of a class, a member or a whole package under org.fedmarket; group 1 is the name without ".*". */
    private static final Pattern IMPORT = Pattern.compile(
            "^[ \\t]*import\\s+(?:static\\s+)?(org\\.fedmarket\\.[\\w.]+?)(?:\\.\\*)?\\s*;", Pattern.MULTILINE);
    /** A fully qualified class name: packages in lower case, then the class. */
    private static final Pattern QUALIFIED = Pattern.compile("org\\.fedmarket\\.[a-z.]+\\.[A-Z]\\w*");

    /** No source file under src/main/java refers to a package the module and layer rules keep from it. */
    @Test
    void everySourceFileRefersOnlyToWhatTheRulesAllow() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                violations.addAll(violations(sources.relativize(file).toString(), Files.readString(file)));
                files++;
            }
        }
        assertTrue(files > 100, "read only " + files + " files");
        assertEquals(List.of(), violations);
    }

    /** Importing another module's domain, a class, a static member or a whole package, is reported. */
    @Test
    void importsOfAnotherModulesInternalsAreReported() {
        List<String> found = violations("Planted.java", """
                package org.fedmarket.federation.application;

                import org.fedmarket.inventory.domain.Product;
                import static org.fedmarket.hub.domain.Limits.MAX;
                import org.fedmarket.hub.persistence.*;
                """);
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Planted.java:3: org.fedmarket.inventory.domain"), found.toString());
    }

    /** The platform importing a module, even its api, is reported. */
    @Test
    void aPlatformImportOfAModuleIsReported() {
        assertReported(violations("Planted.java", """
                package org.fedmarket.platform.web;

                import org.fedmarket.hub.api.HubDirectory;
                """), "Planted.java:3: org.fedmarket.hub.api");
    }

    /** A domain class importing its module's application is reported. */
    @Test
    void aDomainImportOfTheApplicationIsReported() {
        assertReported(violations("Planted.java", """
                package org.fedmarket.inventory.domain;

                import org.fedmarket.inventory.application.Catalogue;
                """), "Planted.java:3: org.fedmarket.inventory.application");
    }

    /** A constant of another module's internals, written out in an annotation (inlined by javac), is reported. */
    @Test
    void aQualifiedConstantInAnAnnotationIsReported() {
        assertReported(violations("Planted.java", """
                package org.fedmarket.federation.rest;

                import jakarta.annotation.security.RolesAllowed;

                @RolesAllowed(org.fedmarket.hub.application.HubRoles.ADMIN)
                public class PlantedResource {
                }
                """), "Planted.java:5: org.fedmarket.hub.application");
    }

    /** Other modules' api, the platform, and lower layers of the own module are fine. */
    @Test
    void aFileKeepingTheRulesIsNotReported() {
        assertEquals(List.of(), violations("Clean.java", """
                package org.fedmarket.federation.application;

                import org.fedmarket.federation.domain.Partnership;
                import org.fedmarket.hub.api.HubDirectory;
                import org.fedmarket.inventory.api.ListedProduct;
                import org.fedmarket.platform.problem.NoSuchEntityException;
                import static org.fedmarket.platform.database.NativeValues.time;

                /** Reads {@link org.fedmarket.federation.persistence.PartnershipRepository}. */
                public class Clean {
                    org.fedmarket.federation.persistence.PartnershipRepository partnerships;
                }
                """));
    }

    /** Every reference of a source file to org.fedmarket that breaks a rule, as "file:line: package - rule". */
    static List<String> violations(String file, String source) {
        Matcher declared = PACKAGE.matcher(source);
        if (!declared.find()) {
            return List.of(file + ": no package declaration");
        }
        String from = declared.group(1);
        Set<String> found = new LinkedHashSet<>();
        for (Matcher reference : List.of(IMPORT.matcher(source), QUALIFIED.matcher(source))) {
            while (reference.find()) {
                String to = packageOf(reference.groupCount() > 0 ? reference.group(1) : reference.group());
                brokenRule(from, to).ifPresent(rule -> found.add(
                        file + ":" + lineOf(source, reference.start()) + ": " + to + " - " + rule));
            }
        }
        return List.copyOf(found);
    }

    /** The rule a reference from one package to another breaks, if any. */
    static Optional<String> brokenRule(String from, String to) {
        Optional<String> target = ArchitectureRules.module(ROOT, to);
        Optional<String> origin = ArchitectureRules.module(ROOT, from);
        if (target.isPresent() && !target.equals(origin)) {
            String module = target.get();
            if ((from + ".").startsWith(ROOT + ".platform.")) {
                return Optional.of("the platform uses no module");
            }
            if (origin.isPresent() && ArchitectureRules.PLATFORM_ONLY_MODULES.contains(origin.get())) {
                return Optional.of(origin.get() + " uses only the platform");
            }
            if (!(to + ".").startsWith(ROOT + "." + module + ".api.")) {
                return Optional.of("outside " + module + " only " + module + ".api is used");
            }
        }
        Optional<Place> here = Place.of(ROOT, from);
        Optional<Place> there = Place.of(ROOT, to);
        if (here.isPresent() && there.isPresent() && here.get().feature().equals(there.get().feature())
                && ArchitectureRules.MAY_NOT_USE.getOrDefault(here.get().layer(), List.of()).contains(there.get().layer())) {
            return Optional.of("inside " + here.get().feature() + ", " + here.get().layer() + " uses no "
                    + there.get().layer());
        }
        return Optional.empty();
    }

    /** The package part of a qualified name: its parts up to the first that starts with a capital. */
    private static String packageOf(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.")) {
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
            parts.add(part);
        }
        return String.join(".", parts);
    }

    private static int lineOf(String source, int index) {
        return (int) source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static void assertReported(List<String> found, String expected) {
        assertTrue(found.stream().anyMatch(v -> v.startsWith(expected)), expected + " not in " + found);
    }
}
