package org.fedmarket.platform.module;

import org.fedmarket.platform.node.Module;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.fedmarket.platform.node.NodeSettings;

/** Reports which modules are on; part of {@code /health} and {@code /health/live}. */
@Liveness
@ApplicationScoped
public class ModulesHealthCheck implements HealthCheck {

    @Inject
    NodeSettings settings;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("modules").up();
        for (Module module : Module.values()) {
            response.withData(module.id(), settings.modules().isOn(module) ? "on" : "off");
        }
        return response.build();
    }
}
