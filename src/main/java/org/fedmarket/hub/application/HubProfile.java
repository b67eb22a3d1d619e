package org.fedmarket.hub.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.hub.api.HubDescriptor;
import org.fedmarket.platform.node.NodeSettings;

/** The Hub's identity as members see it. */
@ApplicationScoped
public class HubProfile {

    @Inject
    NodeSettings settings;

    public HubDescriptor descriptor() {
        return new HubDescriptor(settings.name(), settings.baseUrl(), HubDescriptor.PROTOCOL_VERSION);
    }
}
