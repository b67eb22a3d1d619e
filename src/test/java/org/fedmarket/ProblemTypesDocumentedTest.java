package org.fedmarket;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every problem type the code can answer with is documented, in the README or in FEDERATION.md. */
public class ProblemTypesDocumentedTest {

    /** A problem type's name as the code gives it to an exception or problem, or names it (a message's INVALID). */
    private static final Pattern NAMED = Pattern.compile(
            "(?:(?:(?<!InvalidFields)Exception|ofType|super|this)\\(|String slug = |String (?:INVALID|UNTYPED) = )\"([a-z0-9]+(?:-[a-z0-9]+)*)\"");

    /** An entry of {@code @Refuses}: {@code "409 order-id-reused"}. */
    private static final Pattern ENTRY = Pattern.compile("\"([45][0-9]{2} (?:about:blank|[a-z0-9]+(?:-[a-z0-9]+)*))\"");

    public static boolean isDocumented(String name, String documents) {
        return Pattern.compile("(?<![a-z0-9-])" + Pattern.quote(name) + "(?![a-z0-9-])").matcher(documents).find();
    }

    @Test
    void everyProblemTypeInTheCodeIsDocumented() throws IOException {
        String documents = Files.readString(Path.of("README.md")) + Files.readString(Path.of("FEDERATION.md"));
        TreeSet<String> undocumented = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher named = NAMED.matcher(Files.readString(source));
                while (named.find()) {
                    if (!isDocumented(named.group(1), documents)) {
                        undocumented.add(named.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), List.copyOf(undocumented));
    }

    /** A type a REST method declares in {@code @Refuses} (listed in /openapi) is one the code answers with. */
    @Test
    void everyDeclaredRefusalIsAProblemTypeOfTheCode() throws IOException {
        TreeSet<String> answered = new TreeSet<>(List.of("about:blank"));
        List<String> declared = new java.util.ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                NAMED.matcher(code).results().forEach(m -> answered.add(m.group(1)));
                ENTRY.matcher(code).results().forEach(m -> declared.add(source.getFileName() + ": " + m.group(1)));
            }
        }
        assertTrue(declared.size() > 100, "the resources declare their refusals: " + declared.size());
        List<String> unknown = declared.stream()
                .filter(d -> !answered.contains(d.substring(d.lastIndexOf(' ') + 1)))
                .toList();
        assertEquals(List.of(), unknown);
    }
}
