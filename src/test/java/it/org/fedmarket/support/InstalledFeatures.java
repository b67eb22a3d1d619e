package it.org.fedmarket.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Liberty says "started" even when a feature conflict (CWWKF0033E) left it with no features at all.
 * A node only counts as started when every feature its server.xml asks for was installed.
 */
public final class InstalledFeatures {

    private static final Pattern FEATURE = Pattern.compile("<feature>\\s*([^<\\s]+)\\s*</feature>");
    private static final Pattern INSTALLED = Pattern.compile("CWWKF0012I: [^\\[]*\\[([^\\]]*)\\]");

    private InstalledFeatures() {
    }

    public static Set<String> declared(Path serverXml) {
        try {
            Matcher m = FEATURE.matcher(Files.readString(serverXml));
            Set<String> features = new TreeSet<>();
            while (m.find()) {
                features.add(m.group(1).toLowerCase());
            }
            return features;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<String> installed(String messagesLog) {
        Set<String> features = new TreeSet<>();
        Matcher m = INSTALLED.matcher(messagesLog);
        while (m.find()) {
            Arrays.stream(m.group(1).split(",")).map(String::trim).map(String::toLowerCase)
                    .filter(s -> !s.isEmpty()).forEach(features::add);
        }
        return features;
    }

    public static void assertComplete(String server, Path serverXml, String messagesLog) {
        assertFalse(messagesLog.contains("CWWKF0033E"), server + " reports a feature conflict (CWWKF0033E)");
        Set<String> declared = declared(serverXml);
        Set<String> installed = installed(messagesLog);
        assertTrue(!declared.isEmpty() && installed.containsAll(declared), () -> server + " did not install "
                + declared.stream().filter(f -> !installed.contains(f)).collect(Collectors.joining(", ")));
    }
}
