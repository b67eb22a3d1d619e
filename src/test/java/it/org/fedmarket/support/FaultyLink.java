package it.org.fedmarket.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A TCP hop in front of a node that breaks a share of the HTTP calls the way a real network and a broken gateway do:
 * connections reset before or after the node did the work (a TCP RST), answers cut off half-way, garbage with a 200,
 * and 500/502 answers. One request per connection: every request is forwarded with {@code Connection: close}, so the
 * node's answer ends where its connection does. Only calls whose path starts with the configured prefix are broken.
 */
public final class FaultyLink implements AutoCloseable {

    /** What can go wrong with one call. */
    public enum Fault {
        /** The connection is reset before the node sees the request. */
        RESET_BEFORE,
        /** The node did the work; the connection is reset before its answer arrives. */
        RESET_AFTER,
        /** The node did the work; half of its answer arrives, then the connection closes. */
        TRUNCATE,
        /** The node did the work; the caller gets a 200 whose body is not JSON. */
        GARBAGE,
        /** A gateway answers 502 without reaching the node. */
        BAD_GATEWAY,
        /** The node did the work; a gateway answers 500 instead of its answer. */
        SERVER_ERROR
    }

    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket listener;
    private final Supplier<String> target;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final Map<Fault, AtomicInteger> injected = new EnumMap<>(Fault.class);
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile double rate;
    private volatile String pathPrefix = "/";
    private volatile Random random = new Random(1);

    /** Forwards to the base URL {@code target} gives at the time of each request. */
    public FaultyLink(Supplier<String> target) {
        this.target = target;
        for (Fault fault : Fault.values()) {
            injected.put(fault, new AtomicInteger());
        }
        try {
            listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(this::accept, "faulty-link-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String baseUrl() {
        return "http://localhost:" + listener.getLocalPort();
    }

    /** From now on, breaks a share {@code rate} (0 to 1) of the calls under {@code pathPrefix}, chosen by a seeded random. */
    public synchronized void breakCalls(double rate, String pathPrefix, long seed) {
        this.random = new Random(seed);
        this.pathPrefix = pathPrefix;
        this.rate = rate;
    }

    /** Every call goes through unharmed from now on. */
    public void heal() {
        rate = 0;
    }

    /** How many calls each fault broke so far. */
    public Map<Fault, Integer> injected() {
        Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
        injected.forEach((fault, count) -> counts.put(fault, count.get()));
        return counts;
    }

    /** Calls that reached the node. */
    public int forwarded() {
        return forwarded.get();
    }

    /** Calls forwarded to the node whose answer has not come back yet. */
    public int waiting() {
        return waiting.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket caller = listener.accept();
                workers.execute(() -> serve(caller));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket caller) {
        try (caller) {
            caller.setSoTimeout(60_000);
            Request request = Request.read(caller.getInputStream());
            if (request == null) {
                return;
            }
            Fault fault = choose(request.path());
            if (fault == Fault.RESET_BEFORE) {
                reset(caller);
                return;
            }
            if (fault == Fault.BAD_GATEWAY) {
                answer(caller.getOutputStream(), 502, "text/html", "<html><body>502 Bad Gateway</body></html>");
                return;
            }
            byte[] response = forward(request);
            OutputStream out = caller.getOutputStream();
            if (fault == null) {
                out.write(response);
            } else {
                switch (fault) {
                    case RESET_AFTER -> reset(caller);
                    case TRUNCATE -> out.write(response, 0, response.length / 2);
                    case GARBAGE -> answer(out, 200, "application/json", "{\"id\": \u00ff\u00fe not json");
                    case SERVER_ERROR -> answer(out, 500, "text/plain", "upstream failed");
                    default -> throw new IllegalStateException(fault.name());
                }
            }
            out.flush();
        } catch (IOException e) {
            // the caller went away: nothing to answer
        }
    }

    private synchronized Fault choose(String path) {
        if (rate <= 0 || !path.startsWith(pathPrefix) || random.nextDouble() >= rate) {
            return null;
        }
        Fault fault = Fault.values()[random.nextInt(Fault.values().length)];
        injected.get(fault).incrementAndGet();
        return fault;
    }

    private byte[] forward(Request request) throws IOException {
        URI node = URI.create(target.get());
        try (Socket upstream = new Socket(node.getHost(), node.getPort())) {
            upstream.setSoTimeout(60_000);
            OutputStream out = upstream.getOutputStream();
            out.write(request.head().getBytes(StandardCharsets.ISO_8859_1));
            out.write(request.body());
            out.flush();
            forwarded.incrementAndGet();
            waiting.incrementAndGet();
            try {
                return upstream.getInputStream().readAllBytes(); // the node closes after its answer (Connection: close)
            } finally {
                waiting.decrementAndGet();
            }
        }
    }

    private static void reset(Socket caller) throws SocketException {
        caller.setSoLinger(true, 0); // close with RST, as a middlebox or a crashed peer does
    }

    private static void answer(OutputStream out, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(String.format(Locale.ROOT, "HTTP/1.1 %d Fault\r\nContent-Type: %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n",
                status, type, bytes.length).getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
    }

    /** A request as read off the caller's connection, its head rewritten to close the node's connection after the answer. */
    private record Request(String head, byte[] body, String path) {

        static Request read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                head.write(b);
                matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
                if (head.size() > MAX_HEAD) {
                    throw new IOException("request head too long");
                }
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            StringBuilder rewritten = new StringBuilder(lines[0]).append("\r\n");
            long length = 0;
            boolean chunked = false;
            for (int i = 1; i < lines.length; i++) {
                String name = lines[i].substring(0, Math.max(0, lines[i].indexOf(':'))).strip().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(lines[i].indexOf(':') + 1).strip();
                switch (name) {
                    case "connection", "keep-alive" -> {
                        continue;
                    }
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    default -> {
                    }
                }
                rewritten.append(lines[i]).append("\r\n");
            }
            rewritten.append("Connection: close\r\n\r\n");
            byte[] body = chunked ? readChunked(in) : in.readNBytes((int) length);
            String target = lines[0].split(" ")[1];
            return new Request(rewritten.toString(), body, target);
        }

        /** A chunked body, passed on as it came (the head keeps its Transfer-Encoding). */
        private static byte[] readChunked(InputStream in) throws IOException {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line(in, raw);
                int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
                if (size == 0) {
                    while (!line(in, raw).isEmpty()) {
                        // trailers
                    }
                    return raw.toByteArray();
                }
                raw.write(in.readNBytes(size));
                line(in, raw);
            }
        }

        private static String line(InputStream in, ByteArrayOutputStream copy) throws IOException {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                copy.write(b);
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            copy.write('\n');
            return line.toString();
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        workers.shutdownNow();
    }
}
