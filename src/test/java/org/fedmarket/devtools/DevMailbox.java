package org.fedmarket.devtools;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetSocketAddress;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A mailbox for nodes on this machine: an SMTP server on 127.0.0.1 that takes mail for any address and delivers none,
 * and a web page that lists what arrived, newest first ({@code /messages.json} gives the same to scripts).
 * {@code mvn -Prun} and {@code mvn -Pfederation} point their nodes at one, so their mails can be read without a mail
 * server. Its threads are daemons: it lives until {@link #close()} or until the JVM that started it ends.
 */
public final class DevMailbox implements AutoCloseable {

    /** An http(s) URL in escaped text: {@code &amp;} may be part of it, other entities ({@code &quot;}, ...) end it. */
    private static final Pattern LINK = Pattern.compile("https?://(?:[^\\s&]|&amp;)*[^\\s&.,;:!?)\\]]");

    private record Mail(String to, String from, String subject, Date receivedAt, String text) {
    }

    private final GreenMail smtp;
    private final HttpServer web;

    private DevMailbox(int smtpPort, int webPort) throws IOException {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication()); // any login will do
        smtp.start();
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        web.createContext("/", exchange -> reply(exchange, "text/html", page()));
        web.createContext("/messages.json", exchange -> reply(exchange, "application/json", json()));
        web.start();
    }

    /** Starts the SMTP server and the web page; their threads are daemons whichever thread calls. */
    public static DevMailbox start(int smtpPort, int webPort) throws IOException, InterruptedException {
        FutureTask<DevMailbox> starting = new FutureTask<>(() -> new DevMailbox(smtpPort, webPort));
        Thread starter = new Thread(starting, "mailbox-start"); // the servers' threads inherit its daemon flag and loader
        starter.setDaemon(true);
        starter.setContextClassLoader(DevMailbox.class.getClassLoader());
        starter.start();
        try {
            return starting.get();
        } catch (ExecutionException e) {
            throw new IOException("The mailbox could not start on 127.0.0.1, SMTP port " + smtpPort + ", web port "
                    + webPort + " (does another run hold them?): " + e.getCause(), e.getCause());
        }
    }

    /**
     * {@code mvn -Prun} (exec:java), arguments SMTP port and web port: the mailbox beside the node. exec:java closes
     * the class loader of {@code main} when it returns, yet the mailbox loads classes as mails come: it gets a loader
     * of its own.
     */
    public static void main(String[] args) throws Exception {
        ClassLoader loader = DevMailbox.class.getClassLoader() instanceof URLClassLoader exec
                ? new URLClassLoader(exec.getURLs(), ClassLoader.getPlatformClassLoader()) : DevMailbox.class.getClassLoader();
        try {
            Object mailbox = Class.forName(DevMailbox.class.getName(), true, loader).getMethod("start", int.class, int.class)
                    .invoke(null, Integer.parseInt(args[0]), Integer.parseInt(args[1]));
            System.out.println("Mail sent by the node: " + mailbox);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    public int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    public String webUrl() {
        return "http://localhost:" + web.getAddress().getPort() + "/";
    }

    @Override
    public String toString() {
        return webUrl() + " (SMTP localhost:" + smtpPort() + ")";
    }

    @Override
    public void close() {
        web.stop(0);
        smtp.stop();
    }

    /** Newest first. GreenMail keeps a copy per recipient; a mail (one Message-ID) is listed once. */
    private List<Mail> mails() throws IOException {
        Map<Object, Mail> mails = new LinkedHashMap<>();
        try {
            for (StoredMessage stored : smtp.getManagers().getImapHostManager().getAllMessages()) {
                MimeMessage m = stored.getMimeMessage();
                String text = m.getContent() instanceof String s ? s.replace("\r\n", "\n")
                        : "(not plain text: " + m.getContentType().replaceAll("\\s+", " ") + ")";
                mails.putIfAbsent(m.getMessageID() != null ? m.getMessageID() : stored, new Mail(addresses(m.getAllRecipients()),
                        addresses(m.getFrom()), m.getSubject() == null ? "" : m.getSubject(), stored.getReceivedDate(), text));
            }
        } catch (MessagingException e) {
            throw new IOException("The mailbox could not read a mail", e);
        }
        return mails.values().stream().sorted((a, b) -> b.receivedAt().compareTo(a.receivedAt())).toList();
    }

    private String page() throws IOException {
        List<Mail> mails = mails();
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>Mailbox: mail the nodes sent</title><style>body{font:1rem/1.5 sans-serif;max-width:60rem;margin:auto;
                padding:1rem;color:#1a1a1a}article{border-top:1px solid #767676}h2{font-size:1.15rem}dl{display:grid;
                grid-template-columns:max-content 1fr;gap:0 1rem}dt{font-weight:bold}dd{margin:0}pre{white-space:pre-wrap;
                overflow-wrap:anywhere;background:#f2f2f2;padding:.75rem}a{color:#0645ad}</style></head><body><main><h1>Mail the nodes sent</h1>
                <p>%d %s so far, newest first. Reload the page to see new ones.</p>
                %s</main></body></html>
                """.formatted(mails.size(), mails.size() == 1 ? "mail" : "mails", mails.stream().map(mail -> """
                <article><h2>%s</h2><dl><dt>Received</dt><dd><time datetime="%s">%tF %<tT</time></dd>
                <dt>From</dt><dd>%s</dd><dt>To</dt><dd>%s</dd></dl><pre>%s</pre></article>
                """.formatted(mail.subject().isEmpty() ? "(no subject)" : escape(mail.subject()), mail.receivedAt().toInstant(),
                mail.receivedAt(), escape(mail.from()), escape(mail.to()),
                LINK.matcher(escape(mail.text())).replaceAll("<a href=\"$0\">$0</a>"))).collect(Collectors.joining()));
    }

    private String json() throws IOException {
        return mails().stream().map(m -> "{\"to\":" + quote(m.to()) + ",\"from\":" + quote(m.from()) + ",\"subject\":"
                + quote(m.subject()) + ",\"receivedAt\":\"" + m.receivedAt().toInstant() + "\",\"text\":" + quote(m.text()) + "}")
                .collect(Collectors.joining(",\n", "[", "]\n"));
    }

    /** The body at the context's own path; 404 below it, as a context takes every path it prefixes. */
    private static void reply(HttpExchange exchange, String type, String body) throws IOException {
        try (exchange) {
            boolean found = exchange.getRequestURI().getPath().equals(exchange.getHttpContext().getPath());
            byte[] bytes = (found ? body : "Not found\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", (found ? type : "text/plain") + "; charset=utf-8");
            exchange.sendResponseHeaders(found ? 200 : 404, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress i && i.getPersonal() != null ? i.getPersonal() + " <" + i.getAddress() + ">"
                        : a.toString())
                .collect(Collectors.joining(", "));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String quote(String text) {
        return text.chars().mapToObj(c -> c == '"' || c == '\\' ? "\\" + (char) c : c == '\n' ? "\\n"
                : c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)).collect(Collectors.joining("", "\"", "\""));
    }
}
