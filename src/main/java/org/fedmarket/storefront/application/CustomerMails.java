package org.fedmarket.storefront.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.outbox.application.Mail;
import org.fedmarket.platform.outbox.application.Outbox;
import org.fedmarket.storefront.domain.EmailAddress;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The mails the storefront sends its customers, queued in the outbox with the change that caused them. */
@ApplicationScoped
public class CustomerMails {

    @Inject
    Outbox outbox;
    @Inject
    StorefrontSettings settings;
    @Inject
    @ConfigProperty(name = "fedmarket.node.base-url")
    String baseUrl;

    void verify(EmailAddress to, String name, String secret) {
        send(to, "Confirm your e-mail address for " + settings.name(), "Hello " + name + ",\n\n"
                + "please confirm that this is your address by opening this link within 24 hours:\n\n"
                + link("/account/verify", secret) + "\n\n"
                + "If you did not sign up at " + settings.name() + ", ignore this mail; no account is used without it.\n");
    }

    void alreadyRegistered(EmailAddress to) {
        send(to, "Your account at " + settings.name(), "Hello,\n\n"
                + "someone tried to sign up at " + settings.name() + " with this address, which has an account already.\n"
                + "If it was you, sign in at " + baseUrl + "/account/sign-in, or choose a new password at "
                + baseUrl + "/account/reset.\n\nIf it was not you, nothing changed and you need not do anything.\n");
    }

    void reset(EmailAddress to, String secret) {
        send(to, "Choose a new password for " + settings.name(), "Hello,\n\n"
                + "to choose a new password, open this link within an hour; it works once:\n\n"
                + link("/account/reset", secret) + "\n\n"
                + "If you did not ask for this, ignore this mail; your password stays as it is.\n");
    }

    private String link(String path, String secret) {
        return baseUrl + path + "?token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }

    private void send(EmailAddress to, String subject, String text) {
        outbox.enqueue(Module.STOREFRONT, new Mail(to.value(), subject, text));
    }
}
