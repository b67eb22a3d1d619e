package it.org.fedmarket.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand, for what well-behaved clients refuse to send: malformed escapes, control characters,
 * odd headers — and from a chosen local address (127.0.0.x), so that a test can be "another client".
 */
public final class RawHttp {

    /** An answer: status, headers (lower-case names, last value wins) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final URI base;
    private final String localAddress;

    public RawHttp(String baseUrl, String localAddress) {
        this.base = URI.create(baseUrl);
        this.localAddress = localAddress;
    }

    public Answer send(String method, String target, Map<String, String> headers, byte[] body) {
        return exchange(method, target, headers, body == null ? "" : "Content-Length: " + body.length + "\r\n", out -> {
            if (body != null) {
                out.write(body);
            }
        });
    }

    /** Sends {@code body} chunked (no Content-Length), 64 KiB a chunk. */
    public Answer sendChunked(String method, String target, Map<String, String> headers, byte[] body) {
        return exchange(method, target, headers, "Transfer-Encoding: chunked\r\n", out -> {
            for (int at = 0; at < body.length; at += 65_536) {
                int length = Math.min(65_536, body.length - at);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, at, length);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        });
    }

    /** How a request's body is written after its head. */
    @FunctionalInterface
    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * One request on its own connection from the chosen local address; {@code framing} is the header line(s) saying how
     * the body is framed. A server that answers before it has read the whole body may close the connection while the body
     * is still being written; its answer is read all the same.
     */
    private Answer exchange(String method, String target, Map<String, String> headers, String framing, Body body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                    .append("Connection: close\r\n").append(framing);
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                body.writeTo(out);
                out.flush();
            } catch (IOException answeredEarly) {
                // the server stopped reading: its answer is waiting
            }
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + target + " failed: " + e, e);
        }
    }

    public Answer get(String target, Map<String, String> headers) {
        return send("GET", target, headers, null);
    }

    private static Answer parse(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = (end < 0 ? text : text.substring(0, end)).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] rawBody = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            rawBody = unchunk(rawBody);
        }
        return new Answer(status, headers, new String(rawBody, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int lineEnd = i;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(chunked, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(n, chunked.length - lineEnd - 2));
            i = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }
}
