package org.fedmarket.platform.node;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three modules of a node. Each owns a Java package, the REST path prefixes under which its
 * resources live and a folder of admin pages; the gates use these to make a module that is off disappear.
 */
public enum Module {
    HUB("org.fedmarket.hub", List.of("/api/hub")),
    FEDERATION("org.fedmarket.federation", List.of("/api/federation")),
    INVENTORY("org.fedmarket.inventory", List.of("/api/inventory", "/api/v1"));

    private final String basePackage;
    private final List<String> apiPrefixes;

    Module(String basePackage, List<String> apiPrefixes) {
        this.basePackage = basePackage;
        this.apiPrefixes = apiPrefixes;
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
        return apiPrefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
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

    public static Optional<Module> owningAdminPage(String path) {
        for (Module m : values()) {
            if (path.startsWith(m.adminFolder())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
