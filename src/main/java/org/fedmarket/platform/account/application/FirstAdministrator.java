package org.fedmarket.platform.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.problem.BusinessRuleException;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * How a node gets its first administrator. Either the operator configures one
 * ({@code fedmarket.admin.username} / {@code fedmarket.admin.password}), or the node prints a
 * one-time setup code to its log and the setup page asks for it — so nobody who merely reaches
 * the page first can take the node over, and there is never a default password.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    AdminAccountService accounts;
    @Inject
    @ConfigProperty(name = "fedmarket.admin.username")
    Optional<String> configuredUsername;
    @Inject
    @ConfigProperty(name = "fedmarket.admin.password")
    Optional<String> configuredPassword;
    @Inject
    @ConfigProperty(name = "fedmarket.node.base-url")
    String baseUrl;

    private volatile String setupCode;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (accounts.anyExists()) {
            return;
        }
        if (configuredUsername.isPresent() && configuredPassword.isPresent()) {
            try {
                if (accounts.createFirst(configuredUsername.get(), configuredPassword.get())) {
                    LOG.info("Created the first administrator '" + configuredUsername.get() + "' from configuration");
                }
                return;
            } catch (BusinessRuleException e) {
                LOG.warning("fedmarket.admin.* is not usable (" + e.getMessage() + "); falling back to the setup page");
            }
        }
        byte[] random = new byte[10];
        new SecureRandom().nextBytes(random);
        setupCode = HexFormat.of().formatHex(random);
        LOG.warning("No administrator exists. Create one at " + baseUrl + "/setup.xhtml with the one-time setup code "
                + setupCode);
    }

    public boolean isSetupOpen() {
        return setupCode != null && !accounts.anyExists();
    }

    /** Creates the first administrator if the code is right and none exists yet; false otherwise. */
    public boolean completeSetup(String code, String username, String password) {
        String expected = setupCode;
        if (expected == null || code == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), code.trim().toLowerCase().getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        boolean created = accounts.createFirst(username, password);
        if (created) {
            setupCode = null;
            LOG.info("First administrator '" + username + "' created through the setup page");
        }
        return created;
    }
}
