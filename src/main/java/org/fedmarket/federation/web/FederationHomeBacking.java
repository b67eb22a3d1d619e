package org.fedmarket.federation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.federation.application.HubConnection;
import org.fedmarket.federation.application.HubLink;
import org.fedmarket.federation.application.HubWatch;

import java.time.Instant;

@Named("federationHome")
@RequestScoped
public class FederationHomeBacking {

    @Inject
    HubConnection hub;
    @Inject
    HubWatch watch;

    private HubLink link;

    /** When the periodic check last reached the Hub; null if it never did since this node started. */
    public Instant getLastReachableAt() {
        return watch.last().map(HubWatch.Observation::lastReachableAt).orElse(null);
    }

    public HubLink getHubLink() {
        if (link == null) {
            link = hub.check();
        }
        return link;
    }
}
