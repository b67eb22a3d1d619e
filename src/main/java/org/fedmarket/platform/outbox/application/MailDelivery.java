package org.fedmarket.platform.outbox.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.platform.outbox.persistence.OutboxRepository.Pending;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Sends the outbox's mails over SMTP with Jakarta Mail, the server from configuration. Every attempt of one mail carries
 * the same Message-ID, so a retry after a lost answer is recognisable as the same mail. A mail server that is not
 * configured, unreachable or refusing for now leaves mails waiting; an address the server refuses is final.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    @ConfigProperty(name = "fedmarket.mail.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "fedmarket.mail.port")
    int port;
    @Inject
    @ConfigProperty(name = "fedmarket.mail.security")
    String security;
    @Inject
    @ConfigProperty(name = "fedmarket.mail.username")
    Optional<String> username;
    @Inject
    @ConfigProperty(name = "fedmarket.mail.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "fedmarket.mail.from")
    Optional<String> from;
    @Inject
    @ConfigProperty(name = "fedmarket.node.base-url")
    String baseUrl;

    private Session session;
    private String messageIdDomain;

    @PostConstruct
    void configure() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.orElse("localhost"));
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        switch (security) {
            case "starttls" -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
            }
            case "tls" -> props.put("mail.smtp.ssl.enable", "true");
            case "none" -> { }
            default -> throw new IllegalStateException("fedmarket.mail.security must be none, starttls or tls, not " + security);
        }
        props.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
        session = Session.getInstance(props);
        messageIdDomain = Optional.ofNullable(URI.create(baseUrl).getHost()).orElse("localhost");
    }

    /** Whether a mail server is configured at all. */
    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends one queued mail and reports how it went. */
    DeliveryResult send(Pending pending) {
        if (!configured()) {
            return DeliveryResult.waiting("no mail server configured (fedmarket.mail.host)");
        }
        Mail mail = Mail.fromJson(pending.claims());
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + pending.id() + ".outbox@" + messageIdDomain + ">");
                }
            };
            message.setFrom(new InternetAddress(from.orElse("shop@" + messageIdDomain)));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (username.isPresent()) {
                Transport.send(message, username.get(), password.orElse(""));
            } else {
                Transport.send(message);
            }
            return DeliveryResult.DONE;
        } catch (SendFailedException refused) {
            return DeliveryResult.finalFailure("address refused: " + refused.getMessage());
        } catch (AuthenticationFailedException e) {
            LOG.warning(() -> "The mail server refused this node's credentials: " + e.getMessage());
            return DeliveryResult.waiting("mail server refused the credentials");
        } catch (MessagingException e) {
            return DeliveryResult.waiting(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
