package org.fedmarket.platform.module;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.fedmarket.platform.node.NodeSettings;

/**
 * Makes the REST resources of a module that is off answer exactly like an unknown route (404),
 * before authentication so a missing login never reveals that the route exists.
 */
@Provider
public class ModuleGate implements DynamicFeature {

    private static final ContainerRequestFilter GONE = request -> {
        throw new NotFoundException();
    };

    @Inject
    NodeSettings settings;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (!settings.modules().isOn(resource.getResourceClass())) {
            context.register(GONE, Priorities.AUTHENTICATION - 100);
        }
    }
}
