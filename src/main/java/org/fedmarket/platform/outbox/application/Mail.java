package org.fedmarket.platform.outbox.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;

/**
 * A plain-text e-mail to one person, queued in the outbox like a message to a node: sent only if the change that
 * caused it commits, retried while the mail server is away.
 */
public record Mail(String to, String subject, String text) {

    /** The outbox's message type for mails; their destination is {@code mailto:<address>}. */
    public static final String TYPE = "mail";
    static final String SCHEME = "mailto:";

    String destination() {
        return SCHEME + to;
    }

    /** As the outbox stores it. */
    String json() {
        return Json.createObjectBuilder().add("to", to).add("subject", subject).add("text", text).build().toString();
    }

    static Mail fromJson(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            return new Mail(o.getString("to"), o.getString("subject"), o.getString("text"));
        }
    }
}
