package org.fedmarket.platform.node;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The modules of a node. Each owns a Java package, the REST path prefixes under which its
 * resources live and a folder of admin pages (plus pages of its features the shell hosts, and the storefront's public
 * pages under {@code /storefront/}); the gates use these to make
 * a module that is off disappear. The market event feed and API tokens (whose scopes are all about the catalogue, stock
 * and orders) are the inventory's, though their code lives in the platform; sale webhooks are the inventory's in code
 * too, under the admin path they have always had.
 */
public enum Module {
    HUB("org.fedmarket.hub", List.of("/api/hub"), List.of(), List.of()),
    FEDERATION("org.fedmarket.federation", List.of("/api/federation"), List.of(), List.of()),
    INVENTORY("org.fedmarket.inventory", List.of("/api/inventory", "/api/v1", "/api/admin/webhooks"),
            List.of("/api/events", "/api/admin/tokens"),
            List.of("/admin/events.xhtml", "/admin/webhooks.xhtml", "/admin/tokens.xhtml")),
    STOREFRONT("org.fedmarket.storefront", List.of("/api/storefront"), List.of(), List.of());

    /** The folder of the storefront's public pages, which its routes (/, /search, /products/...) forward to. */
    public static final String STOREFRONT_PAGES = "/storefront/";

    private final String basePackage;
    private final List<String> apiPrefixes;
    private final List<String> hostedApiPrefixes;
    private final List<String> shellPages;

    Module(String basePackage, List<String> apiPrefixes, List<String> hostedApiPrefixes, List<String> shellPages) {
        this.basePackage = basePackage;
        this.apiPrefixes = apiPrefixes;
        this.hostedApiPrefixes = hostedApiPrefixes;
        this.shellPages = shellPages;
    }

    /** The name used in configuration and on the wire: {@code hub}, {@code federation}, {@code inventory}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String basePackage() {
        return basePackage;
    }

    /** Path prefixes (including the JAX-RS application path) of this module's REST resources. */
    public List<String> apiPrefixes() {
        return apiPrefixes;
    }

    /** Folder of this module's admin pages, e.g. {@code /admin/hub/}. */
    public String adminFolder() {
        return "/admin/" + id() + "/";
    }

    public boolean ownsClass(Class<?> type) {
        return type.getName().startsWith(basePackage + ".");
    }

    public boolean ownsApiPath(String path) {
        return apiPrefixes.stream().anyMatch(prefix -> under(path, prefix)) || hostsApiPath(path);
    }

    /** Whether {@code path} is a feature of this module whose resource the platform hosts (its code is not in the module). */
    public boolean hostsApiPath(String path) {
        return hostedApiPrefixes.stream().anyMatch(prefix -> under(path, prefix));
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    public static Optional<Module> byId(String id) {
        for (Module m : values()) {
            if (m.id().equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public static Optional<Module> owningClass(Class<?> type) {
        for (Module m : values()) {
            if (m.ownsClass(type)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public static Optional<Module> owningApiPath(String path) {
        for (Module m : values()) {
            if (m.ownsApiPath(path)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public static Optional<Module> owningPage(String path) {
        for (Module m : values()) {
            if (path.startsWith(m.adminFolder()) || m.shellPages.contains(path)
                    || m == STOREFRONT && path.startsWith(STOREFRONT_PAGES)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
