package org.fedmarket.devtools;

import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.NodeSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;

/**
 * A federation on this machine: a Hub and two shops as separate Liberty servers on the embedded
 * PostgreSQL, both shops joined with invitation codes and partners of each other (each sells the other's
 * products on its storefront). The shops send their mail to a {@link DevMailbox} that shows it on a web page.
 * {@code start} runs until Ctrl-C or until {@code stop} (from another terminal) ends it; either way the servers,
 * the mailbox and the database stop.
 * Started by {@code mvn -Pfederation}, stopped by {@code mvn -Pfederation-stop}.
 */
public final class LocalFederation {

    // beside mvn -Prun's 9080 and 9443, so both can run at once
    static final int HUB_PORT = 9081;
    static final int SHOP_A_PORT = 9082;
    static final int SHOP_B_PORT = 9083;
    /** Each node's HTTPS port, where Prometheus reads /metrics: its HTTP port + 370 (9451-9453). */
    static final int METRICS_PORT_OFFSET = 370;
    static final String SHOP_MODULES = "federation,inventory,storefront";
    // beside mvn -Prun's mailbox (SMTP 2525, web page 8025)
    static final int MAIL_PORT = 2526;
    static final int MAILBOX_PORT = 8026;

    private LocalFederation() {
    }

    public static void main(String[] args) throws Exception {
        Path pidFile = Path.of(args.length > 1 ? args[1] : "target/local-federation.pid");
        if (args.length > 0 && "stop".equals(args[0])) {
            stop(pidFile);
        } else {
            start(pidFile);
        }
    }

    private static void start(Path pidFile) throws IOException, InterruptedException {
        DevMailbox mailbox = DevMailbox.start(MAIL_PORT, MAILBOX_PORT);
        Runtime.getRuntime().addShutdownHook(new Thread(mailbox::close, "mailbox-stop"));
        Cluster cluster = Cluster.of(
                hub("hub").port(HUB_PORT).httpsPort(HUB_PORT + METRICS_PORT_OFFSET),
                mail(shop("shop-a", "hub")).port(SHOP_A_PORT).httpsPort(SHOP_A_PORT + METRICS_PORT_OFFSET).modules(SHOP_MODULES)
                        .env("FEDMARKET_SAMPLE_CATALOGUE", "true").env("FEDMARKET_STOREFRONT_NAME", "Shop A")
                        .env("FEDMARKET_FEDERATION_CATALOGUE_SYNC_INTERVAL", "PT5S"),
                mail(shop("shop-b", "hub")).port(SHOP_B_PORT).httpsPort(SHOP_B_PORT + METRICS_PORT_OFFSET).modules(SHOP_MODULES)
                        .env("FEDMARKET_STOREFRONT_NAME", "Shop B").env("FEDMARKET_STOREFRONT_ACCENT_COLOUR", "#8a3b12")
                        .env("FEDMARKET_FEDERATION_CATALOGUE_SYNC_INTERVAL", "PT5S"));
        System.out.println("Starting a Hub and two shops (about a minute)...");
        cluster.start();
        Node hub = cluster.node("hub");
        for (String shop : new String[] {"shop-a", "shop-b"}) {
            String code = hub.http().asAdmin().postJson("/api/hub/admin/invitations",
                    "{\"note\":\"local federation\",\"validFor\":\"PT1H\"}").assertStatus(201).json().getString("code");
            cluster.node(shop).http().asAdmin().postJson("/api/federation/membership",
                    "{\"invitationCode\":\"" + code + "\"}").assertStatus(200);
        }
        shopBCatalogue(cluster.node("shop-b"));
        partners(cluster.node("shop-a"), cluster.node("shop-b"));
        partners(cluster.node("shop-b"), cluster.node("shop-a"));
        Files.createDirectories(pidFile.toAbsolutePath().getParent());
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        pidFile.toFile().deleteOnExit();

        StringBuilder table = new StringBuilder("\nThe local federation is up (both shops joined the Hub):\n\n");
        table.append(String.format("  %-7s %-35s %-24s %-32s %s%n", "node", "modules", "storefront", "admin pages", "OpenAPI UI"));
        for (Node node : cluster.nodes()) {
            boolean hubNode = node.name().equals("hub");
            table.append(String.format("  %-7s %-35s %-24s %-32s %s%n", node.name(), hubNode ? "hub" : SHOP_MODULES,
                    hubNode ? "-" : node.baseUrl() + "/", node.baseUrl() + "/admin/", node.baseUrl() + "/openapi/ui/"));
        }
        table.append("\n  The shops are partners and sell each other's products: search shop-a's storefront for \"teapot\".");
        table.append("\n  Mail the shops send: " + mailbox + ".");
        table.append("\n  Metrics (HTTPS, self-signed): " + cluster.nodes().stream().map(Node::metricsUrl).toList()
                + " as " + Cluster.METRICS_USER + " / " + Cluster.METRICS_PASSWORD + ".");
        table.append("\n  Sign in as " + Cluster.ADMIN_USER + " / " + Cluster.ADMIN_PASSWORD
                + ". PostgreSQL: localhost:" + System.getProperty("fedmarket.it.db.port") + " (postgres/postgres).\n");
        table.append("  Stop: Ctrl-C here, or mvn -Pfederation-stop in another terminal.\n");
        System.out.println(table);
        new CountDownLatch(1).await(); // until the JVM is told to end; the shutdown hooks stop nodes, mailbox and database
    }

    /** The node sends its mail to the mailbox of this federation, without TLS or login. */
    private static NodeSpec mail(NodeSpec node) {
        return node.env("FEDMARKET_MAIL_HOST", "localhost").env("FEDMARKET_MAIL_PORT", Integer.toString(MAIL_PORT))
                .env("FEDMARKET_MAIL_SECURITY", "none");
    }

    /** Products of shop-b's own, so that each storefront shows something the other shop sells. */
    private static void shopBCatalogue(Node shopB) {
        shopB.http().asAdmin().postJson("/api/inventory/products/import", """
                [{"sku":"teapot-01","name":"Cast iron teapot","description":"Japanese cast iron teapot with infuser.",
                  "price":48.00,"currency":"USD","stock":20},
                 {"sku":"mug-ceramic-01","name":"Ceramic coffee mug","description":"Hand-glazed ceramic mug for coffee or tea.",
                  "price":15.00,"currency":"USD","stock":80},
                 {"sku":"candle-01","name":"Beeswax candle","description":"Hand-poured beeswax candle with a honey scent.",
                  "price":12.00,"currency":"USD","stock":3},
                 {"sku":"blanket-01","name":"Wool blanket","description":"A heavy wool blanket for cold nights.",
                  "price":95.00,"currency":"USD","stock":12}]""").assertStatus(200);
    }

    /** {@code reseller} asks {@code seller} for its catalogue, the right to sell and to feature it; the seller accepts. */
    private static void partners(Node reseller, Node seller) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!reseller.http().asAdmin().get("/api/federation/directory").body().contains("\"" + seller.name() + "\"")) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(reseller.name() + " never saw " + seller.name() + " in its directory");
            }
            Thread.sleep(250);
        }
        String partnership = reseller.http().asAdmin().postJson("/api/federation/partnerships", "{\"partner\":\""
                + seller.name() + "\",\"asked\":[\"share-inventory\",\"sell\",\"co-promote\"],\"offered\":[]}")
                .assertStatus(201).json().getString("id");
        while (seller.http().asAdmin().get("/api/federation/partnerships/" + partnership).status() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(seller.name() + " never received the partnership request");
            }
            Thread.sleep(250);
        }
        seller.http().asAdmin().postJson("/api/federation/partnerships/" + partnership + "/acceptance", "").assertStatus(200);
    }

    private static void stop(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            System.out.println("No local federation is running (no " + pidFile + ").");
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        Optional<ProcessHandle> running = ProcessHandle.of(pid);
        if (running.isEmpty()) {
            System.out.println("The local federation (pid " + pid + ") has already ended.");
            Files.deleteIfExists(pidFile);
            return;
        }
        System.out.println("Stopping the local federation (pid " + pid + ")...");
        running.get().destroy(); // SIGTERM: its shutdown hooks stop the servers and the database
        try {
            running.get().onExit().get(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS);
            System.out.println("Stopped; nothing is left running.");
        } catch (Exception e) {
            running.get().destroyForcibly();
            System.out.println("It did not end in time and was killed.");
        }
    }
}
