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

/** Every problem type the code can answer with is documented, in the README or in FEDERATION.md. */
public class ProblemTypesDocumentedTest {

    /** A problem type's name as the code gives it to an exception or problem. */
    private static final Pattern NAMED = Pattern.compile("(?:(?<!InvalidFields)Exception|ofType|super)\\(\"([a-z0-9]+(?:-[a-z0-9]+)*)\"");

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
}
