package org.fedmarket.devtools;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A private nginx serving the files of one directory on a free port: the static-file baseline of
 * the exchange benchmark. Everything it writes (config, pid, logs, temp files) stays under its
 * directory; it runs in the foreground ({@code daemon off}) as a child of this JVM, so stopping it
 * is stopping that process, and no system nginx service is involved.
 */
final class Nginx implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path html;

    private Nginx(Process process, int port, Path html) {
        this.process = process;
        this.port = port;
        this.html = html;
    }

    /** Writes a config under {@code dir}, starts nginx on it and waits until it listens; files go into {@link #html()}. */
    static Nginx start(Path dir) throws IOException, InterruptedException {
        Path prefix = dir.toAbsolutePath();
        for (String sub : new String[] {"html", "logs", "tmp"}) {
            Files.createDirectories(prefix.resolve(sub));
        }
        int port = freePort();
        // gzip_static: a request that takes gzip gets <file>.gz where there is one, as it was compressed ahead of time.
        // Defaults otherwise, as a plain nginx serves files: sendfile, keep-alive, ETag and
        // If-None-Match handling are on out of the box. Temp paths point inside the prefix because
        // the package's compiled-in ones (/var/lib/nginx) may not be writable or may not exist.
        String config = """
                daemon off;
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    sendfile on;
                    default_type application/json;
                    gzip_static on;
                    client_body_temp_path %1$s/tmp/body;
                    proxy_temp_path %1$s/tmp/proxy;
                    fastcgi_temp_path %1$s/tmp/fastcgi;
                    uwsgi_temp_path %1$s/tmp/uwsgi;
                    scgi_temp_path %1$s/tmp/scgi;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %1$s/html;
                    }
                }
                """.formatted(prefix, port);
        Files.writeString(prefix.resolve("nginx.conf"), config, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("nginx", "-p", prefix.toString(), "-e", prefix.resolve("logs/error.log").toString(),
                "-c", prefix.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/nginx.out").toFile()).start();
        Nginx nginx = new Nginx(process, port, prefix.resolve("html"));
        Runtime.getRuntime().addShutdownHook(new Thread(nginx::close, "nginx-stop")); // also when the benchmark fails
        nginx.awaitListening(prefix);
        return nginx;
    }

    Path html() {
        return html;
    }

    String url(String file) {
        return "http://127.0.0.1:" + port + "/" + file;
    }

    /** SIGTERM: nginx's fast shutdown, the master takes its workers with it. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening(Path prefix) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("nginx did not start; it said:\n" + Files.readString(prefix.resolve("logs/nginx.out"))
                + Files.readString(prefix.resolve("logs/error.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
