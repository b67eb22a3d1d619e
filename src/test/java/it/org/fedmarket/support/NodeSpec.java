package it.org.fedmarket.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a test node should be: its name (also its Liberty server and database name), its modules,
 * and any further environment. Build with {@link #node(String)}; hand to {@link Cluster#of}.
 */
public final class NodeSpec {

    final String name;
    String modules = "hub,federation,inventory";
    String hubNode;
    boolean withAdmin = true;
    boolean expectStartFailure;
    int port;
    int httpsPort;
    final Map<String, String> env = new LinkedHashMap<>();
    final Map<String, String> configOverrides = new LinkedHashMap<>();

    private NodeSpec(String name) {
        if (!name.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("node names are lower-case words: " + name);
        }
        this.name = name;
    }

    public static NodeSpec node(String name) {
        return new NodeSpec(name);
    }

    /** A Hub: only the hub module. */
    public static NodeSpec hub(String name) {
        return node(name).modules("hub");
    }

    /** A shop node that uses the named node of the same cluster as its Hub. */
    public static NodeSpec shop(String name, String hubNode) {
        return node(name).modules("federation,inventory").hubNode(hubNode);
    }

    public NodeSpec modules(String modules) {
        this.modules = modules;
        return this;
    }

    /** FEDMARKET_HUB_URL will point at this other node of the cluster. */
    public NodeSpec hubNode(String hubNode) {
        this.hubNode = hubNode;
        return this;
    }

    /** Any environment variable of the node, e.g. a config key in its env form. */
    public NodeSpec env(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** Server configuration that overrides server.xml (a configDropins/overrides file named {@code name}.xml). */
    public NodeSpec configOverride(String name, String serverXml) {
        configOverrides.put(name + ".xml", serverXml);
        return this;
    }

    /** A fixed HTTPS port (where /metrics is read) instead of a free one, e.g. for a Prometheus configured by hand. */
    public NodeSpec httpsPort(int httpsPort) {
        this.httpsPort = httpsPort;
        return this;
    }

    /** A fixed HTTP port instead of a free one, e.g. for nodes a person will open in a browser. */
    public NodeSpec port(int port) {
        this.port = port;
        return this;
    }

    /** Start without a configured administrator: the node offers its one-time setup page. */
    public NodeSpec withoutAdmin() {
        this.withAdmin = false;
        return this;
    }

    /** The application is expected to refuse to start; the cluster then waits for that instead of readiness. */
    public NodeSpec expectingStartFailure() {
        this.expectStartFailure = true;
        return this;
    }
}
