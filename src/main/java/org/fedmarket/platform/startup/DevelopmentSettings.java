package org.fedmarket.platform.startup;

import org.eclipse.microprofile.config.Config;
import org.fedmarket.platform.node.InvalidConfigurationException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Settings that the development profiles ({@code mvn -Prun}, {@code -Pfederation}) write and that must never reach a real
 * deployment: the published master key, administrator and scrape passwords, and private member URLs at the Hub.
 * Each one found is logged as a warning at every start; the published master key is refused outright on a node whose base URL is not
 * loopback, since anyone can decrypt its signing keys with it.
 */
final class DevelopmentSettings {

    /** The master key the development profiles publish in pom.xml: it protects nothing. */
    static final String PUBLISHED_MASTER_KEY = "ZGV2ZWxvcG1lbnQtb25seS1tYXN0ZXIta2V5LTMyYiE=";
    /** The administrator password the development profiles publish. */
    static final String PUBLISHED_ADMIN_PASSWORD = "admin-dev-only";
    /** The scrape password of /metrics the development profiles publish. */
    static final String PUBLISHED_METRICS_PASSWORD = "metrics-dev-only";

    private DevelopmentSettings() {
    }

    /** Hands each development setting active in {@code config} to {@code warn}; then refuses the published master key off loopback. */
    static void check(Config config, String baseUrl, Consumer<String> warn) {
        Optional<String> masterKey = config.getOptionalValue("fedmarket.keys.master-key", String.class).map(String::strip);
        Optional<String> adminPassword = config.getOptionalValue("fedmarket.admin.password", String.class);
        boolean privateMembers = config.getValue("fedmarket.hub.allow-private-member-urls", Boolean.class);
        boolean publishedMasterKey = masterKey.filter(PUBLISHED_MASTER_KEY::equals).isPresent();
        boolean publishedMetricsPassword = config.getOptionalValue("fedmarket.metrics.password", String.class)
                .filter(PUBLISHED_METRICS_PASSWORD::equals).isPresent();
        warnings(publishedMasterKey, adminPassword.filter(PUBLISHED_ADMIN_PASSWORD::equals).isPresent(), privateMembers,
                publishedMetricsPassword).forEach(warn);
        refusePublishedKeyOffLoopback(publishedMasterKey, baseUrl);
    }

    static void refusePublishedKeyOffLoopback(boolean publishedMasterKey, String baseUrl) {
        if (publishedMasterKey && !isLoopback(baseUrl)) {
            throw new InvalidConfigurationException("fedmarket.keys.master-key (FEDMARKET_KEYS_MASTER_KEY) is the development key"
                    + " published with the source, and this node's base URL " + baseUrl + " is not loopback: set 32 random bytes"
                    + " of your own (openssl rand -base64 32)");
        }
    }

    static List<String> warnings(boolean publishedMasterKey, boolean publishedAdminPassword, boolean privateMembers,
                                 boolean publishedMetricsPassword) {
        List<String> warnings = new ArrayList<>();
        if (publishedMasterKey) {
            warnings.add("fedmarket.keys.master-key is the published development key: anyone can decrypt this node's signing keys");
        }
        if (publishedAdminPassword) {
            warnings.add("fedmarket.admin.password is the published development password '" + PUBLISHED_ADMIN_PASSWORD + "'");
        }
        if (privateMembers) {
            warnings.add("fedmarket.hub.allow-private-member-urls is true: the Hub calls loopback and private addresses on an"
                    + " applicant's word");
        }
        if (publishedMetricsPassword) {
            warnings.add("FEDMARKET_METRICS_PASSWORD is the published development password '" + PUBLISHED_METRICS_PASSWORD
                    + "': anyone can read /metrics");
        }
        return warnings;
    }

    /** Whether the base URL names this machine only: localhost, 127.0.0.0/8 or ::1 (no name is resolved). */
    static boolean isLoopback(String baseUrl) {
        String host;
        try {
            host = Optional.ofNullable(URI.create(baseUrl).getHost()).orElse("").toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return host.equals("localhost") || host.endsWith(".localhost") || host.matches("127(\\.\\d{1,3}){3}")
                || host.equals("[::1]") || host.equals("::1");
    }
}
