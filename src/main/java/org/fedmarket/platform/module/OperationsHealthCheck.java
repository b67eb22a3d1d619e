package org.fedmarket.platform.module;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.fedmarket.platform.node.NodeSettings;

/**
 * The "operations" check in {@code /health} and {@code /health/ready}: the facts of every module that is on, always
 * {@code UP} (see {@link HealthFacts}); readiness itself is the database's.
 */
@Readiness
@ApplicationScoped
public class OperationsHealthCheck implements HealthCheck {

    @Inject
    NodeSettings settings;
    @Inject
    Instance<HealthFacts> facts;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("operations").up();
        for (HealthFacts module : facts) {
            if (settings.modules().isOn(module.getClass())) {
                module.describe(response);
            }
        }
        return response.build();
    }
}
