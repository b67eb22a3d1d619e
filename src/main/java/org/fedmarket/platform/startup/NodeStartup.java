package org.fedmarket.platform.startup;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fedmarket.platform.database.DatabaseMigrations;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.keys.application.KeyEncryption;
import org.fedmarket.platform.node.InvalidConfigurationException;
import org.fedmarket.platform.node.NodeSettings;

import java.util.logging.Logger;

/**
 * Runs before the application serves its first request: a failure here stops the application's
 * start, and Liberty keeps the node unready.
 */
@WebListener
public class NodeStartup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(NodeStartup.class.getName());

    @Inject
    NodeSettings settings;
    @Inject
    DatabaseMigrations migrations;
    @Inject
    Event<DatabaseReady> databaseReady;
    @Inject
    StartupBanner banner;
    @Inject
    KeyEncryption keyEncryption;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            settings.validate();
            DevelopmentSettings.check(ConfigProvider.getConfig(), settings.baseUrl(),
                    warning -> LOG.warning("DEVELOPMENT SETTING — never in production: " + warning));
            keyEncryption.validate(settings.modules());
            migrations.migrate();
            databaseReady.fire(new DatabaseReady(settings.modules()));
        } catch (InvalidConfigurationException e) {
            LOG.severe("fedmarket cannot start: " + e.getMessage());
            throw e;
        }
        banner.print();
    }
}
