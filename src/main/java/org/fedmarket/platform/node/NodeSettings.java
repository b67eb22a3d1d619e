package org.fedmarket.platform.node;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * The node's own settings. {@link #validate()} runs once at start; a node with an impossible
 * combination refuses to start with one clear message.
 */
@ApplicationScoped
public class NodeSettings {

    private String modulesValue;
    private String name;
    private String baseUrl;
    private Optional<String> hubUrl;
    private volatile ModuleSelection modules;

    protected NodeSettings() {
        // for the CDI proxy
    }

    @Inject
    public NodeSettings(@ConfigProperty(name = ModuleSelection.KEY) String modulesValue,
                        @ConfigProperty(name = "fedmarket.node.name") String name,
                        @ConfigProperty(name = "fedmarket.node.base-url") String baseUrl,
                        @ConfigProperty(name = "fedmarket.hub.url") Optional<String> hubUrl) {
        this.modulesValue = modulesValue;
        this.name = name;
        this.baseUrl = stripTrailingSlash(baseUrl);
        this.hubUrl = hubUrl.map(String::trim).filter(s -> !s.isEmpty()).map(NodeSettings::stripTrailingSlash);
    }

    public void validate() {
        ModuleSelection selection = modules();
        requireHttpUrl("fedmarket.node.base-url", baseUrl);
        hubUrl.ifPresent(url -> requireHttpUrl("fedmarket.hub.url", url));
        if (selection.isOn(Module.FEDERATION) && !selection.isOn(Module.HUB) && hubUrl.isEmpty()) {
            throw new InvalidConfigurationException("fedmarket.modules=" + selection
                    + " needs a Hub: set fedmarket.hub.url (FEDMARKET_HUB_URL) or also enable the hub module");
        }
        if (selection.isOn(Module.STOREFRONT) && !selection.isOn(Module.INVENTORY)) {
            throw new InvalidConfigurationException("fedmarket.modules=" + selection
                    + ": the storefront sells the shop's products and needs the inventory module too");
        }
    }

    public ModuleSelection modules() {
        ModuleSelection m = modules;
        if (m == null) {
            m = ModuleSelection.parse(modulesValue);
            modules = m;
        }
        return m;
    }

    public String name() {
        return name;
    }

    /** The public base URL of this node, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The Hub this node's federation module talks to; its own base URL when it is the Hub itself. */
    public String hubUrl() {
        return hubUrl.orElse(baseUrl);
    }

    private static void requireHttpUrl(String key, String value) {
        try {
            URI uri = URI.create(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(key + " must be an absolute http(s) URL, got '" + value + "'");
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
