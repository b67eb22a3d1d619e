package it.org.fedmarket.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Several real fedmarket nodes — Liberty servers running the WAR under test, each with its own
 * PostgreSQL database and ports — started in parallel before a test class and stopped after it.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final Cluster cluster = Cluster.of(hub("hub"), shop("shop-a", "hub"), shop("shop-b", "hub"));
 * ...
 * cluster.node("shop-a").http().asAdmin().get("/api/federation/hub");
 * </pre>
 */
public final class Cluster implements BeforeAllCallback, AfterAllCallback {

    /** The administrator of every test node: the same as the build's integration-test server. */
    public static final String ADMIN_USER = System.getProperty("fedmarket.it.adminUser", "admin");
    public static final String ADMIN_PASSWORD = System.getProperty("fedmarket.it.adminPassword", "admin-dev-only");
    /** The scrape account of every test node, the build's server included. */
    public static final String METRICS_USER = "metrics";
    public static final String METRICS_PASSWORD = System.getProperty("fedmarket.it.metricsPassword", "metrics-dev-only");

    private final Map<String, Node> nodes = new LinkedHashMap<>();

    private Cluster(List<NodeSpec> specs) {
        Path wlp = Path.of(System.getProperty("fedmarket.it.wlpHome", "target/liberty/wlp"));
        int dbPort = Integer.getInteger("fedmarket.it.db.port", 15433);
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (NodeSpec spec : specs) {
            ports.put(spec.name, spec.port > 0 ? spec.port : Ports.free());
        }
        for (NodeSpec spec : specs) {
            String hubUrl = spec.hubNode == null ? null : "http://localhost:" + require(ports, spec.hubNode);
            nodes.put(spec.name, new Node(spec, wlp, dbPort, ports.get(spec.name), hubUrl));
        }
    }

    public static Cluster of(NodeSpec... specs) {
        return new Cluster(List.of(specs));
    }

    public Node node(String name) {
        Node node = nodes.get(name);
        if (node == null) {
            throw new IllegalArgumentException("no node " + name + " in this cluster; it has " + nodes.keySet());
        }
        return node;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    /** Starts every node in parallel and waits until all are ready; they are stopped when the JVM ends at the latest. */
    public void start() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "cluster-stop"));
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (Node node : nodes.values()) {
            starting.add(CompletableFuture.runAsync(node::start));
        }
        CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopAll();
    }

    public java.util.Collection<Node> nodes() {
        return nodes.values();
    }

    public void stopAll() {
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (Node node : nodes.values()) {
            stopping.add(CompletableFuture.runAsync(node::stop));
        }
        CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new)).join();
    }

    private static int require(Map<String, Integer> ports, String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("hub node " + name + " is not part of the cluster");
        }
        return port;
    }
}
