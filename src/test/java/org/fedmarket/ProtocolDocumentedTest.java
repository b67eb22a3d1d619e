package org.fedmarket;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route the code serves for other nodes is in FEDERATION.md's "Routes" tables, with its method, and every route
 * listed there is served; every message type the code uses has its row under "Signed messages": the document another
 * team implements from and the code stay in step.
 */
class ProtocolDocumentedTest {

    /** Routes other nodes call: everything under these, except administration. */
    private static final Pattern PROTOCOL = Pattern.compile("/api/(v1/.*|hub(/.*)?|node/jwks|events/shared"
            + "|federation/(inbox|challenge|partnerships/inbox|order-updates|catalogue-notices))");
    private static final Pattern ADMINISTRATION = Pattern.compile("/api/hub/admin(/.*)?");
    /** A row of a Routes table: | `METHOD` | `/path` | … */
    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PUT|DELETE)` \\| `(/[^`]*)` \\|", Pattern.MULTILINE);

    @Test
    void theRoutesTablesListExactlyTheRoutesServedToOtherNodes() throws IOException {
        TreeSet<String> served = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fedmarket")) {
            Class<?> resource = type.reflect();
            Path root = resource.getAnnotation(Path.class);
            if (root == null || resource.isInterface()) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = "/api" + join(root.value(), sub == null ? "" : sub.value());
                if (PROTOCOL.matcher(path).matches() && !ADMINISTRATION.matcher(path).matches()) {
                    served.add(verb + " " + path.replaceAll("\\{([a-zA-Z]+)(:[^}]*)?}", "{}"));
                }
            }
        }
        String federation = Files.readString(java.nio.file.Path.of("FEDERATION.md"));
        String routes = federation.substring(federation.indexOf("## Routes"), federation.indexOf("\n## ", federation.indexOf("## Routes") + 1));
        TreeSet<String> documented = new TreeSet<>();
        var row = ROW.matcher(routes);
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2).replaceAll("\\{[a-zA-Z]+}", "{}"));
        }
        assertTrue(served.size() > 15, "the scan found the routes: " + served);
        assertEquals(List.copyOf(served), List.copyOf(documented), "FEDERATION.md, Routes");
    }

    @Test
    void everyMessageTypeTheCodeSignsOrReadsIsInTheSignedMessagesTable() throws IOException {
        String federation = Files.readString(java.nio.file.Path.of("FEDERATION.md"));
        String signed = federation.substring(federation.indexOf("## Signed messages"), federation.indexOf("\n## ",
                federation.indexOf("## Signed messages") + 1));
        TreeSet<String> types = new TreeSet<>();
        try (var sources = Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                var type = Pattern.compile("\"(fedmarket-[a-z-]+\\+jwt)\"").matcher(Files.readString(source));
                while (type.find()) {
                    types.add(type.group(1));
                }
            }
        }
        types.remove("fedmarket-webhook+jwt"); // to a shop's own integrations, not between nodes (the section says so)
        assertTrue(types.size() >= 8, "the scan found the types: " + types);
        for (String type : types) {
            assertTrue(signed.contains("| `" + type + "` |"), type + " has a row in FEDERATION.md, Signed messages");
        }
    }

    private static String verb(Method method) {
        for (Class<? extends java.lang.annotation.Annotation> verb : List.of(GET.class, POST.class, PUT.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
