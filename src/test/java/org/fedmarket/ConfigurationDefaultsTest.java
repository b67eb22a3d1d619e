package org.fedmarket;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Defaults are written in one place, META-INF/microprofile-config.properties: the code names keys, never default values,
 * every key the code needs has its default there, and every default is explained in the README.
 */
class ConfigurationDefaultsTest {

    /** An injected setting and the type it is injected as. */
    private static final Pattern INJECTED = Pattern.compile("@ConfigProperty\\(name = \"([^\"]+)\"\\)\\s+(\\w+)");
    /** A setting read by name with getValue, or named as the switch that opens a partner route. */
    private static final Pattern READ = Pattern.compile("(?:getValue\\(|openWhen = )\"([a-z][a-z0-9.-]*[a-z0-9])\"");
    /** A rate limit a method draws from: {@code fedmarket.rate-limits.<name>} sets it. */
    private static final Pattern LIMITED = Pattern.compile("@RateLimited\\(\"([a-z-]+)\"\\)");

    @Test
    void theCodeNamesKeysAndThePropertiesFileHoldsTheirDefaults() throws IOException {
        Properties defaults = defaults();
        TreeSet<String> withoutDefault = new TreeSet<>();
        TreeSet<String> defaultsInCode = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                if (code.contains("defaultValue = ")) {
                    defaultsInCode.add(source.getFileName().toString());
                }
                Matcher injected = INJECTED.matcher(code);
                while (injected.find()) {
                    if (!injected.group(2).equals("Optional") && !defaults.containsKey(injected.group(1))) {
                        withoutDefault.add(injected.group(1));
                    }
                }
                Matcher limited = LIMITED.matcher(code);
                while (limited.find()) {
                    if (!defaults.containsKey("fedmarket.rate-limits." + limited.group(1))) {
                        withoutDefault.add("fedmarket.rate-limits." + limited.group(1));
                    }
                }
                Matcher read = READ.matcher(code);
                while (read.find()) {
                    if (!defaults.containsKey(read.group(1))) {
                        withoutDefault.add(read.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), List.copyOf(defaultsInCode), "defaultValue in @ConfigProperty");
        assertEquals(List.of(), List.copyOf(withoutDefault), "settings the code needs that have no default");
    }

    @Test
    void everyDefaultIsExplainedInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Properties defaults = defaults();
        assertTrue(defaults.size() > 30, defaults.size() + " defaults");
        TreeSet<String> unexplained = new TreeSet<>();
        for (String key : defaults.stringPropertyNames()) {
            if (key.startsWith("fedmarket.") && !key.startsWith("fedmarket.rate-limits.") && !readme.contains("`" + key + "`")) {
                unexplained.add(key);
            }
        }
        assertEquals(List.of(), List.copyOf(unexplained));
    }

    private static Properties defaults() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            defaults.load(in);
        }
        return defaults;
    }
}
