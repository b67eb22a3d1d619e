package org.fedmarket.platform.node;


import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The modules switched on for this node, parsed from {@code fedmarket.modules}. Immutable. */
public record ModuleSelection(Set<Module> enabled) {

    public static final String KEY = "fedmarket.modules";

    public ModuleSelection {
        enabled = Collections.unmodifiableSet(enabled.isEmpty() ? EnumSet.noneOf(Module.class) : EnumSet.copyOf(enabled));
    }

    /** Parses a comma-separated list such as {@code federation,inventory}; names are case-insensitive. */
    public static ModuleSelection parse(String value) {
        Set<Module> modules = EnumSet.noneOf(Module.class);
        for (String raw : value.split(",")) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            modules.add(Module.byId(name).orElseThrow(() -> new InvalidConfigurationException(
                    KEY + " names an unknown module '" + raw.trim() + "'; allowed: " + allowed())));
        }
        if (modules.isEmpty()) {
            throw new InvalidConfigurationException(KEY + " must name at least one module of: " + allowed());
        }
        return new ModuleSelection(modules);
    }

    public boolean isOn(Module module) {
        return enabled.contains(module);
    }

    /** A class outside every module (the platform) is always on. */
    public boolean isOn(Class<?> type) {
        return Module.owningClass(type).map(this::isOn).orElse(true);
    }

    @Override
    public String toString() {
        return enabled.stream().map(Module::id).collect(Collectors.joining(","));
    }

    private static String allowed() {
        return Arrays.stream(Module.values()).map(Module::id).collect(Collectors.joining(", "));
    }
}
