package org.fedmarket;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every package says in a package-info.java what lives there. */
class PackageDocumentationTest {

    @Test
    void everyPackageWithJavaSourcesHasAPackageInfo() throws IOException {
        Path sources = Path.of("src/main/java");
        List<Path> undocumented;
        try (Stream<Path> dirs = Files.walk(sources)) {
            undocumented = dirs.filter(Files::isDirectory)
                    .filter(PackageDocumentationTest::holdsJavaSources)
                    .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                    .toList();
        }
        assertEquals(List.of(), undocumented, "packages without package-info.java");
    }

    private static boolean holdsJavaSources(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
