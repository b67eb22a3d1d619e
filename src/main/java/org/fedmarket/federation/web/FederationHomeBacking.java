package org.fedmarket.federation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.federation.application.HubConnection;
import org.fedmarket.federation.application.HubLink;

@Named("federationHome")
@RequestScoped
public class FederationHomeBacking {

    @Inject
    HubConnection hub;

    private HubLink link;

    public HubLink getHubLink() {
        if (link == null) {
            link = hub.check();
        }
        return link;
    }
}
