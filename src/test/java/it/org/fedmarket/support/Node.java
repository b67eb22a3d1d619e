package it.org.fedmarket.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One fedmarket node of a {@link Cluster}: a Liberty server under {@code wlp/usr/servers/<name>}
 * made from the build's server (same server.xml, same WAR), with its own database and HTTP port.
 * {@link #stop()} and {@link #start()} may be called by tests, e.g. to take a node down; its
 * database survives a restart.
 */
public final class Node {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Pattern FAILED_START = Pattern.compile("CWWKF0033E|CWWKZ0002E|CWWKZ0004E|SRVE0283E|fedmarket cannot start");

    private final NodeSpec spec;
    private final Path wlp;
    private final Path serverDir;
    private final String serverName;
    private final int dbPort;
    private final int httpPort;
    private final int httpsPort;
    private final String hubUrl;
    private final String masterKey = randomMasterKey();
    private boolean databaseCreated;
    private String startOutput = "";
    private volatile boolean running;

    Node(NodeSpec spec, Path wlp, int dbPort, int httpPort, String hubUrl) {
        this.spec = spec;
        this.wlp = wlp;
        // prefixed with the build's server, so the test suite, -Pfederation and the benchmarks never share a server
        this.serverName = System.getProperty("fedmarket.it.server", "fedmarket-it") + "-" + spec.name;
        this.serverDir = wlp.resolve("usr/servers").resolve(serverName);
        this.dbPort = dbPort;
        this.httpPort = httpPort;
        this.httpsPort = spec.httpsPort > 0 ? spec.httpsPort : Ports.free();
        this.hubUrl = hubUrl;
    }

    public String name() {
        return spec.name;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public Http http() {
        return Http.to(baseUrl());
    }

    /** The node's /metrics, read as the scrape account over HTTPS, as Prometheus reads it. */
    public Reply metrics(String query) {
        return Http.to("https://localhost:" + httpsPort).as(Cluster.METRICS_USER, Cluster.METRICS_PASSWORD)
                .get("/metrics" + query).assertStatus(200);
    }

    /** The node's /metrics as series (name with labels, as printed) → value; NaN and unreadable values are left out. */
    public Map<String, Double> metricValues() {
        Map<String, Double> series = new LinkedHashMap<>();
        for (String line : metrics("").body().split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            try {
                series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            } catch (NumberFormatException notANumber) {
                // a value the tests do not read
            }
        }
        return series;
    }

    public String metricsUrl() {
        return "https://localhost:" + httpsPort + "/metrics";
    }

    public String databaseName() {
        return "node_" + spec.name.replace('-', '_');
    }

    /** JDBC URL of this node's own database, for tests that look behind the API. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + dbPort + "/" + databaseName();
    }

    /** The server's messages.log as it is now. */
    public String log() {
        Path log = serverDir.resolve("logs/messages.log");
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the log has a line matching the pattern and returns the first group (or the match). */
    public String awaitLog(Pattern pattern, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Matcher m = pattern.matcher(log());
            if (m.find()) {
                return m.groupCount() > 0 ? m.group(1) : m.group();
            }
            sleep(250);
        }
        throw new AssertionError("node " + name() + ": no log line matching " + pattern + " within " + timeout
                + "\n" + tail());
    }

    /** Changes an environment variable for the next {@link #start()}. */
    public synchronized void env(String key, String value) {
        spec.env.put(key, value);
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        if (!databaseCreated) {
            recreateDatabase();
            databaseCreated = true;
        }
        prepareServerDirectory();
        startOutput = server("start");
        running = true;
        if (spec.expectStartFailure) {
            awaitLog(FAILED_START, START_TIMEOUT);
        } else {
            awaitReady();
        }
    }

    public synchronized void stop() {
        if (running) {
            server("stop");
            running = false;
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Http http = http();
        while (Instant.now().isBefore(deadline)) {
            if (FAILED_START.matcher(log()).find()) {
                throw new AssertionError("node " + name() + " failed to start\n" + tail());
            }
            try {
                if (http.get("/health/ready").status() == 200) {
                    InstalledFeatures.assertComplete(name(), serverDir.resolve("server.xml"), log());
                    String answering = http.get("/api/node").assertStatus(200).json().getString("name");
                    if (!answering.equals(name())) { // another node holds this port: every call would reach it instead
                        throw new AssertionError("port of node " + name() + " is answered by node " + answering);
                    }
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                // keep polling
            }
            sleep(250);
        }
        throw new AssertionError("node " + name() + " not ready within " + START_TIMEOUT + "\n" + tail());
    }

    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTP_PORT", String.valueOf(httpPort));
        env.put("HTTPS_PORT", String.valueOf(httpsPort));
        env.put("FEDMARKET_METRICS_PASSWORD", Cluster.METRICS_PASSWORD);
        env.put("DB_HOST", "localhost");
        env.put("DB_PORT", String.valueOf(dbPort));
        env.put("DB_NAME", databaseName());
        env.put("DB_USER", "postgres");
        env.put("DB_PASSWORD", "postgres");
        env.put("DB_POOL_MAX", "10");
        env.put("FEDMARKET_MODULES", spec.modules);
        env.put("FEDMARKET_NODE_NAME", spec.name);
        env.put("FEDMARKET_NODE_BASE_URL", baseUrl());
        env.put("FEDMARKET_FEDERATION_SHOP_ID", spec.name);
        env.put("FEDMARKET_HUB_ALLOW_PRIVATE_MEMBER_URLS", "true"); // every test node lives on localhost
        env.put("FEDMARKET_KEYS_MASTER_KEY", masterKey); // the same across restarts, or stored keys would not open
        if (hubUrl != null) {
            env.put("FEDMARKET_HUB_URL", hubUrl);
        }
        if (spec.withAdmin) {
            env.put("FEDMARKET_ADMIN_USERNAME", Cluster.ADMIN_USER);
            env.put("FEDMARKET_ADMIN_PASSWORD", Cluster.ADMIN_PASSWORD);
        }
        env.putAll(spec.env);
        return env;
    }

    private static String randomMasterKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    /** Freezes the node's server process (SIGSTOP): it holds its connections and answers nothing until {@link #thaw()}. */
    public void freeze() {
        signal("STOP");
    }

    public void thaw() {
        signal("CONT");
    }

    /** Kills the node's server process (SIGKILL), as a crash does: no shutdown, nothing flushed; {@link #start()} brings it back. */
    public synchronized void kill() {
        Path proc = Path.of("/proc", pid());
        signal("KILL");
        Instant deadline = Instant.now().plusSeconds(20);
        while (Files.exists(proc) && Instant.now().isBefore(deadline)) {
            sleep(50);
        }
        running = false;
    }

    private String pid() {
        try {
            return Files.readString(wlp.resolve("usr/servers/.pid/" + serverName + ".pid")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, pid()).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The resident memory of the node's server process now, in bytes (from /proc; Linux only). */
    public long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid(), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            throw new IllegalStateException("no VmRSS for node " + name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time the node's server process has used so far, in nanoseconds (from /proc; Linux only). */
    public long cpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc", pid(), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15 of stat)
            return ticks * 1_000_000_000L / 100; // USER_HZ is 100 on Linux
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same server.xml, JVM options and WAR as the build's server; only the environment (and any config override) differs. */
    private void prepareServerDirectory() {
        Path template = wlp.resolve("usr/servers").resolve(System.getProperty("fedmarket.it.server", "fedmarket-it"));
        try {
            if (Files.exists(serverDir)) {
                if (Files.exists(wlp.resolve("usr/servers/.pid/" + serverName + ".pid"))) {
                    server("stop"); // left over from an interrupted run
                }
                deleteRecursively(serverDir);
            }
            Files.createDirectories(serverDir.resolve("apps"));
            for (String file : List.of("server.xml", "jvm.options", "bootstrap.properties")) {
                if (Files.exists(template.resolve(file))) {
                    Files.copy(template.resolve(file), serverDir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.copy(template.resolve("apps/fedmarket.war"), serverDir.resolve("apps/fedmarket.war"));
            String env = environment().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(serverDir.resolve("server.env"), env, StandardCharsets.UTF_8);
            for (var override : spec.configOverrides.entrySet()) {
                Files.createDirectories(serverDir.resolve("configDropins/overrides"));
                Files.writeString(serverDir.resolve("configDropins/overrides").resolve(override.getKey()), override.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code bin/server <action> <name>}; its exit code is not trusted, readiness polling decides. */
    private String server(String action) {
        Path out = serverDir.getParent().resolve(serverName + "-" + action + ".out");
        try {
            Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, serverName)
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("server " + action + " " + serverName + " hung");
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Through the driver itself, not DriverManager: under exec:java another class loader may have registered it. */
    private void recreateDatabase() {
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", "postgres");
        credentials.setProperty("password", "postgres");
        try (Connection c = new org.postgresql.Driver().connect("jdbc:postgresql://localhost:" + dbPort + "/postgres",
                credentials); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + databaseName() + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + databaseName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + databaseName() + " on port " + dbPort, e);
        }
    }

    private String tail() {
        String[] lines = log().split("\n");
        return "bin/server start said: " + startOutput.strip() + "\nmessages.log ends with:\n"
                + String.join("\n", Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
