package it.org.fedmarket;

import it.org.fedmarket.support.InstalledFeatures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Docker cannot run here, so the Dockerfile is checked against the build instead: after
 * {@code package}, everything it copies exists, it uses the product's server.xml and the same
 * Liberty version, and every variable it sets is one the node reads.
 */
class DockerfileIT {

    private static final Path PROJECT = Path.of(System.getProperty("fedmarket.it.projectDir", "."));

    private static List<String> instructions() throws IOException {
        List<String> joined = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(PROJECT.resolve("Dockerfile"))) {
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            current.append(line.trim());
            if (line.trim().endsWith("\\")) {
                current.setLength(current.length() - 1);
                current.append(' ');
            } else {
                joined.add(current.toString());
                current.setLength(0);
            }
        }
        return joined;
    }

    @Test
    void everyPathTheDockerfileCopiesExistsAfterPackage() throws IOException {
        List<String> copies = instructions().stream().filter(i -> i.startsWith("COPY ")).toList();
        assertTrue(copies.size() >= 3, copies.toString());
        for (String copy : copies) {
            String[] words = copy.split("\\s+");
            for (int i = 1; i < words.length - 1; i++) {
                if (!words[i].startsWith("--")) {
                    assertTrue(Files.exists(PROJECT.resolve(words[i])), "COPY source " + words[i] + " exists");
                }
            }
        }
        assertTrue(copies.stream().anyMatch(c -> c.contains("src/main/liberty/config/server.xml /config/server.xml")),
                "the image runs the product's server.xml");
    }

    @Test
    void theImageIsTheLibertyVersionTheBuildTestsWith() throws IOException {
        String pom = Files.readString(PROJECT.resolve("pom.xml"));
        Matcher version = Pattern.compile("<liberty.runtime.version>([^<]+)<").matcher(pom);
        assertTrue(version.find());
        String from = instructions().stream().filter(i -> i.startsWith("FROM ")).findFirst().orElseThrow();
        assertTrue(from.contains(":" + version.group(1) + "-"), from + " vs " + version.group(1));
    }

    @Test
    void everyEnvironmentVariableItSetsIsReadByTheNode() throws IOException {
        Set<String> known = new TreeSet<>();
        Matcher variables = Pattern.compile("<variable name=\"([A-Z_]+)\"")
                .matcher(Files.readString(PROJECT.resolve("src/main/liberty/config/server.xml")));
        while (variables.find()) {
            known.add(variables.group(1));
        }
        Matcher keys = Pattern.compile("(?m)^(fedmarket\\.[a-z.-]+)=")
                .matcher(Files.readString(PROJECT.resolve("src/main/resources/META-INF/microprofile-config.properties")));
        while (keys.find()) {
            known.add(keys.group(1).replaceAll("[^A-Za-z0-9]", "_").toUpperCase());
        }
        Set<String> set = new TreeSet<>();
        for (String env : instructions().stream().filter(i -> i.startsWith("ENV ")).toList()) {
            Matcher pair = Pattern.compile("([A-Z_]+)=").matcher(env);
            while (pair.find()) {
                set.add(pair.group(1));
            }
        }
        assertTrue(!set.isEmpty() && known.containsAll(set), "set " + set + ", known " + known);
        assertEquals(Set.of(), InstalledFeatures.declared(PROJECT.resolve("src/main/liberty/config/server.xml")).stream()
                .filter(f -> !f.matches("[a-z]+[a-z0-9]*-\\d+\\.\\d+")).collect(java.util.stream.Collectors.toSet()),
                "features are pinned to versions, so features.sh installs what the tests ran");
    }
}
