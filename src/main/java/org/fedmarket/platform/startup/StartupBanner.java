package org.fedmarket.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.platform.node.NodeSettings;

import java.util.logging.Logger;

/** Tells the operator, once, where the node's pages and endpoints are. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    NodeSettings settings;

    void print() {
        String base = settings.baseUrl();
        LOG.info("fedmarket node '" + settings.name() + "' starting with modules " + settings.modules());
        LOG.info("  Admin pages  " + base + "/admin/");
        LOG.info("  OpenAPI UI   " + base + "/openapi/ui/");
        LOG.info("  Health       " + base + "/health");
        LOG.info("  Metrics      " + base + "/metrics");
    }
}
