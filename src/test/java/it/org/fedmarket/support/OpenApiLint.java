package it.org.fedmarket.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the OpenAPI linter (Redocly CLI, installed into target/openapi-lint by src/test/install-test-tools, its rules in
 * src/test/openapi-lint/redocly.yaml) on a node's {@code /openapi}. Passes only when it finds nothing at all.
 */
public final class OpenApiLint {

    private static final Path HOME = Path.of("target", "openapi-lint");

    private OpenApiLint() {
    }

    /** Lints {@code document} (YAML or JSON), kept as target/openapi-lint/{@code name}.yaml to read afterwards. */
    public static void assertClean(String name, String document) {
        try {
            Path file = HOME.resolve(name + ".yaml");
            Files.writeString(file, document, StandardCharsets.UTF_8);
            Process lint = new ProcessBuilder(HOME.resolve("node_modules/.bin/redocly").toAbsolutePath().toString(),
                    "lint", "--config", "redocly.yaml", "--max-problems", "1000", "--format", "codeframe", file.getFileName().toString())
                    .directory(HOME.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(lint.waitFor(2, TimeUnit.MINUTES), "the linter finished");
            assertEquals(0, lint.exitValue(), name + ": " + output);
            assertTrue(output.contains("Your API description is valid"), name + ": " + output);
        } catch (IOException e) {
            throw new AssertionError("the linter did not run; src/test/install-test-tools installs it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
